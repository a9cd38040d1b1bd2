// The workbench as a reader sees it: code-server in headless Chromium with the packaged Dossier
// installed, driven through the page only (clicks, keys, what is on screen).
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { installExtension, openBrowser, startCodeServer, type CodeServer } from '../runner/codeServer';
import { copyWorkspace, makeTemp } from '../runner/temp';

/** Generous: the machine has 2 shared cores and the first index is built after the window opens. */
export const UI_TIMEOUT = 120_000;

export class Workbench {
  private constructor(
    readonly page: Page,
    /** The temporary copy of the corpus that is open. */
    readonly workspace: string,
    private readonly browser: BrowserContext,
    private readonly server: CodeServer,
    private readonly resultsDir: string,
  ) {
    page.setDefaultTimeout(UI_TIMEOUT);
  }

  /** Installs `vsix` into a fresh extensions folder and opens a copy of `corpus` with it. */
  static async open(vsix: string, corpus: string, resultsDir: string): Promise<Workbench> {
    const extensionsDir = makeTemp('extensions');
    await installExtension(vsix, extensionsDir);
    const workspace = copyWorkspace(corpus);
    const server = await startCodeServer({ extensionsDir, logFile: path.join(resultsDir, 'code-server.log') });
    const browser = await openBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(server.url(workspace));
      await page.locator('.monaco-workbench').waitFor({ timeout: UI_TIMEOUT });
      return new Workbench(page, workspace, browser, server, resultsDir);
    } catch (err) {
      await browser.close();
      await server.stop();
      throw err;
    }
  }

  async close(): Promise<void> {
    try {
      // Keep VS Code's logs (extension host, Dossier's output channel) next to the screenshots.
      fs.cpSync(this.server.logsDir, path.join(this.resultsDir, 'vscode-logs'), { recursive: true });
    } finally {
      await this.browser.close();
      await this.server.stop();
    }
  }

  async screenshot(name: string): Promise<string> {
    const file = path.join(this.resultsDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Dossier's status bar item once the first index has found someone: "N people · N places · N quotes". */
  async indexSummary(): Promise<string> {
    const item = this.page.locator('.statusbar-item', { hasText: /[1-9][\d,]* (people|person) · / }).first();
    await item.waitFor();
    return item.innerText();
  }

  /** Opens an article from the Explorer and waits for its text on screen. */
  async openArticle(fileName: string): Promise<Locator> {
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).click();
    await this.page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
    const editor = this.activeEditor();
    await editor.locator('.view-line').first().waitFor();
    return editor;
  }

  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** Finds `word` with the editor's Find (which scrolls it into view) and points the mouse at it. */
  async pointAt(word: string): Promise<void> {
    const editor = this.activeEditor();
    await editor.locator('.view-lines').click();
    // Off the text at once: resting on the word clicked would open its hover, which a later
    // `hover` could read instead of the one it asked for.
    await this.page.mouse.move(0, 0);
    await this.page.locator('.monaco-hover-content').filter({ hasText: /\S/ }).first().waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    await this.page.keyboard.press('Control+F');
    const find = this.page.locator('.editor-group-container.active .find-widget.visible textarea').first();
    await find.fill(word);
    await find.press('Enter');
    await find.press('Escape');
    const point = await editor.evaluate(wordCentre, word);
    if (!point) throw new Error(`"${word}" is not on screen in the active editor`);
    await this.page.mouse.move(point.x, point.y, { steps: 4 });
  }

  /**
   * Hovers `word` and returns the hover's text. The first hover after the window opens is
   * sometimes dropped (a code-server quirk), so the pointer moves away and back once.
   */
  async hover(word: string): Promise<string> {
    const content = this.page.locator('.monaco-hover-content').filter({ hasText: /\S/ });
    for (let attempt = 1; ; attempt++) {
      await this.pointAt(word);
      try {
        await content.first().waitFor({ timeout: attempt === 1 ? 10_000 : UI_TIMEOUT });
        break;
      } catch (err) {
        if (attempt === 2) throw err;
        await this.page.mouse.move(0, 0);
      }
    }
    return (await content.allInnerTexts()).join('\n');
  }

  /** Opens Dossier's view from the activity bar and returns the claims panel's document. */
  async openClaimsPanel(): Promise<FrameLocator> {
    const container = this.page.locator('.part.activitybar .action-item', { has: this.page.locator('a[aria-label^="Dossier"]') });
    // Clicking the selected container's icon would close the side bar.
    if (!(await container.getAttribute('class'))?.split(' ').includes('checked')) await container.click();
    // A webview view is an iframe (VS Code's host page, laid over the side bar, outside its DOM)
    // holding the extension's own iframe.
    const panel = this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await panel.locator('[data-testid="page"]').waitFor();
    return panel;
  }

  /** "Ln 12, Col 5 (8 selected)" from the status bar. */
  async cursorStatus(): Promise<string> {
    return this.page.locator('[id="status.editor.selection"]').innerText();
  }
}

/**
 * Runs in the page: the centre of the first whole-word `word` rendered in this editor. The project
 * compiles without the DOM library, so the page's objects are untyped here.
 */
function wordCentre(editor: any, word: string): { x: number; y: number } | undefined {
  const page = globalThis as any;
  const pattern = new RegExp(`(^|[^\\p{L}])${word}(?![\\p{L}])`, 'u');
  for (const line of Array.from(editor.querySelectorAll('.view-line')) as any[]) {
    const text: string = line.textContent ?? '';
    const found = pattern.exec(text);
    if (!found) continue;
    const start = found.index + found[1].length;
    const range = page.document.createRange();
    const walker = page.document.createTreeWalker(line, page.NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length: number = node.textContent?.length ?? 0;
      if (start >= offset && start < offset + length) range.setStart(node, start - offset);
      if (start + word.length > offset && start + word.length <= offset + length) {
        range.setEnd(node, start + word.length - offset);
        break;
      }
      offset += length;
    }
    const rect = range.getBoundingClientRect();
    if (rect.width > 0) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return undefined;
}
