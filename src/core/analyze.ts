import type { Curation } from './config/curation';
import { parseDocument } from './nlp/document';
import { findQuotes } from './quotes/quotes';
import { recognizeNames } from './recognize/names';
import type { Article, ArticleAnalysis, Span } from './types';

/** Everything learnt from one article alone: the unit of caching and of parallel work. */
export function analyzeArticle(article: Article, curation?: Curation): ArticleAnalysis {
  const doc = parseDocument(article);
  // Names on page-furniture lines ("Reading Time: 2 minutes") are not the article's.
  const names = recognizeNames(article, doc, curation).filter((n) => !insideAny(article.excluded, n));
  const quotes = findQuotes(article, doc, names).filter((q) => !insideAny(article.excluded, q));
  return { article, sentences: doc.sentences, paragraphs: doc.paragraphs, names, quotes };
}

function insideAny(spans: readonly Span[] | undefined, s: Span): boolean {
  return !!spans && spans.some((x) => s.start < x.end && s.end > x.start);
}
