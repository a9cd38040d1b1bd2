import * as assert from 'assert';
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, truncateSync, statSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { loadArticle } from '../../src/core/corpus';
import { AnalysisCache, CACHE_FORMAT_VERSION, defaultCacheFile } from '../../src/core/index/cache';
import { contentHash } from '../../src/core/index/contentHash';
import type { ArticleAnalysis } from '../../src/core/types';

const SAMPLES = path.join(__dirname, '../../samples/istanbul-talks');
const FILES = ['000_7d0796a21ad2c65c.txt', '001_473595742cb198c6.txt', '002_f8afb44f8dfed8d9.txt'];

function entryOf(file: string) {
  const bytes = readFileSync(path.join(SAMPLES, file));
  const article = loadArticle(file, bytes).article!;
  const start = article.text.indexOf('Istanbul');
  const analysis: ArticleAnalysis = {
    article,
    sentences: [{ start: 0, end: 40 }],
    paragraphs: [],
    names: [{ start, end: start + 8, text: 'Istanbul', kind: 'place', local: 0, fullName: 'Istanbul' }],
    quotes: [],
  };
  return { path: file, size: bytes.length, mtimeMs: 1700000000000, hash: contentHash(bytes), analysis };
}

describe('AnalysisCache', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dossier-cache-'));
    file = path.join(dir, 'sub', 'cache.jsonl');
    const cache = new AnalysisCache(file, 'engine-1');
    for (const f of FILES) cache.put(entryOf(f));
    await cache.save();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips analyses, found by size+mtime and by content hash (also under a new path)', async () => {
    const { cache, problem } = await AnalysisCache.open(file, 'engine-1');
    assert.strictEqual(problem, undefined);
    assert.strictEqual(cache.size, 3);
    const e = entryOf(FILES[2]);
    assert.deepStrictEqual(cache.lookupByStat(e.path, e.size, e.mtimeMs), e.analysis);
    assert.strictEqual(cache.lookupByStat(e.path, e.size, e.mtimeMs + 1), undefined, 'touched file: not trusted by stat');
    const renamed = cache.lookupByHash('moved/002.txt', e.hash)!;
    assert.strictEqual(renamed.article.path, 'moved/002.txt');
    assert.strictEqual(renamed.names[0].text, 'Istanbul');
    assert.ok(!cache.dirty);
  });

  it('keys content by its SHA-1 in hex, so indexes saved under any Node version find their files', () => {
    assert.strictEqual(contentHash(new TextEncoder().encode('abc')), 'a9993e364706816aba3e25717850c26c9cd0d89d');
    const bytes = readFileSync(path.join(SAMPLES, FILES[0]));
    assert.strictEqual(contentHash(bytes), createHash('sha1').update(bytes).digest('hex'));
  });

  it('saves a reopened analysis again as it was, or as changed when a part was replaced', async () => {
    const { cache } = await AnalysisCache.open(file, 'engine-1');
    const [kept, changed] = [entryOf(FILES[0]), entryOf(FILES[1])];
    const replaced = cache.lookupByStat(changed.path, changed.size, changed.mtimeMs)!;
    replaced.names = [{ ...replaced.names[0], fullName: 'Istanbul, Turkey' }];
    await cache.save();
    const { cache: reopened } = await AnalysisCache.open(file, 'engine-1');
    assert.deepStrictEqual(reopened.lookupByStat(kept.path, kept.size, kept.mtimeMs), kept.analysis);
    assert.deepStrictEqual(reopened.lookupByStat(changed.path, changed.size, changed.mtimeMs)!.names.map((n) => n.fullName), ['Istanbul, Turkey']);
  });

  it('gives back texts beyond Latin-1, even with a lone surrogate, exactly', async () => {
    const e = entryOf(FILES[1]);
    const text = e.analysis.article.text + ' \u201cquoted\u201d caf\u00e9 \ud83d\ude00 and a lone \ud800 half';
    const odd = { ...e, path: 'odd.txt', analysis: { ...e.analysis, article: { ...e.analysis.article, path: 'odd.txt', text } } };
    const cache = new AnalysisCache(file, 'engine-1');
    for (const f of FILES) cache.put(entryOf(f));
    cache.put(odd);
    await cache.save();
    const { cache: reopened, problem } = await AnalysisCache.open(file, 'engine-1');
    assert.strictEqual(problem, undefined);
    assert.deepStrictEqual(reopened.lookupByStat('odd.txt', odd.size, odd.mtimeMs), odd.analysis);
    const plain = entryOf(FILES[0]);
    assert.deepStrictEqual(reopened.lookupByStat(plain.path, plain.size, plain.mtimeMs), plain.analysis);
  });

  it('discards a cache made by another engine build or format version', async () => {
    assert.strictEqual((await AnalysisCache.open(file, 'engine-2')).cache.size, 0);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[0] = lines[0].replace(`"version":${CACHE_FORMAT_VERSION}`, '"version":0');
    writeFileSync(file, lines.join('\n'));
    const old = await AnalysisCache.open(file, 'engine-1');
    assert.strictEqual(old.cache.size, 0);
    assert.match(old.problem!, /format 0/);
  });

  it('keeps the good blocks of a truncated or damaged cache and re-analyses the rest', async () => {
    // 300 articles: three blocks of analyses (128, 128, 44).
    const cache = new AnalysisCache(file, 'engine-1');
    for (let i = 0; i < 300; i++) {
      const e = entryOf(FILES[i % 3]);
      const moved = `copy-${i}/${e.path}`;
      cache.put({ ...e, path: moved, analysis: { ...e.analysis, article: { ...e.analysis.article, path: moved } } });
    }
    await cache.save();
    const whole = readFileSync(file);

    truncateSync(file, whole.length - 50);
    const truncated = await AnalysisCache.open(file, 'engine-1');
    assert.strictEqual(truncated.cache.size, 256);
    assert.match(truncated.problem!, /1 damaged part/);
    assert.ok(truncated.cache.dirty, 'a damaged cache is rewritten on the next save');

    // One byte changed in the middle of the file: its block fails its checksum, the others stand.
    const flipped = Buffer.from(whole);
    flipped[flipped.length >> 1] ^= 0x20;
    writeFileSync(file, flipped);
    const damaged = await AnalysisCache.open(file, 'engine-1');
    assert.strictEqual(damaged.cache.size, 172);
    assert.match(damaged.problem!, /1 damaged part/);
    const kept = entryOf(FILES[0]);
    assert.strictEqual(damaged.cache.lookupByStat('copy-0/' + kept.path, kept.size, kept.mtimeMs)!.names[0].text, 'Istanbul');
  });

  it('treats garbage and entries of the wrong shape as corrupt, never throwing', async () => {
    writeFileSync(file, '\u0000\u0001garbage');
    assert.match((await AnalysisCache.open(file, 'engine-1')).problem!, /corrupt/);
    writeFileSync(file, JSON.stringify({ kind: 'dossier-analysis-cache', version: CACHE_FORMAT_VERSION, key: 'engine-1' }) + '\n' + JSON.stringify({ path: 'x.txt', analysis: { names: 'no' } }) + '\n');
    const shaped = await AnalysisCache.open(file, 'engine-1');
    assert.strictEqual(shaped.cache.size, 0);
    assert.strictEqual((await AnalysisCache.open(path.join(dir, 'missing.jsonl'), 'engine-1')).problem, undefined);
  });

  it('keeps the corpus linking for exactly the analyses it was made from', async () => {
    const { cache } = await AnalysisCache.open(file, 'engine-1');
    const fingerprint = cache.fingerprint();
    cache.saveLink({ fingerprint, entities: [{ id: 'place:istanbul', name: 'Istanbul', kind: 'place', aliases: [] }], entityOf: FILES.map((f) => [f, ['place:istanbul']]) });
    await cache.save();
    const { cache: reopened } = await AnalysisCache.open(file, 'engine-1');
    assert.strictEqual(reopened.savedLink(fingerprint)!.entities[0].name, 'Istanbul');
    reopened.retain(new Set(FILES.slice(1)));
    assert.notStrictEqual(reopened.fingerprint(), fingerprint);
    assert.strictEqual(reopened.savedLink(reopened.fingerprint()), undefined, 'a deleted file invalidates the saved linking');
  });

  it('forgets deleted files and puts the CLI cache under XDG_CACHE_HOME, keyed by folder', async () => {
    const { cache } = await AnalysisCache.open(file, 'engine-1');
    cache.retain(new Set([FILES[0]]));
    assert.strictEqual(cache.size, 1);
    assert.ok(cache.dirty);
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = dir;
    try {
      const a = defaultCacheFile('/news/istanbul');
      assert.ok(a.startsWith(path.join(dir, 'dossier', 'istanbul-')));
      assert.notStrictEqual(a, defaultCacheFile('/other/istanbul'));
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
  });
});
