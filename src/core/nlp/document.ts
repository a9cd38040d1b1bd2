import type { Article, Span } from '../types';
import { isSeparator, splitSentences, tokenize, type Token } from './tokenize';

// Tokens, sentences and paragraphs of an article's body, with exact offsets into article.text.
// Our own tokenizer (tokenize.ts) does the work in one linear pass; wink-nlp, which it replaced,
// is kept as the oracle it is measured against (winkOracle.ts, bench/tokenizer-agreement.ts).

export type { Token };

export interface ArticleDoc {
  /** Body tokens in text order; whitespace and line breaks are not tokens. */
  tokens: Token[];
  /** Sentences in text order; a sentence never crosses a paragraph break. */
  sentences: Span[];
  /** Non-empty lines (or blocks between line breaks) of the body, trimmed. */
  paragraphs: Span[];
  /** For each sentence, the index of its first token and one past its last. */
  sentenceTokens: Array<{ first: number; end: number }>;
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

/** Paragraph spans inside [start, end): every line with non-space content, trimmed. */
export function paragraphSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const region = text.slice(start, end);
  let lineStart = 0;
  const push = (from: number, to: number) => {
    while (from < to && isSeparator(region.charCodeAt(from))) from++;
    while (to > from && isSeparator(region.charCodeAt(to - 1))) to--;
    if (to > from) spans.push({ start: start + from, end: start + to });
  };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(region); m; m = LINE_BREAK.exec(region)) {
    push(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  push(lineStart, region.length);
  return spans;
}

/** The article's body, clamped to its text, and the body's paragraphs. */
export function bodyParagraphs(article: Article): { bodyStart: number; bodyEnd: number; paragraphs: Span[] } {
  const text = article.text;
  const bodyStart = Math.max(0, Math.min(article.body.start, text.length));
  const bodyEnd = Math.max(bodyStart, Math.min(article.body.end, text.length));
  return { bodyStart, bodyEnd, paragraphs: paragraphSpans(text, bodyStart, bodyEnd) };
}

export function parseDocument(article: Article): ArticleDoc {
  const text = article.text;
  const { paragraphs } = bodyParagraphs(article);
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  const sentenceTokens: Array<{ first: number; end: number }> = [];
  for (const p of paragraphs) {
    const first = tokens.length;
    tokenize(text, p.start, p.end, tokens);
    splitSentences(tokens, first, tokens.length, sentences, sentenceTokens);
  }
  return { tokens, sentences, paragraphs, sentenceTokens };
}
