import { readlinkSync } from 'fs';
import { setPriority } from 'os';
import { parentPort, receiveMessageOnPort } from 'worker_threads';
import { discoverArticles, type DiscoverOptions, type Discovery } from '../corpus/discover';
import type { ArticleAnalysis } from '../types';
import { encodeAnalysis, ownBuffer, type CompactAnalysis } from './analysisCodec';
import { analyzeFile, type AnalyzeFileOptions } from './analyzeFile';
import { contentHash } from './contentHash';

// A worker thread of the Indexer's pool (bundled to dist/worker.js). It receives file bytes,
// analyses them and posts the result back; it reads no article itself. The result goes back in its
// compact form: cloning a few typed arrays costs far less, on both threads, than ~50 objects.
// The same script, started alone, walks a large folder for indexFolder (`discoverInWorker`).

export type WorkerRequest =
  | { type: 'options'; options: AnalyzeFileOptions }
  | { type: 'job'; id: number; path: string; bytes: Uint8Array; wantHash?: boolean }
  // Walking and stat'ing a large folder, away from the thread that reads the saved index meanwhile.
  | { type: 'discover'; root: string; options: DiscoverOptions };
export type WorkerReply = { type: 'result'; id: number; compact?: CompactAnalysis; analysis?: ArticleAnalysis; skipped?: string; hash?: string };
export type DiscoverReply = { type: 'discovered'; discovery?: Discovery; error?: string };

/**
 * Nice value of an analysis worker's thread. Analysing is background work: the thread that serves
 * the editor (the extension host) or links the corpus (the CLI) goes first whenever it has work,
 * and the workers have the cores the rest of the time. At 20x the BBC a cold index then takes
 * 55.7 s instead of 59.7 s (the linking keeps up with the analyses); at 1x it is the same.
 */
const ANALYSIS_NICE = 10;

/** On Linux a thread has its own nice value; elsewhere the worker keeps the process's priority. */
function runInBackground(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (tid > 0) setPriority(tid, ANALYSIS_NICE);
  } catch {
    // no /proc (macOS, Windows) or not allowed: the default priority
  }
}

let options: AnalyzeFileOptions | undefined;
parentPort?.on('message', (message: WorkerRequest) => {
  handle(message);
  // The jobs already queued behind this one are taken here rather than each dispatched as an event
  // (Node's event dispatch is JavaScript that runs unoptimised in a short run, ~1% of a worker's time).
  for (let next = receiveMessageOnPort(parentPort!); next; next = receiveMessageOnPort(parentPort!)) handle(next.message as WorkerRequest);
});

function handle(message: WorkerRequest): void {
  if (message.type === 'options') {
    // (the pool sends options first; a worker started only to walk a folder never gets them)
    if (!options) runInBackground();
    options = message.options;
    return;
  }
  if (message.type === 'discover') {
    discoverArticles(message.root, message.options).then(
      (discovery) => parentPort!.postMessage({ type: 'discovered', discovery } satisfies DiscoverReply),
      (err) => parentPort!.postMessage({ type: 'discovered', error: (err as Error)?.message ?? String(err) } satisfies DiscoverReply),
    );
    return;
  }
  const { analysis, skipped } = analyzeFile(message.path, message.bytes, options);
  const compact = analysis ? encodeAnalysis(analysis) : undefined;
  const hash = analysis && message.wantHash ? contentHash(message.bytes) : undefined;
  const numbers = compact && ownBuffer(compact);
  parentPort!.postMessage({ type: 'result', id: message.id, skipped, hash, ...(compact ? { compact } : { analysis }) } satisfies WorkerReply, numbers ? [numbers] : []);
}
