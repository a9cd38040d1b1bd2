import { analyzeArticle } from '../analyze';
import type { Curation } from '../config/curation';
import { loadArticle } from '../corpus/load';
import type { ArticleAnalysis } from '../types';

export interface AnalyzeFileOptions {
  curation?: Curation;
  maxBytes?: number;
}

/** Bytes of one file to its analysis, or the reason it was skipped. Never throws. */
export function analyzeFile(path: string, bytes: Uint8Array, options: AnalyzeFileOptions = {}): { analysis?: ArticleAnalysis; skipped?: string } {
  const loaded = loadArticle(path, bytes, options);
  if (!loaded.article) return { skipped: loaded.skipped ?? 'not an article' };
  try {
    return { analysis: analyzeArticle(loaded.article, options.curation) };
  } catch (err) {
    return { skipped: `analysis failed: ${(err as Error)?.message ?? String(err)}` };
  }
}
