import type { Curation } from '../config/curation';
import { loadArticle } from '../corpus/load';
import type { ArticleAnalysis } from '../types';

export interface AnalyzeFileOptions {
  curation?: Curation;
  maxBytes?: number;
}

type AnalyzeArticle = typeof import('../analyze').analyzeArticle;
let analyzeArticle: AnalyzeArticle | undefined;

/**
 * The analysis stack (language model, gazetteers) is loaded on first use, not at start-up:
 * a warm start from the saved index never needs it, and loading it costs ~250 ms.
 */
function analyzer(): AnalyzeArticle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  analyzeArticle ??= (require('../analyze') as typeof import('../analyze')).analyzeArticle;
  return analyzeArticle;
}

/** Bytes of one file to its analysis, or the reason it was skipped. Never throws. */
export function analyzeFile(path: string, bytes: Uint8Array, options: AnalyzeFileOptions = {}): { analysis?: ArticleAnalysis; skipped?: string } {
  const loaded = loadArticle(path, bytes, options);
  if (!loaded.article) return { skipped: loaded.skipped ?? 'not an article' };
  try {
    return { analysis: analyzer()(loaded.article, options.curation) };
  } catch (err) {
    return { skipped: `analysis failed: ${(err as Error)?.message ?? String(err)}` };
  }
}
