// Claims panel benchmark: what opening the most-mentioned entity costs, end to end.
//
//   node -r esbuild-register bench/panel.ts [--corpus <folder>] [--workers <n>]
//
// Prints: grouping all quotations into claims; building that entity's page (extension side)
// and the size of the message; rendering it in the webview (the figure the page reports as
// #page[data-render-ms], also in VS Code); paging
// the next mentions; filtering the entity list as a reader types. Wall and CPU time, since
// the machine may be shared. Rendering runs media/panel.js in headless Chromium: `npm run build`
// first.
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { indexFolder } from '../src/core/index/indexFolder';
import { PAGE_SIZE, PanelModel } from '../src/extension/panel/viewModel';
import type { FromWebview, Route } from '../webview/protocol';

const chromiumPath = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function measure<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start, cpuMs: process.cpuUsage(cpu).user / 1000 };
}

/**
 * Also the longest the event loop was held meanwhile (the extension host blocked): the
 * largest gap between two turns of a setImmediate chain, in wall time (which a loaded machine
 * stretches) and in CPU time of this process.
 */
async function measureAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number; blockedMs: number; blockedCpuMs: number }> {
  let running = true;
  let blockedMs = 0;
  let blockedCpuMs = 0;
  let lastWall = performance.now();
  let lastCpu = process.cpuUsage();
  const tick = () => {
    const wall = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    blockedMs = Math.max(blockedMs, wall - lastWall);
    blockedCpuMs = Math.max(blockedCpuMs, (cpu.user + cpu.system) / 1000);
    lastWall = wall;
    lastCpu = process.cpuUsage();
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const times = { value, ms: performance.now() - start, cpuMs: process.cpuUsage(cpu).user / 1000 };
  running = false;
  return { ...times, blockedMs, blockedCpuMs };
}

const fmt = (t: { ms: number; cpuMs: number }) => `${t.ms.toFixed(1)} ms (cpu ${t.cpuMs.toFixed(1)} ms)`;

async function main(): Promise<void> {
  const corpus = arg('--corpus') ?? ['/work/shared/corpus/bbc', path.resolve(__dirname, '../../shared/corpus/bbc')].find((c) => existsSync(c));
  if (!corpus) throw new Error('no corpus: pass --corpus <folder>');
  const worker = path.resolve(__dirname, '../dist/worker.js');
  const started = performance.now();
  const { index } = await indexFolder(corpus, { workers: Number(arg('--workers') ?? 2), ...(existsSync(worker) ? { workerScript: worker } : {}) });
  const stats = index.stats();
  console.log(`corpus ${corpus}: ${stats.articles} articles, ${stats.people + stats.places} entities, ${stats.mentions} mentions, ${stats.quotes} quotes (indexed in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const model = new PanelModel(index);
  const claims = await measureAsync(() => model.allClaims());
  console.log(
    `claims: ${claims.value.length} from ${stats.quotes} quotes, ${claims.value.filter((c) => c.articles > 1).length} in several articles: ${fmt(claims)}, event loop held at most ${claims.blockedMs.toFixed(1)} ms (cpu ${claims.blockedCpuMs.toFixed(1)} ms)`,
  );

  const top = index.entities().sort((a, b) => b.mentionCount - a.mentionCount)[0];
  const route = { kind: 'entity' as const, id: top.id };
  const page = await measureAsync(() => model.page(route));
  console.log(`entity page of ${top.name} (${top.mentionCount} mentions, ${top.quoteCount} quotes): built in ${fmt(page)}, message ${(JSON.stringify(page.value).length / 1024).toFixed(1)} KB`);
  const more = await measureAsync(() => model.more(route, 'mentions', 100));
  console.log(`next 100 mentions: ${fmt(more)}, message ${(JSON.stringify(more.value).length / 1024).toFixed(1)} KB`);

  for (const text of ['l', 'lo', 'lon', 'lond']) {
    const rows = measure(() => model.entityRows({ text, kind: 'all', sort: 'mentions' }, 0, 200));
    console.log(`entity list, typing "${text}": ${rows.value.total} matches in ${fmt(rows)}`);
  }

  const renders = await renderInChromium(model, route);
  console.log(`webview render of that page in Chromium (first ${PAGE_SIZE.mentions} mentions, claims, quotes): ${renders.map((ms) => ms.toFixed(1)).join(', ')} ms`);
}

/**
 * Loads media/panel.js into headless Chromium with a stand-in for the VS Code API that answers
 * from the model, opens the entity five times (overview in between) and reads the time the
 * page reports for rendering it.
 */
async function renderInChromium(model: PanelModel, route: Extract<Route, { kind: 'entity' }>): Promise<number[]> {
  const script = path.resolve(__dirname, '../media/panel.js');
  if (!existsSync(script)) throw new Error('media/panel.js is missing: run `npm run build` first');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 400, height: 900 } });
    await page.exposeFunction('answer', async (message: FromWebview) => {
      if (message.type === 'page') return { type: 'page', requestId: message.requestId, route: message.route, page: await model.page(message.route, message.keep) };
      if (message.type === 'more') return { type: 'more', requestId: message.requestId, route: message.route, section: message.section, offset: message.offset, ...(await model.more(message.route, message.section, message.offset)) };
      if (message.type === 'entities') return { type: 'entities', requestId: message.requestId, query: message.query, offset: message.offset, ...model.entityRows(message.query, message.offset, message.limit) };
      return null;
    });
    page.on('pageerror', (error) => console.error('panel error:', error.message));
    // In the page: the VS Code API as the webview sees it, answered by the model above.
    const vscodeApi = `window.acquireVsCodeApi = () => ({
      postMessage: (m) => void window.answer(m).then((reply) => reply && window.postMessage(reply, '*')),
      getState: () => undefined,
      setState: () => undefined,
    });`;
    await page.setContent(`<!DOCTYPE html><html><head><style>${readFileSync(path.resolve(__dirname, '../media/panel.css'), 'utf8')}</style></head><body><div id="app"></div><script>${vscodeApi}</script></body></html>`);
    await page.addScriptTag({ content: readFileSync(script, 'utf8') });
    const renders: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.evaluate(`window.postMessage({ type: 'navigate', route: { kind: 'overview' } }, '*')`);
      await page.waitForSelector('[data-testid="stats"]');
      await page.evaluate(`window.postMessage({ type: 'navigate', route: ${JSON.stringify(route)} }, '*')`);
      await page.waitForSelector(`#page[data-route="entity:${route.id}"]`);
      renders.push(Number(await page.getAttribute('#page', 'data-render-ms')));
    }
    return renders;
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
