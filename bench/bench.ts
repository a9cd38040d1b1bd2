import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { restoreV8Defaults, preferThroughputTiering, tuneV8ForCorpus, throughputTieringFlag } from '../src/cli/jitTiering';
import { analyzeFile } from '../src/core/index/analyzeFile';
import type { CorpusIndex } from '../src/core/index/corpusIndex';
import { engineKeyOf, indexFolder } from '../src/core/index/indexFolder';
import { SCALABLE_INPUTS, generateHostileCorpus, quoteSoup } from '../test/hostile/generate';

// `npm run bench [-- options]`: indexing speed, memory, query latency and update time.
//   --corpus <folder>   corpus to measure (default /work/shared/corpus/bbc or ../shared/corpus/bbc)
//   --scale             also 5x and 20x generated copies (scripts/generate-corpus.mjs -> bench/generated/)
//   --hostile           time and memory of each hostile input (issue 10) and of the quote-soup fuzz
//   --workers <n>       worker threads (default 2)
// Each cold/warm measurement runs in its own process so peak RSS is its own.

// The repository: the working directory when run from it (`npm run bench`), else beside dist/.
const REPO = existsSync(path.join(process.cwd(), 'scripts', 'generate-corpus.mjs')) ? process.cwd() : path.resolve(__dirname, '..');
const WORKER = path.join(__dirname, 'worker.js');
/** The analysis stack, which dist/bench.js and dist/worker.js load from beside them. */
const ANALYZER = path.join(__dirname, 'analyze.js');

interface ChildResult {
  mode: 'cold' | 'warm';
  files: number;
  articles: number;
  bytes: number;
  /** Until the index is ready to answer (the saved index is still being written). */
  ms: number;
  /** CPU time of the whole process (all threads) until then, less sensitive than wall time to a busy machine. */
  cpuMs: number;
  /** Until the saved index is written too, and CPU time until then. */
  savedMs: number;
  savedCpuMs: number;
  timings: Record<string, number>;
  reused: number;
  rssMB: number;
  stats: ReturnType<CorpusIndex['stats']>;
  queries?: Record<string, { p50: number; p99: number; max: number; n: number }>;
  update?: { p50: number; max: number; n: number; cpuP50: number };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function defaultCorpus(): string {
  for (const candidate of ['/work/shared/corpus/bbc', path.resolve(REPO, '../shared/corpus/bbc')]) if (existsSync(candidate)) return candidate;
  throw new Error('BBC corpus not found: pass --corpus <folder>');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

function summarize(samples: number[]) {
  const s = samples.slice().sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1], n: s.length };
}

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** A deterministic generator so runs pick the same positions. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function measureQueries(index: CorpusIndex): ChildResult['queries'] {
  const rnd = random(42);
  const paths = index.paths();
  const hit: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const p = paths[Math.floor(rnd() * paths.length)];
    const len = index.analysisOf(p)!.article.text.length;
    const offset = Math.floor(rnd() * len);
    hit.push(time(() => index.hitAt(p, offset)));
  }
  const entities = index.entities();
  const mentions: number[] = [];
  const context: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const e = entities[Math.floor(rnd() * entities.length)];
    mentions.push(time(() => index.mentionsOf(e.id)));
    context.push(time(() => index.mentionsInContext(e.id, { offset: 0, limit: 50 })));
  }
  const prefix: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const name = entities[Math.floor(rnd() * entities.length)].name;
    // As Go to Symbol in Workspace asks (its MAX_RESULTS).
    prefix.push(time(() => index.entities({ text: name.slice(0, 2), limit: 200 })));
  }
  return { 'entity at position': summarize(hit), 'mentions of entity': summarize(mentions), 'mentions in context (first 50)': summarize(context), 'entity list by prefix': summarize(prefix) };
}

