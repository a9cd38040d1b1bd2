// On a large corpus (run the suite with --workspace ../shared/corpus/bbc; `npm test`'s bbc step):
// the first index, a fresh rebuild, a restart from the saved index and a saved edit, each with how
// long it took, how long the extension host's event loop was ever blocked meanwhile and how fast
// hovers answered. Behaviour is asserted (hovers answer during a build and say when they are
// partial, a restart reuses the saved analyses and linking, a saved edit reaches the hover);
// figures are printed, ending with a table for bench/RESULTS.md. Skipped on small corpora.
import * as assert from 'assert';
import * as fs from 'fs';
import * as inspector from 'inspector';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';
import type { BuildFigures } from '../../src/extension/engine';
import { DossierHoverProvider } from '../../src/extension/hover';
import { Log } from '../../src/extension/log';
import { WorkspaceIndex } from '../../src/extension/workspaceIndex';
import type { Mention } from '../../src/core/types';
import { SUITE_LINE_TAG } from './protocol';
import { activateDossier, EXTENSION_ID } from './activate';

const LARGE = 500;
const PARTIAL_NOTE = 'these results are partial';

function report(line: string): void {
  console.log(`${vscode.env.appName === 'code-server' ? SUITE_LINE_TAG : ''}      ${line}`);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : Math.round(value).toString());

function summary(label: string, values: number[]): string {
  return `${label}: n ${values.length}, p50 ${ms(percentile(values, 0.5))} ms, p99 ${ms(percentile(values, 0.99))} ms, max ${ms(Math.max(...values))} ms`;
}

/** CPU time of this thread alone (Node 23.9+; code-server's extension host runs Node 24). */
function threadCpuUsage(since?: NodeJS.CpuUsage): NodeJS.CpuUsage | undefined {
  const usage = (process as { threadCpuUsage?: (since?: NodeJS.CpuUsage) => NodeJS.CpuUsage }).threadCpuUsage;
  return usage?.call(process, since);
}

/**
 * How busy the extension host's thread is: a 10 ms timer that fires late means the thread was
 * blocked that long; event-loop utilisation is the share of wall time it spent running code.
 * CPU is the whole extension host process (its worker threads included).
 */
class HostLoad {
  readonly lags: number[] = [];
  /** When each lag over 50 ms ended, in ms since the start (to find it in a CPU profile). */
  private readonly late: Array<{ at: number; lag: number }> = [];
  private last = performance.now();
  private readonly timer = setInterval(() => {
    const now = performance.now();
    const lag = now - this.last - 10;
    this.lags.push(lag);
    if (lag > 50) this.late.push({ at: now - this.started, lag });
    this.last = now;
  }, 10).unref();
  private readonly elu = performance.eventLoopUtilization();
  private readonly cpu = process.cpuUsage();
  private readonly threadCpu = threadCpuUsage();
  private readonly started = performance.now();
  result?: { wallMs: number; activeMs: number; cpuMs: number; threadCpuMs?: number };

  stop(): this {
    if (this.result) return this;
    clearInterval(this.timer);
    const elu = performance.eventLoopUtilization(this.elu);
    const cpu = process.cpuUsage(this.cpu);
    const thread = this.threadCpu && threadCpuUsage(this.threadCpu);
    this.result = {
      wallMs: performance.now() - this.started,
      activeMs: elu.active,
      cpuMs: (cpu.user + cpu.system) / 1000,
      threadCpuMs: thread && (thread.user + thread.system) / 1000,
    };
    return this;
  }

  lines(what: string): string[] {
    const r = this.result!;
    const thread = r.threadCpuMs === undefined ? '' : `, of which ${ms(r.threadCpuMs)} ms CPU`;
    return [
      `${what}: host thread busy ${ms(r.activeMs)} ms of ${ms(r.wallMs)} ms${thread}; extension host CPU (all threads) ${ms(r.cpuMs)} ms`,
      summary(`${what}: event-loop lag`, this.lags),
      `${what}: ${this.lags.filter((l) => l > 50).length} of ${this.lags.length} ticks late by more than 50 ms` +
        (this.late.length ? ` (the longest: ${[...this.late].sort((a, b) => b.lag - a.lag).slice(0, 5).map((l) => `${ms(l.lag)} ms at ${ms(l.at)}`).join(', ')})` : ''),
    ];
  }
}

