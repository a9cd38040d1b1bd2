import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Span } from '../types';
import { bodyParagraphs, type ArticleDoc, type Token } from './document';
import { isSeparator as isSpace } from './tokenize';

// wink-nlp's tokens and sentences as an ArticleDoc: the oracle our tokenizer is measured against
// (bench/tokenizer-agreement.ts, test/unit/tokenize.test.ts). Not part of the product: nothing in
// src imports it, so the bundles carry neither wink-nlp nor its model (wink is a devDependency).
// Offsets are recomputed by scanning the text, because wink reports only the count of preceding spaces.

type WinkNLP = ReturnType<typeof winkNLP>;
let nlpInstance: WinkNLP | undefined;

/** One wink instance per process, made on first use (loading the model takes ~100 ms). */
function nlp(): WinkNLP {
  // Only sentence breaking: the rules read no parts of speech, and POS tagging was ~40% of wink's time;
  // negation, sentiment and wink's NER are unused too.
  nlpInstance ??= winkNLP(model, ['sbd']);
  return nlpInstance;
}

const LETTER = new RegExp(String.raw`\p{L}`, 'u');

/** "Blair's", "Poor’s": a word of letters with a possessive ending (not "'s" alone). */
function isPossessive(value: string): boolean {
  const n = value.length;
  if (n < 3) return false;
  const s = value.charCodeAt(n - 1);
  const q = value.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019) && LETTER.test(value[n - 3]);
}

function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (!isSpace(value.charCodeAt(i))) return false;
  return true;
}

/** Characters wink may drop between two tokens (control characters it reads as space). */
const MAX_TOKEN_GAP = 16;

/**
 * Where a wink token starts: at the cursor, or a few dropped characters after it. A search of
 * the rest of the text would jump over tokens and, repeated, cost quadratic time.
 */
function locate(text: string, value: string, cursor: number, end: number): number {
  if (text.startsWith(value, cursor)) return cursor;
  const window = text.slice(cursor, Math.min(end, cursor + MAX_TOKEN_GAP + value.length));
  const at = window.indexOf(value);
  return at < 0 ? -1 : cursor + at;
}

export function parseDocumentWithWink(article: Article): ArticleDoc {
  const text = article.text;
  const { bodyStart, bodyEnd, paragraphs } = bodyParagraphs(article);
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  const sentenceTokens: Array<{ first: number; end: number }> = [];
  if (paragraphs.length === 0) return { tokens, sentences, paragraphs, sentenceTokens };

  const { its } = nlp();
  const doc = nlp().readDoc(text.slice(bodyStart, bodyEnd));
  const values = doc.tokens().out(its.value) as string[];

  // Map each wink token to its offsets; whitespace tokens are dropped (index -1).
  const winkToOurs: number[] = new Array(values.length).fill(-1);
  let cursor = bodyStart;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    while (cursor < bodyEnd && isSpace(text.charCodeAt(cursor))) cursor++;
    if (value.trim() === '' || isBlank(value)) continue; // zero-width spaces too: wink makes tokens of them
    const at = locate(text, value, cursor, bodyEnd);
    if (at < 0) continue; // wink altered or invented the token: skip it, keep the cursor
    winkToOurs[i] = tokens.length;
    if (isPossessive(value)) {
      // wink splits "Blair's" into "Blair" "'s" until it has seen the whole word once; then it
      // keeps it whole. Splitting here makes the tokens the same whatever was read before.
      const cut = at + value.length - 2;
      tokens.push({ start: at, end: cut, text: value.slice(0, -2), sentence: -1 });
      tokens.push({ start: cut, end: at + value.length, text: value.slice(-2), sentence: -1 });
    } else tokens.push({ start: at, end: at + value.length, text: value, sentence: -1 });
    cursor = at + value.length;
  }

  // wink's sentences, cut again at paragraph breaks (wink sometimes runs across a line break).
  const winkSentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  let paragraph = 0;
  const close = (first: number, end: number) => {
    if (end <= first) return;
    const index = sentences.length;
    sentences.push({ start: tokens[first].start, end: tokens[end - 1].end });
    sentenceTokens.push({ first, end });
    for (let t = first; t < end; t++) tokens[t].sentence = index;
  };
  for (const [from, to] of winkSentences) {
    let first = -1;
    for (let w = from; w <= to; w++) {
      const t = winkToOurs[w];
      if (t < 0) continue;
      while (paragraph < paragraphs.length - 1 && tokens[t].start >= paragraphs[paragraph].end) paragraph++;
      if (first >= 0 && tokens[t - 1].end <= paragraphs[paragraph].start) {
        close(first, t);
        first = t;
      }
      if (first < 0) first = t;
    }
    if (first >= 0) {
      // the last of our tokens inside this wink sentence
      let last = -1;
      for (let w = to; w >= from && last < 0; w--) last = winkToOurs[w];
      // a split possessive ("Blair" "'s") is two of ours for one of wink's
      while (last + 1 < tokens.length && tokens[last + 1].start === tokens[last].end && isPossessive('a' + tokens[last + 1].text) && tokens[last + 1].sentence < 0) last++;
      close(first, last + 1);
    }
  }
  // A token wink left outside every sentence (not seen so far) joins the sentence before it.
  for (let t = 0; t < tokens.length; t++) if (tokens[t].sentence < 0) tokens[t].sentence = t > 0 ? tokens[t - 1].sentence : 0;
  return { tokens, sentences, paragraphs, sentenceTokens };
}
