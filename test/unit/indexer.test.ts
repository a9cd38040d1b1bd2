import * as assert from 'assert';
import { buildSync } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { promises as fsp } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { discoverArticles } from '../../src/core/corpus';
import { AnalysisCache } from '../../src/core/index/cache';
import { Indexer, type ArticleSource, type IndexProblem } from '../../src/core/index/indexer';
import { generateHostileCorpus } from '../hostile/generate';

const SAMPLES = path.join(__dirname, '../../samples/istanbul-talks');

async function folderSources(root: string, reads?: string[]): Promise<ArticleSource[]> {
  const { files } = await discoverArticles(root);
  return files.map((f) => ({
    path: f.path,
    size: f.size,
    mtimeMs: f.mtimeMs,
    read: () => {
      reads?.push(f.path);
      return fsp.readFile(f.absolutePath);
    },
  }));
}

/**
 * Worker-script code that calls `intercept` (source of a function) on each message the real worker
 * is given, before the worker handles it: the first through its 'message' listener, the ones queued
 * behind it through receiveMessageOnPort.
 */
function interceptJobs(intercept: string): string {
  return `
      const threads = require('worker_threads');
      const intercept = ${intercept};
      const on = threads.parentPort.on.bind(threads.parentPort);
      threads.parentPort.on = (event, listener) => on(event, (m) => { intercept(m); listener(m); });
      const receive = threads.receiveMessageOnPort;
      threads.receiveMessageOnPort = (port) => { const got = receive(port); if (got) intercept(got.message); return got; };`;
}

