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

/** Paragraph spans inside [start, end): every line with non-space content, trimmed. */
export function paragraphSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const to = Math.min(end, text.length);
  // Lines end at "\n", "\r", U+2028 or U+2029, each found by indexOf (a search in native code, not a JavaScript or
  // regular expression loop over every character) and looked for again only once passed. Every line break is also a
  // separator, trimmed away, so "\r\n" reads as two breaks with an empty line between, which gives no span.
  let newline = breakAt(text, '\n', start, to);
  let carriageReturn = breakAt(text, '\r', start, to);
  let lineSeparator = breakAt(text, '\u2028', start, to);
  let paragraphSeparator = breakAt(text, '\u2029', start, to);
  let lineStart = start;
  for (;;) {
    const lineEnd = Math.min(newline, carriageReturn, lineSeparator, paragraphSeparator);
    pushTrimmed(text, lineStart, lineEnd, spans);
    if (lineEnd >= to) return spans;
    lineStart = lineEnd + 1;
    if (newline === lineEnd) newline = breakAt(text, '\n', lineStart, to);
    else if (carriageReturn === lineEnd) carriageReturn = breakAt(text, '\r', lineStart, to);
    else if (lineSeparator === lineEnd) lineSeparator = breakAt(text, '\u2028', lineStart, to);
    else paragraphSeparator = breakAt(text, '\u2029', lineStart, to);
  }
}

/** Where the next line break mark starts in text[from, to), else to. */
function breakAt(text: string, mark: string, from: number, to: number): number {
  const at = text.indexOf(mark, from);
  return at < 0 || at > to ? to : at;
}

/** Appends text[from, to) less the separators at either end, unless nothing is left. */
function pushTrimmed(text: string, from: number, to: number, spans: Span[]): void {
  while (from < to && isSeparator(text.charCodeAt(from))) from++;
  while (to > from && isSeparator(text.charCodeAt(to - 1))) to--;
  if (to > from) spans.push({ start: from, end: to });
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