/** Re-analyses a changed article in this thread and updates the index, as the editor does on save. */
function measureUpdate(index: CorpusIndex, folder: string): ChildResult['update'] {
  const rnd = random(7);
  const paths = index.paths();
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < 21; i++) {
    const p = paths[Math.floor(rnd() * paths.length)];
    const text = readFileSync(path.join(folder, p), 'utf8') + `\n\n"We will look at this again," Tony Blair told reporters in London on Tuesday.\n`;
    const bytes = Buffer.from(text);
    const cpu = process.cpuUsage();
    const ms = time(() => {
      const result = analyzeFile(p, bytes);
      if (result.analysis) index.upsert(result.analysis);
      index.relink();
      index.hitAt(p, 0);
    });
    const used = process.cpuUsage(cpu);
    if (i > 0) {
      // The first one loads the language model and fills the linker, which a warm start leaves
      // empty (the extension fills it in the background once the saved index is loaded).
      samples.push(ms);
      cpuSamples.push((used.user + used.system) / 1000);
    }
  }
  const s = summarize(samples);
  return { p50: s.p50, max: s.max, n: s.n, cpuP50: summarize(cpuSamples).p50 };
}

async function child(mode: 'cold' | 'warm', folder: string, cacheFile: string, workers: number): Promise<void> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const result = await indexFolder(folder, { cacheFile, engineKey: await engineKeyOf(__filename, WORKER, ANALYZER), workers, workerScript: existsSync(WORKER) ? WORKER : undefined, saveInBackground: true, onDiscovered: tuneV8ForCorpus });
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  restoreV8Defaults();
  const cpuMs = (used.user + used.system) / 1000;
  result.timings.save = await result.saved;
  const savedMs = performance.now() - t;
  const savedUsed = process.cpuUsage(cpu);
  const index = result.index;
  let bytes = 0;
  for (const p of index.paths()) bytes += statSync(path.join(folder, p)).size;
  const out: ChildResult = { mode, files: result.files, articles: index.stats().articles, bytes, ms, cpuMs, savedMs, savedCpuMs: (savedUsed.user + savedUsed.system) / 1000, timings: result.timings, reused: result.reused, rssMB: 0, stats: index.stats() };
  if (mode === 'warm') {
    out.queries = measureQueries(index);
    out.update = measureUpdate(index, folder);
  }
  out.rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(out) + '\n');
}

/**
 * The bench runs from a private copy of itself and of the worker: dist/ is shared with other
 * builds, and a rebuilt bundle changes the engine key, which rightly discards the saved index.
 */
