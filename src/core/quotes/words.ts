import { ABBREVIATIONS } from './lexicon';

// A light word splitter over narration around a quotation, with absolute offsets. Attribution
// only looks at a sentence either side of a quote, so this stays cheap and needs no parser.

export interface Word {
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Punctuation token (",", ":", "(", "—", ".") rather than a word. */
  punct: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*(?:['’](?=\s|$))?|[,;:()\u2014\u2013.!?]/gu;

/** Words and punctuation of text[start, end). */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  if (end <= start) return words;
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const t = m[0];
    const punct = !/[\p{L}\p{N}]/u.test(t[0]);
    words.push({ text: t, lower: t.toLowerCase(), start: start + m.index, end: start + m.index + t.length, punct });
  }
  return words;
}

/**
 * Offsets where narration sentences end inside text[start, end): a ".", "?" or "!" followed by
 * space and a capital or an opening mark, unless it closes an abbreviation or an initial.
 */
export function sentenceEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  const candidates = /[.?!]/g;
  candidates.lastIndex = start;
  for (let m = candidates.exec(text); m && m.index < end; m = candidates.exec(text)) {
    const i = m.index;
    let j = i + 1;
    while (j < end && CLOSING.includes(text[j])) j++;
    if (j < end && !isBlank(text.charCodeAt(j))) continue;
    while (j < end && isBlank(text.charCodeAt(j))) j++;
    if (j < end && !SENTENCE_START.test(text[j])) continue;
    if (text[i] === '.') {
      let w = i;
      while (w > start && w > i - 12 && WORD_OR_DOT.test(text[w - 1])) w--;
      const word = text.slice(w, i);
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    ends.push(i + 1);
  }
  return ends;
}

const CLOSING = '\'"’”)';
const SENTENCE_START = /[\p{Lu}\p{N}"“‘'(\[]/u;
const WORD_OR_DOT = /[\p{L}.]/u;

function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}
