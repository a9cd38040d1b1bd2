import * as assert from 'assert';
import { buildSync } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { AnalysisCache } from '../../src/core/index/cache';
import { contentHash } from '../../src/core/index/contentHash';
import { discoverArticles } from '../../src/core/corpus/discover';
import { discoverInWorker, indexFolder } from '../../src/core/index/indexFolder';

const BBC = ['/work/shared/corpus/bbc', path.join(__dirname, '../../../shared/corpus/bbc')].find((d) => existsSync(d));
const SAMPLES = path.join(__dirname, '../../samples/istanbul-talks');

describe('indexFolder', function () {
  this.timeout(180_000);
  let tmp: string;
  let workerScript: string;
  let corpus: string;
  before(function () {
    tmp = mkdtempSync(path.join(tmpdir(), 'dossier-indexfolder-'));
    workerScript = path.join(tmp, 'worker.js');
    buildSync({ entryPoints: [path.join(__dirname, '../../src/core/index/worker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: workerScript, logLevel: 'error' });
    // Enough articles for the workers to be used: 60 BBC
    // politics and business stories, which share people (Blair, Brown) across articles.
    corpus = path.join(tmp, 'corpus');
    for (const section of ['politics', 'business']) {
      const from = BBC ? path.join(BBC, section) : SAMPLES;
      mkdirSync(path.join(corpus, section), { recursive: true });
      for (const f of readdirSync(from).filter((x) => x.endsWith('.txt')).slice(0, 30)) copyFileSync(path.join(from, f), path.join(corpus, section, f));
    }
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('walks a folder in a worker as in this thread, with the same error for a missing folder, and in this thread when the worker cannot start', async () => {
    const here = await discoverArticles(corpus, { exclude: ['business/**'] });
    assert.equal(here.files.length, 30);
    const worker = new Worker(workerScript);
    const reply = await new Promise((resolve) => {
      worker.once('message', resolve);
      worker.postMessage({ type: 'discover', root: corpus, options: { exclude: ['business/**'] } });
    });
    await worker.terminate();
    assert.deepStrictEqual(reply, { type: 'discovered', discovery: here });
    assert.deepStrictEqual(await discoverInWorker(corpus, { exclude: ['business/**'] }, workerScript), here);
    assert.deepStrictEqual(await discoverInWorker(corpus, { exclude: ['business/**'] }, path.join(tmp, 'no-such-worker.js')), here);
    await assert.rejects(discoverInWorker(path.join(tmp, 'missing'), {}, workerScript), /folder not found/);
  });

  it('analyses in threads of lower priority than the one it answers from (Linux)', async function () {
    if (process.platform !== 'linux') this.skip();
    const niceOf = (tid: string) => {
      try {
        return Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[16]);
      } catch {
        return NaN; // a thread that has ended meanwhile
      }
    };
    const threads = () => new Set(readdirSync('/proc/self/task'));
    const before = threads();
    const worker = new Worker(workerScript);
    const file = readdirSync(path.join(corpus, 'politics'))[0];
    const reply = await new Promise<{ type: string }>((resolve) => {
      worker.once('message', resolve);
      worker.postMessage({ type: 'options', options: {} });
      worker.postMessage({ type: 'job', id: 1, path: `politics/${file}`, bytes: readFileSync(path.join(corpus, 'politics', file)) });
    });
    const started = [...threads()].filter((tid) => !before.has(tid)).map(niceOf);
    await worker.terminate();
    assert.equal(reply.type, 'result');
    assert.equal(niceOf(String(process.pid)), 0, 'this thread keeps its priority');
    assert.ok(started.includes(10), `a new thread at nice 10 among ${started.join(', ')}`);
  });

  it('gives the same index from two worker threads as from this thread', async () => {
    const inWorkers = await indexFolder(corpus, { workers: 2, workerScript });
    const inThread = await indexFolder(corpus, { workers: 0 });
    assert.deepStrictEqual([inWorkers.problems.slice(0, 2), inWorkers.notices], [[], []]);
    assert.ok(inThread.index.stats().mentions > 100);
    assert.deepStrictEqual(inWorkers.index.export(), inThread.index.export());
  });

  it('starts the workers of a cold index before the walk, and stops them when the folder is too small or missing (Linux)', async function () {
    if (process.platform !== 'linux') this.skip();
    const threads = () => new Set(readdirSync('/proc/self/task'));
    /** Waits (up to 10 s) until no thread started since `before` is left; returns those left. */
    const leftOf = async (before: Set<string>) => {
      for (let i = 0; i < 100; i++) {
        const left = [...threads()].filter((tid) => !before.has(tid));
        if (!left.length) return left;
        await new Promise((r) => setTimeout(r, 100));
      }
      return [...threads()].filter((tid) => !before.has(tid));
    };
    // (V8's own background threads start with the first worker and stay: counted from then on)
    await indexFolder(corpus, { workers: 2, workerScript });
    let before = threads();
    let startedDuringWalk = 0;
    const small = await indexFolder(SAMPLES, { workers: 2, workerScript, onDiscovered: () => (startedDuringWalk = [...threads()].filter((tid) => !before.has(tid)).length) });
    assert.equal(startedDuringWalk, 2, 'two worker threads running when the files are counted');
    assert.deepStrictEqual(small.index.export(), (await indexFolder(SAMPLES, { workers: 0 })).index.export());
    assert.deepStrictEqual(await leftOf(before), [], 'no worker left after a folder too small for them');
    before = threads();
    await assert.rejects(indexFolder(path.join(tmp, 'no-such-folder'), { workers: 2, workerScript }));
    assert.deepStrictEqual(await leftOf(before), [], 'no worker left after a missing folder');
  });

  it('counts the articles found before it reads or analyses any (the CLI chooses V8 flags by it)', async () => {
    const events: string[] = [];
    await indexFolder(corpus, { workers: 0, exclude: ['business/**'], onDiscovered: (files) => events.push(`found ${files}`), onProgress: (done) => events.push(`done ${done}`) });
    assert.equal(events[0], 'found 30');
    assert.equal(events.filter((e) => e.startsWith('found')).length, 1);
    assert.ok(events.includes('done 30'), events.slice(-3).join(', '));
  });

  it('answers before the saved index is written, then starts warm from it with the saved linking', async () => {
    const cacheFile = path.join(tmp, 'cache', 'index.jsonl');
    const cold = await indexFolder(corpus, { workers: 2, workerScript, cacheFile, engineKey: 'test', saveInBackground: true });
    assert.ok(cold.index.stats().articles >= 40);
    assert.ok((await cold.saved) > 0, 'it took some time to save');
    const { cache, problem } = await AnalysisCache.open(cacheFile, 'test|null');
    assert.strictEqual(problem, undefined);
    assert.strictEqual(cache.size, cold.index.stats().articles);
    const savedLink = cache.savedLink(cache.fingerprint());
    assert.ok(savedLink, 'the linking was saved with the analyses');
    assert.strictEqual(savedLink.numbers?.paths.length, cache.size, "and each article's quotation speakers");

    const warm = await indexFolder(corpus, { workers: 2, workerScript, cacheFile, engineKey: 'test' });
    assert.strictEqual(warm.reused, cold.index.stats().articles);
    assert.strictEqual(await warm.saved, 0, 'nothing changed: nothing to save');
    assert.deepStrictEqual(warm.index.export(), cold.index.export());
    // Adopted from ids and speakers alone: the counts match the cold index's, entity by entity.
    assert.deepStrictEqual(warm.index.stats(), cold.index.stats());
    assert.deepStrictEqual(warm.index.entities(), cold.index.entities());
    // And an edit after it links as it does in the cold index.
    const [first, second] = cold.index.paths();
    for (const index of [warm.index, cold.index]) index.remove(first);
    assert.deepStrictEqual(warm.index.export(), cold.index.export());
    assert.deepStrictEqual(warm.index.entities(), cold.index.entities());
    assert.deepStrictEqual(warm.index.quotesIn(second), cold.index.quotesIn(second));
    const someone = warm.index.entities({ kind: 'person' })[0];
    const mention = warm.index.mentionsInContext(someone.id, { offset: 0, limit: 1 })[0];
    assert.ok(mention.sentence.length > mention.text.length, 'sentences come back from the saved index');
  });

  it('saves the content hash the workers made on a cold index, so a touched or copied file is not analysed again', async () => {
    const cacheFile = path.join(tmp, 'cache-hash', 'index.jsonl');
    const cold = await indexFolder(corpus, { workers: 2, workerScript, cacheFile, engineKey: 'test' });
    const { cache } = await AnalysisCache.open(cacheFile, 'test|null');
    const [first] = cold.index.paths();
    const bytes = readFileSync(path.join(corpus, first));
    assert.ok(cache.lookupByHash('elsewhere/copy.txt', contentHash(bytes)), 'found by the hash of its bytes');
    // Touched (new modification time) and copied under a new name: both found by content, nothing analysed.
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(corpus, first), later, later);
    writeFileSync(path.join(corpus, 'politics', 'copy-of-first.txt'), bytes);
    try {
      const warm = await indexFolder(corpus, { workers: 2, workerScript, cacheFile, engineKey: 'test' });
      assert.strictEqual(warm.reused, cold.index.stats().articles + 1);
    } finally {
      rmSync(path.join(corpus, 'politics', 'copy-of-first.txt'));
    }
  });
});