let benchCopy: string | undefined;
function privateBench(): string {
  if (!benchCopy) {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-bin-'));
    copyFileSync(__filename, path.join(dir, 'bench.js'));
    if (existsSync(WORKER)) copyFileSync(WORKER, path.join(dir, 'worker.js'));
    if (existsSync(ANALYZER)) copyFileSync(ANALYZER, path.join(dir, 'analyze.js'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    benchCopy = path.join(dir, 'bench.js');
  }
  return benchCopy;
}

function runChild(mode: 'cold' | 'warm', folder: string, cacheFile: string, workers: number): ChildResult {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', privateBench(), '--child', mode, folder, cacheFile, String(workers)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${mode} run failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

function measureCorpus(label: string, folder: string, workers: number): { cold: ChildResult; warm: ChildResult } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-'));
  try {
    const cacheFile = path.join(dir, 'cache.jsonl');
    process.stderr.write(`${label}: cold...`);
    const cold = runChild('cold', folder, cacheFile, workers);
    process.stderr.write(` ${fmt(cold.ms / 1000)} s; warm...`);
    const warm = runChild('warm', folder, cacheFile, workers);
    process.stderr.write(` ${fmt(warm.ms / 1000)} s\n`);
    return { cold, warm };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printCorpus(label: string, { cold, warm }: { cold: ChildResult; warm: ChildResult }): void {
  const mb = cold.bytes / 1024 / 1024;
  console.log(`\n## ${label}: ${cold.articles} articles (${cold.files} files), ${fmt(mb, 1)} MB`);
  console.log(`\n| measure | value |\n|---|---|`);
  console.log(`| cold index, ready to answer | ${fmt(cold.ms / 1000)} s (${Math.round(cold.articles / (cold.ms / 1000))} articles/s, ${fmt(mb / (cold.ms / 1000))} MB/s) |`);
  console.log(`| cold CPU time (all threads) | ${fmt(cold.cpuMs / 1000)} s |`);
  console.log(`| cold: discover+read saved / analyse / link / save (after ready) | ${['discover', 'analyze', 'link', 'save'].map((k) => Math.round(cold.timings[k])).join(' / ')} ms |`);
  console.log(`| cold, saved index written | ${fmt(cold.savedMs / 1000)} s (CPU ${fmt(cold.savedCpuMs / 1000)} s) |`);
  console.log(`| cold peak RSS | ${Math.round(cold.rssMB)} MB |`);
  console.log(`| warm start (saved index) | ${fmt(warm.ms / 1000)} s (${warm.reused} reused) |`);
  console.log(`| warm CPU time | ${fmt(warm.cpuMs / 1000)} s |`);
  console.log(`| warm: discover+read saved / reuse / link / save | ${['discover', 'analyze', 'link', 'save'].map((k) => Math.round(warm.timings[k])).join(' / ')} ms |`);
  console.log(`| warm peak RSS (incl. queries) | ${Math.round(warm.rssMB)} MB |`);
  for (const [name, q] of Object.entries(warm.queries ?? {})) console.log(`| ${name}: p50 / p99 / max | ${fmt(q.p50, 3)} / ${fmt(q.p99, 3)} / ${fmt(q.max, 3)} ms |`);
  if (warm.update) console.log(`| one-article update (analyse + upsert + relink): p50 / max (CPU p50) | ${fmt(warm.update.p50, 1)} / ${fmt(warm.update.max, 1)} ms (${fmt(warm.update.cpuP50, 1)} ms) |`);
  console.log(`| index | ${warm.stats.people} people, ${warm.stats.places} places, ${warm.stats.mentions} mentions, ${warm.stats.quotes} quotes |`);
}

function ensureGenerated(source: string, factor: number): string {
  const out = path.join(REPO, 'bench', 'generated', `x${factor}`);
  if (!existsSync(out)) {
    process.stderr.write(`generating ${factor}x corpus in ${out}...\n`);
    execFileSync(process.execPath, [path.join(REPO, 'scripts', 'generate-corpus.mjs'), source, String(factor), out], { stdio: 'inherit' });
  }
  return out;
}

/** Wall and CPU milliseconds of fn (CPU of every thread: the better guide on a loaded machine). */
function timeCpu(fn: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const wall = time(fn);
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function hostile(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-hostile-'));
  try {
    const cases = generateHostileCorpus(dir);
    console.log(`\n## Hostile inputs (issue 10), analysed in one thread\n\n| input | what happened | wall ms (CPU ms) | RSS growth |\n|---|---|---|---|`);
    analyzeFile('warmup.txt', Buffer.from('Tony Blair said "yes" in London.'));
    for (const c of cases) {
      if (c.expect === 'not-listed') {
        console.log(`| ${c.what} | not listed by discovery (${c.reason?.source}) | - | - |`);
        continue;
      }
      const before = process.memoryUsage().rss;
      let outcome = '';
      const t = timeCpu(() => {
        const bytes = readFileSync(path.join(dir, c.path));
        const r = analyzeFile(c.path, bytes);
        outcome = r.analysis
          ? `indexed: ${r.analysis.names.length} names, ${r.analysis.quotes.length} quotes${r.analysis.article.warnings.length ? `; warning: ${r.analysis.article.warnings[0]}` : ''}`
          : `skipped: ${r.skipped}`;
      });
      const grew = (process.memoryUsage().rss - before) / 1024 / 1024;
      console.log(`| ${c.what} | ${outcome.replace(/\|/g, '\\|')} | ${fmt(t.wall, 1)} (${fmt(t.cpu, 1)}) | ${fmt(Math.max(0, grew), 1)} MB |`);
    }
    const fuzz: number[] = [];
    const fuzzCpu: number[] = [];
    for (let seed = 0; seed < 200; seed++) {
      const text = quoteSoup(seed, 2_000 + seed * 250);
      const t = timeCpu(() => analyzeFile(`soup-${seed}.txt`, Buffer.from(text)));
      fuzz.push(t.wall);
      fuzzCpu.push(t.cpu);
    }
    const s = summarize(fuzz);
    const c = summarize(fuzzCpu);
    console.log(`| quote-soup fuzz: 200 inputs of 2-52 KB | all finished | p50 ${fmt(s.p50, 1)} (${fmt(c.p50, 1)}), max ${fmt(s.max, 1)} (${fmt(c.max, 1)}) | - |`);
    hostileGrowth();
    console.log(`\npeak RSS of this process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU time of each pathological input at 1x, 2x, 4x and 8x its length: linear work grows 8x. */
function hostileGrowth(): void {
  const base = 64 * 1024;
  const factors = [1, 2, 4, 8];
  console.log(`\n### Growth with length (CPU ms of analysis; linear = 8x from 64 KB to 512 KB)\n\n| input | ${factors.map((f) => `${(base * f) / 1024} KB`).join(' | ')} | 8x / 1x |\n|---|${factors.map(() => '---|').join('')}---|`);
  for (const input of SCALABLE_INPUTS) {
    const cpu = factors.map((f) => {
      const bytes = Buffer.from(input.make(base * f));
      return timeCpu(() => analyzeFile('growth.txt', bytes)).cpu;
    });
    console.log(`| ${input.what} | ${cpu.map((x) => fmt(x, 0)).join(' | ')} | ${fmt(cpu[cpu.length - 1] / cpu[0], 1)} |`);
  }
}

async function mainBench(): Promise<void> {
  if (process.argv[2] === '--child') {
    const [, , , mode, folder, cacheFile, workers] = process.argv;
    preferThroughputTiering(); // as the dossier command does
    return child(mode as 'cold' | 'warm', folder, cacheFile, Number(workers));
  }
  const workers = Number(arg('--workers') ?? 2);
  const load = (await import('os')).loadavg()[0];
  console.log(`# Dossier benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, node ${process.version}, ${workers} workers, V8 ${throughputTieringFlag() ?? 'defaults'}, load average ${load.toFixed(1)} at start`);
  if (process.argv.includes('--hostile')) return hostile();
  const corpus = arg('--corpus') ?? defaultCorpus();
  const results: Array<[string, { cold: ChildResult; warm: ChildResult }]> = [['1x', measureCorpus('1x', corpus, workers)]];
  printCorpus(`1x (${corpus})`, results[0][1]);
  if (process.argv.includes('--scale')) {
    for (const factor of [5, 20]) {
      const r = measureCorpus(`${factor}x`, ensureGenerated(corpus, factor), workers);
      results.push([`${factor}x`, r]);
      printCorpus(`${factor}x (generated)`, r);
    }
    console.log('\n## Scale summary\n\n| corpus | articles | MB | cold s to ready (CPU s) | warm s (CPU s) | cold RSS MB | warm RSS MB | at-position p99 ms | mentions p99 ms | prefix p99 ms | update p50 / max ms |\n|---|---|---|---|---|---|---|---|---|---|---|');
    for (const [label, { cold, warm }] of results) {
      const q = warm.queries!;
      console.log(`| ${label} | ${cold.articles} | ${fmt(cold.bytes / 1024 / 1024, 1)} | ${fmt(cold.ms / 1000)} (${fmt(cold.cpuMs / 1000)}) | ${fmt(warm.ms / 1000)} (${fmt(warm.cpuMs / 1000)}) | ${Math.round(cold.rssMB)} | ${Math.round(warm.rssMB)} | ${fmt(q['entity at position'].p99, 3)} | ${fmt(q['mentions of entity'].p99, 3)} | ${fmt(q['entity list by prefix'].p99, 3)} | ${fmt(warm.update!.p50, 1)} / ${fmt(warm.update!.max, 1)} |`);
    }
  }
}

mainBench().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
