import { parentPort } from 'worker_threads';
import { analyzeFile, type AnalyzeFileOptions } from './analyzeFile';

// A worker thread of the Indexer's pool (bundled to dist/worker.js). It receives file bytes,
// analyses them and posts the result back; it reads nothing itself.

export type WorkerRequest =
  | { type: 'options'; options: AnalyzeFileOptions }
  | { type: 'job'; id: number; path: string; bytes: Uint8Array };
export type WorkerReply = { type: 'result'; id: number; analysis?: import('../types').ArticleAnalysis; skipped?: string };

let options: AnalyzeFileOptions = {};
parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'options') {
    options = message.options;
    return;
  }
  const result = analyzeFile(message.path, message.bytes, options);
  parentPort!.postMessage({ type: 'result', id: message.id, ...result } satisfies WorkerReply);
});