function phases(b: (BuildFigures & { ms: number }) | undefined): string {
  if (!b) return 'no figures';
  const parts = [
    `discover ${ms(b.discoverMs)}`,
    `stat ${ms(b.statMs)}`,
    `open saved index ${ms(b.openCacheMs)}`,
    `read+analyse ${ms(b.analyseMs)}`,
    `final linking ${ms(b.linkMs)} (host thread)`,
    `save ${ms(b.saveMs)}`,
  ];
  const partial = b.publishes ? `; ${b.publishes} partial results shown, their linking ${ms(b.partialLinkMs)} ms (host thread)` : '';
  return `${ms(b.ms)} ms wall = ${parts.join(', ')} ms${partial}; ${b.reused ?? 0} analyses reused${b.linkReused ? ', saved linking reused' : ''}`;
}

/** With DOSSIER_PROFILE_DIR set, a CPU profile of the host thread per measured step, written there. */
async function startProfile(): Promise<{ save(name: string): Promise<void> } | undefined> {
  const dir = process.env.DOSSIER_PROFILE_DIR;
  if (!dir) return undefined;
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return {
    async save(name) {
      const { profile } = await post('Profiler.stop');
      session.disconnect();
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    },
  };
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

// Started when the suite loads this file, so that it sees most of the first build (which begins
// at activation, before the tests run); stopped when that build ends, whichever tests run.
const firstBuildLoad = new HostLoad();
void Promise.resolve(vscode.extensions.getExtension<DossierApi>(EXTENSION_ID)?.activate())
  .then((api) => api?.index.whenBuilt())
  .finally(() => firstBuildLoad.stop());

describe('Dossier on a large corpus', function () {
  this.timeout(600_000);
  let api: DossierApi;
  const docs = new Map<string, vscode.TextDocument>();
  const open = async (article: string) => {
    let doc = docs.get(article);
    if (!doc) docs.set(article, (doc = await vscode.workspace.openTextDocument(api.index.uriOf(article)!)));
    return doc;
  };
  /** Round trips through VS Code's hover command (what the editor does), with what they showed. */
  const hoverRoundTrip = async (m: Mention) => {
    const doc = await open(m.path);
    const t = performance.now();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(m.start + 1));
    return { ms: performance.now() - t, text: hoverText(hovers) };
  };
  let provider: DossierHoverProvider;
  const providerCall = async (m: Mention) => {
    const doc = await open(m.path);
    const t = performance.now();
    const hover = await provider.provideHover(doc, doc.positionAt(m.start + 1));
    return { ms: performance.now() - t, text: hoverText(hover && [hover]) };
  };

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-scale-'));
  // The figures of the final table.
  const table: Record<string, string> = {};
  const during = { firstBuild: [] as string[], firstBuildMs: [] as number[] };

  before(async function () {
    api = await activateDossier();
    provider = new DossierHoverProvider(api.index);
    // Hovers during the first build: over a name the partial index already knows.
    let built = false;
    void api.index.whenBuilt().then(() => (built = true));
    while (!built) {
      const q = api.index.queries;
      const article = api.index.state === 'indexing' ? q.articles().find((a) => q.mentionsIn(a.path).length > 0) : undefined;
      if (article) {
        const hover = await providerCall(q.mentionsIn(article.path)[0]);
        if (!built) {
          during.firstBuild.push(hover.text);
          during.firstBuildMs.push(hover.ms);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    firstBuildLoad.stop();
    if (api.index.queries.articles().length < LARGE) this.skip();
  });

  it('answers hovers while the first index is built, saying the results are partial', () => {
    const b = api.index.lastBuild;
    report(`first index (cold, partial results shown as they come): ${phases(b)}`);
    for (const line of firstBuildLoad.lines('since the suite loaded')) report(line);
    report(summary('hover provider during the first index', during.firstBuildMs));
    assert.ok(during.firstBuild.length > 0, 'no hover was asked while the first index was built');
    assert.ok(during.firstBuild.some((text) => text.includes(PARTIAL_NOTE)), `no hover during the build said "${PARTIAL_NOTE}":\n${during.firstBuild[0]}`);
  });

  it('indexes a folder opened for the first time with the host responsive, answering partial hovers', async () => {
    // A second index with a new saved-index file, as when the folder is opened for the first time;
    // the live index stays idle meanwhile.
    const live = api.index.queries;
    const log = new Log();
    const opened = new WorkspaceIndex(log, { ...api.index.engineOptions, cacheFile: path.join(scratch, 'index.jsonl') });
    const openedProvider = new DossierHoverProvider(opened);
    // Hover targets: the first mention of the live index's most-mentioned entities.
    const targets = live
      .entities()
      .sort((a, b) => b.mentionCount - a.mentionCount)
      .slice(0, 20)
      .map((e) => live.mentionsOf(e.id)[0]);
    for (const m of targets) await open(m.path);
    try {
      const profile = await startProfile();
      const load = new HostLoad();
      const built = opened.rebuild();
      const calls: number[] = [];
      const texts: string[] = [];
      for (let i = 0; opened.state !== 'ready'; i++) {
        const m = targets[i % targets.length];
        const doc = await open(m.path);
        const t = performance.now();
        const hover = await openedProvider.provideHover(doc, doc.positionAt(m.start + 1));
        calls.push(performance.now() - t);
        if (opened.state === 'indexing') texts.push(hoverText(hover && [hover]));
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (opened.state === 'failed' || opened.state === 'cancelled') break;
      }
      await built;
      load.stop();
      await profile?.save('first-open');
      const b = opened.lastBuild;
      const s = opened.queries.stats();
      report(`first open of ${s.articles} articles (${s.people} people, ${s.places} places, ${s.quotes} quotes): ${phases(b)}`);
      for (const line of load.lines('during it')) report(line);
      report(summary('hover provider during it', calls));
      const lags = load.lags;
      table['first index wall ms'] = ms(b?.ms);
      table['host lag p50 / p99 / max ms'] = `${ms(percentile(lags, 0.5))} / ${ms(percentile(lags, 0.99))} / ${ms(Math.max(...lags))}`;
      table['ticks > 50 ms'] = `${lags.filter((l) => l > 50).length} of ${lags.length}`;
      table['host thread CPU ms'] = ms(load.result!.threadCpuMs);
      table['extension host CPU ms'] = ms(load.result!.cpuMs);
      table['hover provider p50 / p99 ms (during)'] = `${ms(percentile(calls, 0.5))} / ${ms(percentile(calls, 0.99))}`;
      assert.strictEqual(opened.state, 'ready');
      assert.ok(texts.some((text) => text.includes(PARTIAL_NOTE)), `no hover during the build said "${PARTIAL_NOTE}"`);
      assert.ok(!hoverText([(await openedProvider.provideHover(await open(targets[0].path), (await open(targets[0].path)).positionAt(targets[0].start + 1)))!]).includes(PARTIAL_NOTE), 'the hover still said partial after the build');
      assert.deepStrictEqual(s, live.stats(), 'a first open gave another index than the live one');
    } finally {
      opened.dispose();
      log.dispose();
    }
  });

  it('starts again from the saved index: every analysis and the linking reused', async () => {
    // Another index over the saved index the test above wrote, as after restarting VS Code.
    const live = api.index.queries.stats();
    const log = new Log();
    const restarted = new WorkspaceIndex(log, { ...api.index.engineOptions, cacheFile: path.join(scratch, 'index.jsonl') });
    try {
      const profile = await startProfile();
      const load = new HostLoad();
      await restarted.rebuild();
      load.stop();
      await profile?.save('warm-start');
      const b = restarted.lastBuild;
      report(`restart from the saved index: ${phases(b)}`);
      for (const line of load.lines('during the restart')) report(line);
      table['warm start wall ms'] = ms(b?.ms);
      assert.strictEqual(restarted.state, 'ready');
      assert.strictEqual(b?.reused, live.articles, 'a restart analysed files again although none changed');
      assert.ok(b?.linkReused, 'a restart linked again although nothing changed');
      assert.deepStrictEqual(restarted.queries.stats(), live);
    } finally {
      restarted.dispose();
      log.dispose();
    }
  });

  it('answers hovers from the complete index while it is rebuilt', async () => {
    const q = () => api.index.queries;
    const targets = q()
      .entities()
      .sort((a, b) => b.mentionCount - a.mentionCount)
      .slice(0, 20)
      .map((e) => q().mentionsOf(e.id)[0]);
    const before = q().stats();
    const rebuilt = api.index.rebuild();
    const roundTrips: number[] = [];
    for (let i = 0; api.index.state === 'indexing'; i++) {
      const m = targets[i % targets.length];
      const trip = await hoverRoundTrip(m);
      roundTrips.push(trip.ms);
      assert.ok(trip.text.length > 0, `no hover at ${m.path}:${m.start} during the rebuild`);
      assert.ok(!trip.text.includes(PARTIAL_NOTE), 'a rebuild answered "partial" although the previous index was complete');
    }
    await rebuilt;
    assert.strictEqual(api.index.state, 'ready');
    assert.deepStrictEqual(q().stats(), before);
    const afterTrips: number[] = [];
    const afterCalls: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const m of targets) {
        afterTrips.push((await hoverRoundTrip(m)).ms);
        afterCalls.push((await providerCall(m)).ms);
      }
    }
    report(summary('hover round trip during a rebuild', roundTrips));
    report(summary('hover provider when idle', afterCalls));
    report(summary('hover round trip when idle', afterTrips));
    table['hover provider p50 / p99 ms (idle)'] = `${ms(percentile(afterCalls, 0.5))} / ${ms(percentile(afterCalls, 0.99))}`;
    table['hover round trip p50 / p99 ms (idle)'] = `${ms(percentile(afterTrips, 0.5))} / ${ms(percentile(afterTrips, 0.99))}`;
  });

  it('shows a saved edit in the hover', async () => {
    const q = api.index.queries;
    const target = q.entities().sort((a, b) => b.mentionCount - a.mentionCount)[0];
    const doc = await open(q.mentionsOf(target.id)[0].path);
    const added = '\n\nNicola Sturgeon said in Glasgow that talks would go on.\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), added);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const at = doc.positionAt(doc.getText().lastIndexOf('Sturgeon') + 1);
    const started = performance.now();
    assert.ok(await doc.save());
    const savedMs = performance.now() - started;
    // Hover over the new name as soon as the save returns, again until the hover shows it.
    let text = '';
    while (!text.includes('Sturgeon') && performance.now() - started < 30_000) {
      text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
      if (!text.includes('Sturgeon')) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const shownMs = performance.now() - started;
    const u = api.index.lastUpdate;
    report(`a saved edit was in the hover ${ms(shownMs)} ms after asking to save (the save itself ${ms(savedMs)} ms; analysis ${ms(u?.analyzeMs)} ms, linking ${ms(u?.linkMs)} ms)`);
    table['saved edit -> hover ms'] = ms(shownMs);
    assert.ok(text.includes('Sturgeon'), `the hover over the new name never showed it:\n${text}`);
    assert.ok(!text.includes(PARTIAL_NOTE));
  });

  after(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
    const columns = Object.keys(table);
    if (!columns.length) return;
    report('');
    report(`| ${columns.join(' | ')} |`);
    report(`|${columns.map(() => '---').join('|')}|`);
    report(`| ${columns.map((c) => table[c]).join(' | ')} |`);
  });
});