describe('Indexer', function () {
  this.timeout(120_000);
  let tmp: string;
  let workerScript: string;
  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'dossier-indexer-'));
    workerScript = path.join(tmp, 'worker.js');
    buildSync({ entryPoints: [path.join(__dirname, '../../src/core/index/worker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: workerScript, logLevel: 'error' });
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('analyses a folder in this thread, reporting progress to the end', async () => {
    const progress: Array<[number, number]> = [];
    const run = await new Indexer().run(await folderSources(SAMPLES), { onProgress: (d, t) => progress.push([d, t]) });
    assert.strictEqual(run.analyses.length, 5);
    assert.deepStrictEqual(run.problems, []);
    assert.deepStrictEqual(progress[progress.length - 1], [5, 5]);
    const a002 = run.analyses.find((a) => a.article.path.startsWith('002'))!;
    assert.ok(a002.names.some((n) => n.text === 'John Kirby'));
    assert.ok(a002.article.body.end < a002.article.text.length, 'boilerplate kept out of the body');
  });

  it('gives the same analyses in two worker threads as in this thread', async () => {
    const indexer = new Indexer({ workers: 2, workerScript });
    try {
      const inWorkers = await indexer.run(await folderSources(SAMPLES));
      const inThread = await new Indexer().run(await folderSources(SAMPLES));
      const names = (r: typeof inThread) => r.analyses.map((a) => [a.article.path, a.names.map((n) => `${n.start}:${n.text}`), a.quotes.length]).sort();
      assert.deepStrictEqual(names(inWorkers), names(inThread));
      assert.deepStrictEqual(inWorkers.notices, []);
    } finally {
      indexer.dispose();
    }
  });

  it('reports each bad file once with its reason and indexes the rest', async () => {
    const good = readFileSync(path.join(SAMPLES, '003_122ecd206fab1632.txt'));
    const sources: ArticleSource[] = [
      { path: 'good.txt', read: async () => good },
      { path: 'binary.txt', read: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
      { path: 'deleted.txt', read: () => fsp.readFile(path.join(tmp, 'no-such-file.txt')) },
      { path: 'latin1.txt', read: async () => Buffer.concat([Buffer.from('Recep Tayyip Erdo'), Buffer.from([0xf0, 0x61]), Buffer.from('an met negotiators in Istanbul.')]) },
    ];
    const seen: IndexProblem[] = [];
    const run = await new Indexer().run(sources, { onProblem: (p) => seen.push(p) });
    assert.deepStrictEqual(run.analyses.map((a) => a.article.path).sort(), ['good.txt', 'latin1.txt']);
    assert.deepStrictEqual(seen.map((p) => [p.path, p.severity]), [['binary.txt', 'skipped'], ['deleted.txt', 'skipped'], ['latin1.txt', 'warning']]);
    assert.match(seen[0].reason, /binary/);
    assert.match(seen[1].reason, /disappeared/);
    assert.match(seen[2].reason, /invalid UTF-8/);
  });

  it('reports a file deleted while the folder is being indexed, and indexes the rest', async () => {
    const dir = path.join(tmp, 'vanishing');
    await fsp.mkdir(dir);
    for (const name of ['000_7d0796a21ad2c65c.txt', '001_473595742cb198c6.txt', '002_f8afb44f8dfed8d9.txt']) await fsp.copyFile(path.join(SAMPLES, name), path.join(dir, name));
    const sources = await folderSources(dir);
    const run = await new Indexer().run(sources, { onAnalysis: () => rmSync(path.join(dir, '002_f8afb44f8dfed8d9.txt'), { force: true }) });
    assert.deepStrictEqual(run.analyses.map((a) => a.article.path), ['000_7d0796a21ad2c65c.txt', '001_473595742cb198c6.txt']);
    assert.deepStrictEqual(run.problems.map((p) => [p.path, p.reason]), [['002_f8afb44f8dfed8d9.txt', 'file disappeared while indexing']]);
  });

  it('stops when cancelled, and says so', async () => {
    const controller = new AbortController();
    const sources = await folderSources(SAMPLES);
    const run = await new Indexer().run(sources, { signal: controller.signal, onAnalysis: () => controller.abort() });
    assert.ok(run.cancelled);
    assert.ok(run.analyses.length < sources.length);
  });

  it('takes unchanged files from the cache without reading them', async () => {
    const cache = new AnalysisCache(path.join(tmp, 'c.jsonl'), 'k');
    await new Indexer().run(await folderSources(SAMPLES), { cache });
    await cache.save();
    const { cache: reopened } = await AnalysisCache.open(cache.file, 'k');
    const reads: string[] = [];
    const run = await new Indexer().run(await folderSources(SAMPLES, reads), { cache: reopened });
    assert.strictEqual(run.reused, 5);
    assert.deepStrictEqual(reads, []);
    assert.strictEqual(run.analyses.length, 5);
  });

  it('survives a worker crash: retries the file once, then reports it and carries on', async () => {
    const mark = path.join(tmp, 'crashed-once');
    const crashing = path.join(tmp, 'crashing-worker.js');
    // Wraps the real worker so that its analysis of some files crashes (throws, or ends the thread).
    writeFileSync(crashing, `
      const fs = require('fs');
      ${interceptJobs(`(m) => {
        if (m.type === 'job' && m.path.includes('crash-always')) process.exit(3);
        if (m.type === 'job' && m.path.includes('crash-once') && !fs.existsSync(${JSON.stringify(mark)})) {
          fs.writeFileSync(${JSON.stringify(mark)}, '');
          throw new Error('boom');
        }
      }`)}
      require(${JSON.stringify(workerScript)});`);
    const text = readFileSync(path.join(SAMPLES, '001_473595742cb198c6.txt'));
    const sources: ArticleSource[] = ['a.txt', 'crash-once.txt', 'crash-always.txt', 'b.txt'].map((p) => ({ path: p, read: async () => text }));
    const indexer = new Indexer({ workers: 2, workerScript: crashing });
    try {
      const run = await indexer.run(sources);
      assert.deepStrictEqual(run.analyses.map((a) => a.article.path).sort(), ['a.txt', 'b.txt', 'crash-once.txt']);
      assert.deepStrictEqual(run.problems.map((p) => p.path), ['crash-always.txt']);
      assert.match(run.problems[0].reason, /crashed twice/);
      assert.ok(existsSync(mark));
      assert.ok(run.notices.some((n) => /worker crashed on crash-once\.txt.*boom.*retrying/.test(n)), run.notices.join('\n'));
      // One edited file is analysed in the calling thread, away from the (crashing) workers.
      const one = await indexer.analyzeOne({ path: 'crash-always.txt', read: async () => text });
      assert.strictEqual(one.analysis?.article.path, 'crash-always.txt');
    } finally {
      indexer.dispose();
    }
  });

  it('gives up on a file that never finishes, after its own time budget, and analyses the rest', async () => {
    const hanging = path.join(tmp, 'hanging-worker.js');
    // Wraps the real worker so that one file's analysis never returns.
    writeFileSync(hanging, `
      ${interceptJobs(`(m) => {
        if (m.type === 'job' && m.path.includes('hang')) for (;;) {}
      }`)}
      require(${JSON.stringify(workerScript)});`);
    const text = readFileSync(path.join(SAMPLES, '001_473595742cb198c6.txt'));
    // The hanging file comes after others, on a worker whose earlier jobs started its timing.
    const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'hang.txt', 'e.txt', 'f.txt', 'g.txt'];
    const indexer = new Indexer({ workers: 1, workerScript: hanging, fileTimeoutMs: 3000 });
    try {
      const run = await indexer.run(names.map((p) => ({ path: p, read: async () => text })));
      assert.deepStrictEqual(run.analyses.map((a) => a.article.path).sort(), names.filter((n) => n !== 'hang.txt'));
      assert.deepStrictEqual(run.problems.map((p) => [p.path, p.reason]), [['hang.txt', 'analysis took longer than 3 s']]);
    } finally {
      indexer.dispose();
    }
  });

  it('handles every hostile input: each file ends indexed or skipped once, with a reason', async () => {
    const root = path.join(tmp, 'hostile');
    const cases = generateHostileCorpus(root);
    const sources = await folderSources(root);
    // A short per-file budget: the slowest inputs may be cut off, which must be reported too.
    const indexer = new Indexer({ workers: 2, workerScript, fileTimeoutMs: 5000 });
    try {
      const run = await indexer.run(sources);
      const indexed = new Set(run.analyses.map((a) => a.article.path));
      const skipped = run.problems.filter((p) => p.severity === 'skipped');
      for (const c of cases.filter((x) => x.expect !== 'not-listed')) {
        const skips = skipped.filter((p) => p.path === c.path);
        assert.strictEqual(indexed.has(c.path) ? 0 : 1, skips.length, `${c.what}: indexed or skipped exactly once`);
        if (c.expect === 'skipped') assert.match(skips[0].reason, c.reason!, c.what);
        else if (!indexed.has(c.path)) assert.match(skips[0].reason, /took longer than 5 s/, c.what);
        if (c.expect === 'indexed-with-warning' && indexed.has(c.path)) {
          assert.ok(run.problems.some((p) => p.path === c.path && p.severity === 'warning' && c.reason!.test(p.reason)), c.what);
        }
      }
      assert.ok(indexed.has('names-at-edges.txt') && indexed.has('yaml-bomb.md') && indexed.has('utf16be-bom.txt'));
    } finally {
      indexer.dispose();
    }
  });
});
