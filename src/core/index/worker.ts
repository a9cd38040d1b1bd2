import { parentPort } from 'worker_threads';
import type { ArticleAnalysis } from '../types';
import { encodeAnalysis, type CompactAnalysis } from './analysisCodec';
import { analyzeFile, type AnalyzeFileOptions } from './analyzeFile';

// A worker thread of the Indexer's pool (bundled to dist/worker.js). It receives file bytes,
// analyses them and posts the result back; it reads nothing itself. The result goes back in its
// compact form: cloning a few typed arrays costs far less, on both threads, than ~50 objects.

export type WorkerRequest =
  | { type: 'options'; options: AnalyzeFileOptions }
  | { type: 'job'; id: number; path: string; bytes: Uint8Array };
export type WorkerReply = { type: 'result'; id: number; compact?: CompactAnalysis; analysis?: ArticleAnalysis; skipped?: string };

let options: AnalyzeFileOptions = {};
parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'options') {
    options = message.options;
    return;
  }
  const { analysis, skipped } = analyzeFile(message.path, message.bytes, options);
  const compact = analysis ? encodeAnalysis(analysis) : undefined;
  parentPort!.postMessage({ type: 'result', id: message.id, skipped, ...(compact ? { compact } : { analysis }) } satisfies WorkerReply);
});
