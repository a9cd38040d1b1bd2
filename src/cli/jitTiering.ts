import { setFlagsFromString } from 'v8';

/**
 * Tells V8 to wait longer before optimising a function with TurboFan, in this process and its
 * worker threads. Call it before the first worker starts.
 *
 * A cold index runs our large rule functions over a few megabytes once. By default V8 optimises
 * them before their rarer branches have run, deoptimises when those branches come, and compiles
 * them again, in every worker. Waiting longer gives each function one compilation with complete
 * feedback. Measured on the BBC corpus (2 workers, bench/RESULTS.md): cold CPU 13.6 -> 8.7 s on
 * Node 20 and 11.4 -> 8.7 s on Node 22.
 *
 * On Node 20 it also sets the workers' initial heap (WORKER_HEAP_FLAGS). A short run's flags (no
 * inlining, no loop peeling, marking) are chosen apart, by the corpus's size (`tuneV8ForCorpus`).
 *
 * The flags are process-wide, so only our own processes (the CLI, the bench) call this: never the
 * VS Code extension host, which other extensions share. The flag's name changed with V8 12, and
 * an unknown flag would print an error, so versions we have not measured are left alone.
 * DOSSIER_V8_DEFAULTS=1 leaves V8 as it is (to measure the difference).
 */
export function preferThroughputTiering(): void {
  const flags = tieringFlags();
  if (flags) setFlagsFromString(flags.ours);
  if (flags && isNode20V8()) setFlagsFromString(WORKER_HEAP_FLAGS);
  tiered = !!flags;
}
let tiered = false;

function isNode20V8(): boolean {
  const [major, minor] = process.versions.v8.split('.').map(Number);
  return major === 11 && minor === 3;
}

/** Our tiering flag on this Node, and V8's default for it; none on a Node we have not measured. */
function tieringFlags(): { ours: string; v8s: string } | undefined {
  if (process.env.DOSSIER_V8_DEFAULTS === '1') return undefined;
  if (isNode20V8()) return { ours: '--interrupt-budget=400000', v8s: '--interrupt-budget=67584' };
  const major = Number(process.versions.v8.split('.')[0]);
  // Node 22, 24
  if (major === 12 || major === 13) return { ours: '--invocation-count-for-turbofan=100000', v8s: '--invocation-count-for-turbofan=3000' };
  return undefined;
}

/** The flags `preferThroughputTiering` sets on this Node, space-separated, if any (the bench prints them). */
export function throughputTieringFlag(): string | undefined {
  return tieringFlags()?.ours;
}

/**
 * Below this many articles a cold index is a short run: compiling less (no inlining in TurboFan)
 * beats faster optimised code. Measured on Node 20 and the BBC corpus: -10% CPU at 2,100 articles,
 * +19% at 10,500 and +24% at 42,000 (bench/RESULTS.md), so the line sits well below the crossover.
 * Node 22 and 24 (Maglev between the tiers) gained nothing from it.
 * Loop peeling does not pay on a short run either (TurboFan copying a loop's first iteration out of
 * the loop, which makes every compiled loop larger to compile): instructions to analyse a worker's
 * share 5,411 -> 5,253 M, to link the BBC 1,585 -> 1,528 M, the whole cold run ~17,550 -> ~17,250 M.
 */
export const SHORT_RUN_ARTICLES = 3000;

/**
 * Each worker's old generation starts at 128 MB (Node 20). Otherwise V8 sizes a new isolate's heap
 * from how much survives its first scavenges, and an analysis worker, whose gazetteer survives, soon
 * runs two or three major collections, with concurrent marking, on heaps of ~20-35 MB that are
 * mostly live. Whole cold run of the BBC: ~17,370 -> ~16,930 M instructions (64 MB: ~17,050).
 * Set with the tiering flag, whatever the corpus's size: a heap is sized when its isolate starts,
 * and a cold index starts its workers before it has counted the articles (indexFolder). A long run
 * loses nothing by it: after a worker's first major collection V8 sizes the heap from what lives,
 * as before. The main thread's heap was sized when the process started: the flag does not change it.
 */
export const WORKER_HEAP_FLAGS = '--initial-old-space-size=128';

/**
 * V8 flags for a short run, set once its articles are counted, before its workers compile anything.
 * - No TurboFan inlining or loop peeling: see SHORT_RUN_ARTICLES.
 * - Major collections mark the heap at once rather than in steps between the program's own work
 *   (incremental marking keeps its write barriers and steps running all the while), which takes
 *   tens of milliseconds at this size (the main thread's heap is ~65 MB for the BBC): ~16,930 ->
 *   ~16,590 M. Not for large corpora, whose main thread holds a heap of a gigabyte that queries
 *   must not wait on.
 * - Regular expressions compiled to machine code at their first run, not to bytecode first and
 *   again to machine code at their second (most of ours run more than once, and compiling one with
 *   \p classes builds its Unicode sets each time): an analysing isolate's load and 1,000 BBC
 *   articles, counted with a fixed GC schedule, 6,483 -> 6,420 M.
 */
export const SHORT_RUN_FLAGS = '--no-turbo-inlining --no-turbo-loop-peeling --no-incremental-marking --no-regexp-tier-up';

/**
 * Once the articles are counted (before the workers analyse): a small corpus gets SHORT_RUN_FLAGS.
 * Only after `preferThroughputTiering` set its flag in this process (our own processes on a V8 we
 * measured; not the tests or the extension host that call the CLI's code).
 */
export function tuneV8ForCorpus(articles: number): void {
  shortRun = tiered && isNode20V8() && articles < SHORT_RUN_ARTICLES;
  if (shortRun) setFlagsFromString(SHORT_RUN_FLAGS);
}
let shortRun = false;

/** V8's own values of the flags this module may set, space-separated (those it sets on this Node). */
export function v8DefaultsOfOurFlags(): string {
  return [tieringFlags()?.v8s, isNode20V8() ? SHORT_RUN_DEFAULTS : undefined].filter(Boolean).join(' ');
}
const SHORT_RUN_DEFAULTS = '--turbo-inlining --turbo-loop-peeling --incremental-marking --regexp-tier-up';

/**
 * Once the index is built, V8 as it was: a process that goes on to answer queries and edits (the
 * bench measures them, standing in for the extension host, which keeps V8's defaults) optimises
 * what it runs as that host does, and never waits on marking a whole heap at once (~60 ms for the
 * BBC's). (The workers' heap size only applies to isolates yet to start.)
 */
export function restoreV8Defaults(): void {
  if (shortRun) setFlagsFromString(SHORT_RUN_DEFAULTS);
  if (tiered) setFlagsFromString(tieringFlags()!.v8s);
}
