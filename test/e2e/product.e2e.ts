// Dossier as a reader uses it: the packaged .vsix installed in code-server, the sample corpus open,
// everything read from the page. Run by test/e2e/run.ts (`npm run test:e2e`), which packages the
// extension and passes its path and the corpus through the environment.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Workbench } from './workbench';

const vsix = process.env.DOSSIER_E2E_VSIX!;
const corpus = process.env.DOSSIER_E2E_CORPUS!;
const resultsDir = process.env.DOSSIER_E2E_RESULTS!;

/** The corpus' articles whose text matches `pattern`, by file name. */
function articlesMatching(workspace: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(workspace)
    .filter((name) => /\.(txt|md)$/.test(name))
    .filter((name) => pattern.test(fs.readFileSync(path.join(workspace, name), 'utf8')))
    .sort();
}

/** 1-based line and column of a UTF-16 offset, as VS Code's status bar shows them. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('Dossier in the browser, installed from its .vsix', function () {
  let workbench: Workbench;

  before(async () => {
    assert.ok(vsix && corpus && resultsDir, 'run through test/e2e/run.ts (npm run test:e2e)');
    workbench = await Workbench.open(vsix, corpus, resultsDir);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && workbench) {
      const shot = await workbench.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`);
      console.log(`      screenshot: ${shot}`);
    }
  });

  after(async () => workbench?.close());

  it('indexes the opened corpus and counts people, places and quotes in the status bar', async () => {
    const summary = await workbench.indexSummary();
    assert.match(summary, /[1-9][\d,]* (people|person) · [\d,]+ places? · [\d,]+ quotes?/);
  });

  it('hovering "Zelensky" names him in full and counts his mentions under every spelling', async () => {
    // One article writes "Zelensky", others "Zelenskyy": all are the same man.
    const [article] = articlesMatching(workbench.workspace, /\bZelensky\b/);
    assert.ok(article, 'no article in the corpus says "Zelensky"');
    const withAnySpelling = articlesMatching(workbench.workspace, /\bZelenskyy?\b/).length;

    await workbench.openArticle(article);
    const hover = await workbench.hover('Zelensky');
    await workbench.screenshot('hover');
    assert.match(hover, /Volodymyr Zelenskyy? · person/);
    assert.match(hover, new RegExp(`[\\d,]+ mentions? in ${withAnySpelling} articles?`));
  });

  it('the claims panel shows the corpus, and a search opens his page', async () => {
    const panel = await workbench.openClaimsPanel();
    const articleCount = articlesMatching(workbench.workspace, /./).length;
    await panel.locator('[data-testid="stats"]', { hasText: new RegExp(`^${articleCount} articles · `) }).waitFor();

    await panel.locator('#tab-entities').click();
    await panel.locator('[data-testid="entity-search"]').fill('Zelensky');
    await panel.locator('[data-testid="entity-row"]', { hasText: 'Zelensky' }).first().click();
    const name = await panel.locator('[data-testid="entity-name"]').innerText();
    assert.match(name, /Volodymyr Zelenskyy?/);
    assert.match(await panel.locator('[data-testid="entity-meta"]').innerText(), /^Person · [\d,]+ mentions? · /);
    await workbench.screenshot('panel-entity');
  });

  it('clicking a mention in the panel opens its article with the mention selected', async () => {
    const panel = await workbench.openClaimsPanel();
    // The last mention listed, so that the jump is to another place than the first article's top.
    const mention = panel.locator('[data-testid="mention"] button[data-open]').last();
    const [where, start, end] = await Promise.all(['data-path', 'data-start', 'data-end'].map((a) => mention.getAttribute(a)));
    assert.ok(where && start && end, 'a mention button without its location');
    const file = path.isAbsolute(where) ? where : path.join(workbench.workspace, where);
    const text = fs.readFileSync(file, 'utf8');
    const selected = text.slice(Number(start), Number(end));
    assert.match(selected, /Zelensk/, `the mention's span reads "${selected}"`);

    const name = (await panel.locator('[data-testid="entity-name"]').innerText()).trim();
    await mention.click();
    await workbench.page.locator('.tabs-container .tab.active', { hasText: path.basename(file) }).waitFor();
    // The selection runs from the mention's start to its end, where the cursor is.
    const cursor = lineAndColumn(text, Number(end));
    const status = workbench.page.locator('[id="status.editor.selection"]', {
      hasText: `Ln ${cursor.line}, Col ${cursor.column} (${selected.length} selected)`,
    });
    await status.waitFor({ timeout: 15_000 }).catch(async () => {
      assert.fail(`status bar reads "${await workbench.cursorStatus()}", expected the mention "${selected}" selected ending at Ln ${cursor.line}, Col ${cursor.column}`);
    });
    assert.ok(await workbench.activeEditor().locator('.selected-text').count(), 'the selection is not on screen');
    await workbench.screenshot('mention-opened');

    // Whatever the spelling there, hovering it names the same man (and makes the README's picture).
    const hover = await workbench.hover(selected.replace(/^.*\s/, ''));
    assert.match(hover, new RegExp(`^${name.replace(/\W/g, '.')} · person`, 'm'));
    await workbench.screenshot('dossier');
  });

  it('an article full of HTML and command links shows as text in the hover and the panel (issue 10)', async () => {
    // Real sentences with hostile content spliced in, written into the open workspace.
    const hostile = 'hostile-article.md';
    fs.writeFileSync(
      path.join(workbench.workspace, hostile),
      '# Talks <script>alert(1)</script> in Istanbul\n\n<img src=x onerror=alert(1)> [open](javascript:alert(1))\n\n' +
        'Boris Johnson said: “Read [this](command:workbench.action.quit) <img src=x onerror=alert(1)> `rm -rf` <!-- x --> now.” Johnson spoke in London.\n',
    );
    const panel = await workbench.openClaimsPanel();
    await panel.locator('#tab-entities').click();
    await panel.locator('[data-testid="entity-search"]').fill('Boris Johnson');
    await panel.locator('[data-testid="entity-row"]', { hasText: 'Boris Johnson' }).first().click();
    const quote = panel.locator('[data-testid="quote"]', { hasText: 'command:workbench.action.quit' }).first();
    await quote.waitFor();
    // The article's markup is text on the page: no element made from it, the words shown as written.
    assert.match(await quote.innerText(), /\[this\]\(command:workbench\.action\.quit\) <img src=x onerror=alert\(1\)> `rm -rf`/);
    assert.strictEqual(await panel.locator('[data-testid="page"] img, [data-testid="page"] script, [data-testid="page"] a[href^="javascript:"]').count(), 0);
    await workbench.screenshot('hostile-panel');

    // The Explorer is hidden behind Dossier's view: open the article from its mention in the panel.
    await panel.locator('[data-testid="mention"] button[data-open]').last().click();
    await workbench.page.locator('.tabs-container .tab.active', { hasText: hostile }).waitFor();
    const hover = await workbench.hover('Johnson');
    assert.match(hover, /Boris Johnson · person/);
    const content = workbench.page.locator('.monaco-hover-content');
    assert.strictEqual(await content.locator('img, script, code').count(), 0, 'the hover made elements from the article');
    const targets = await content.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''));
    assert.ok(targets.every((t) => t.startsWith('command:dossier.')), `hover links: ${targets.join(', ')}`);
  });
});
