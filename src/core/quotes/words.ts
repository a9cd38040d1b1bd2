import { isAsciiLetter, isAsciiLetterOrDigit } from '../nlp/chars';
import { ABBREVIATIONS } from './lexicon';

// A light word splitter over narration around a quotation, with absolute offsets. Attribution
// only looks at a sentence either side of a quote, so this stays cheap and needs no parser.

// Letter tests shared by the quotation code, one expression object each, made from strings (see
// nlp/chars.ts): compiling an expression with \p classes costs a cold isolate far more than running it.
export const LOWER_WORD = new RegExp(String.raw`^\p{Ll}+$`, 'u');
export const CAPITALISED_WORD = new RegExp(String.raw`^\p{Lu}\p{Ll}+$`, 'u');
export const SINGLE_CAPITAL = new RegExp(String.raw`^\p{Lu}$`, 'u');
export const LETTER_OR_DIGIT = new RegExp(String.raw`[\p{L}\p{N}]`, 'u');
/** "800m", "record": digits, then lower-case letters. */
export const NUMBER_THEN_LOWER_WORD = new RegExp(String.raw`^\p{N}*\p{Ll}+$`, 'u');
/** Quoted words that open as a sentence would: a capital, "[" or an ellipsis. */
export const OPENS_CAPITALISED = new RegExp(String.raw`^[\p{Lu}\[\u2026]`, 'u');

// The tests the rules ask most, by character codes while the characters are ASCII (the expression decides as soon as
// one is not): an expression with \p classes is compiled twice more when first run and when run again, which costs a
// cold isolate more than the character tests of all its calls. ("" has NaN for its first code: no test holds.)

/** Whether text[from..] is all small ASCII letters; `expression` answers for the whole text at the first character beyond ASCII. */
function lowerFrom(text: string, from: number, expression: RegExp): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return expression.test(text);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** `LOWER_WORD.test(text)`. */
export function isLowerWord(text: string): boolean {
  return text.length > 0 && lowerFrom(text, 0, LOWER_WORD);
}

/** `CAPITALISED_WORD.test(text)`. */
export function isCapitalisedWord(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 127) return CAPITALISED_WORD.test(text);
  return first >= 65 && first <= 90 && text.length >= 2 && lowerFrom(text, 1, CAPITALISED_WORD);
}

/** `SINGLE_CAPITAL.test(text)`. */
export function isSingleCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c > 127) return SINGLE_CAPITAL.test(text);
  return text.length === 1 && c >= 65 && c <= 90;
}

/** `NUMBER_THEN_LOWER_WORD.test(text)`. */
export function isNumberThenLowerWord(text: string): boolean {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return NUMBER_THEN_LOWER_WORD.test(text);
    if (c < 48 || c > 57) break;
  }
  return i < text.length && lowerFrom(text, i, NUMBER_THEN_LOWER_WORD);
}

/** `OPENS_CAPITALISED.test(text.slice(start, Math.min(start + 2, end)))`: whether the words from `start` open capitalised. */
export function opensCapitalised(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  if (c > 127) return OPENS_CAPITALISED.test(text.slice(start, Math.min(start + 2, end)));
  return (c >= 65 && c <= 90) || c === 91;
}

/**
 * An expression with \p classes that runs only now and then, and its ASCII twin (each class spelt as its ASCII range:
 * `\p{L}` as `A-Za-z`, `\p{Lu}` as `A-Z`, `\p{Ll}` as `a-z`, `\p{N}` as `0-9`), which answers alike for ASCII text
 * and costs a cold isolate next to nothing to compile. The expression itself is made, and compiled, only for other
 * text: given as a source string (write it with String.raw), not a literal, which V8 would parse when it compiles the
 * script and again when the literal is evaluated, building every \p class's Unicode set each time.
 */
export class LetterPattern {
  private readonly ascii: RegExp;
  private expression: RegExp | undefined;

  constructor(private readonly source: string, private readonly flags: string) {
    this.ascii = new RegExp(asciiTwin(source), flags);
  }

  /** The expression to run on `text` (for `exec`, or a global expression's loop). */
  for(text: string): RegExp {
    return isAscii(text) ? this.ascii : (this.expression ??= new RegExp(this.source, this.flags));
  }

  test(text: string): boolean {
    return this.for(text).test(text);
  }
}

const ASCII_RANGES = new Map([['L', 'A-Za-z'], ['Lu', 'A-Z'], ['Ll', 'a-z'], ['N', '0-9']]);

function asciiTwin(source: string): string {
  let twin = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\' && source[i + 1] === 'p') {
      const close = source.indexOf('}', i);
      const range = ASCII_RANGES.get(source.slice(i + 3, close));
      if (range === undefined) throw new Error(`no ASCII range for ${source.slice(i, close + 1)}`);
      twin += inClass ? range : `[${range}]`;
      i = close;
    } else if (ch === '\\') {
      twin += source.slice(i, i + 2);
      i++;
    } else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      twin += ch;
    }
  }
  return twin;
}

/** Lower-case letters ending in `suffix` after at least one more: `/^\p{Ll}+ed$/u` for "ed", with no expression of its own. */
export function isLowerWordEnding(text: string, suffix: string): boolean {
  return text.length > suffix.length && text.endsWith(suffix) && isLowerWord(text);
}

/** A capital, lower-case letters, then `suffix`: `/^\p{Lu}\p{Ll}+ing$/u` for "ing", with no expression of its own. */
export function isCapitalisedWordEnding(text: string, suffix: string): boolean {
  return text.endsWith(suffix) && isCapitalisedWord(text.slice(0, text.length - suffix.length));
}

export interface Word {
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Punctuation token (",", ":", "(", "—", ".") rather than a word. */
  punct: boolean;
}

/**
 * A word (letters and digits, with joiners inside and a closing apostrophe) or a punctuation mark:
 * the same tokens as the loop in `wordsInByCodeUnit`, found by the regular-expression engine,
 * which is much faster. It reads code points, so text with surrogates goes through the loop.
 */
const TOKEN = new RegExp(String.raw`[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*(?:['’](?=\s|$))?|[,;:()\u2014\u2013.!?]`, 'gu');
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Words and punctuation of text[start, end), appended to `words` when given. With `stop`, splitting ends after
 * the first word for which `stop(word, its index in words)` holds: for callers that read no further.
 */
export function wordsIn(text: string, start: number, end: number, words: Word[] = [], stop?: (w: Word, n: number) => boolean): Word[] {
  start = Math.max(0, start);
  end = Math.min(end, text.length);
  if (start >= end) return words;
  const slice = text.slice(start, end);
  if (SURROGATE.test(slice)) return wordsInByCodeUnit(text, start, end, words, stop);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const t = m[0];
    const at = start + m.index;
    // A token is a word when it starts with a letter or digit, else one of the punctuation marks.
    const c = t.charCodeAt(0);
    const punct = c < 65 ? c < 48 || c > 57 : c === 0x2014 || c === 0x2013;
    const w: Word = { text: t, lower: punct ? t : t.toLowerCase(), start: at, end: at + t.length, punct };
    // (An indexed store: with TurboFan's inlining off, `push` is a builtin call per word.)
    const n = words.length;
    words[n] = w;
    if (stop !== undefined && stop(w, n)) break;
  }
  return words;
}

function wordsInByCodeUnit(text: string, start: number, end: number, words: Word[], stop?: (w: Word, n: number) => boolean): Word[] {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWordCode(text, i, c)) {
      let j = i + 1;
      for (;;) {
        while (j < end && isWordCode(text, j, text.charCodeAt(j))) j++;
        // Joiners inside a word: "Britain's", "U.S", "co-operate", "AT&T".
        const joiner = text.charCodeAt(j);
        if (j + 1 < end && (joiner === 39 || joiner === 0x2019 || joiner === 46 || joiner === 38 || joiner === 45) && isWordCode(text, j + 1, text.charCodeAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
      // A closing apostrophe of a plural possessive: "players' union".
      if (j < end && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 0x2019) && (j + 1 >= end || isRegExpSpace(text.charCodeAt(j + 1)))) j++;
      const t = text.slice(i, j);
      words.push({ text: t, lower: t.toLowerCase(), start: i, end: j, punct: false });
      if (stop !== undefined && stop(words[words.length - 1], words.length - 1)) break;
      i = j;
      continue;
    }
    if (isPunctuation(c)) {
      const p = text[i];
      words.push({ text: p, lower: p, start: i, end: i + 1, punct: true });
      if (stop !== undefined && stop(words[words.length - 1], words.length - 1)) break;
    }
    i++;
  }
  return words;
}

/** , ; : ( ) — – . ! ? */
function isPunctuation(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013 || c === 46 || c === 33 || c === 63;
}

/** Exactly the characters `\s` matches in a JavaScript regular expression (and `trim` removes). */
export function isRegExpSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Index of the first character of text[start, end) that is no space (as `trim` sees it), or `end`. */
export function skipSpaceForward(text: string, start: number, end: number): number {
  while (start < end && isRegExpSpace(text.charCodeAt(start))) start++;
  return start;
}

/** Index of the last character of text[start, end) that is no space, or `start - 1`. */
export function skipSpaceBack(text: string, start: number, end: number): number {
  let j = end - 1;
  while (j >= start && isRegExpSpace(text.charCodeAt(j))) j--;
  return j;
}

/** text[start, end), trailing space aside, ends in ".", "?" or "!": `/[.?!]\s*$/` with no slice to test. */
export function endsWithStop(text: string, start: number, end: number): boolean {
  const j = skipSpaceBack(text, start, end);
  if (j < start) return false;
  const c = text.charCodeAt(j);
  return c === 46 || c === 63 || c === 33;
}

/** `LETTER_OR_DIGIT.test(text[at])` (false outside the text), by character code for ASCII. */
export function isLetterOrDigitAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  return c < 128 ? isAsciiLetterOrDigit(c) : LETTER_OR_DIGIT.test(text[at]);
}

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

function isWordCode(text: string, at: number, c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Common marks of news text that are never letters: curly quotes, dashes, spaces, ellipsis.
  if (c >= 0x2000 && c <= 0x206f) return false;
  return LETTER_OR_DIGIT.test(text[at]);
}

/**
 * Offsets where narration sentences end inside text[start, end): a ".", "?" or "!" followed by
 * space and a capital or an opening mark, unless it closes an abbreviation or an initial.
 * They are appended to `ends` when given.
 */
export function sentenceEnds(text: string, start: number, end: number, ends: number[] = []): number[] {
  const stops = /[.?!]/g;
  stops.lastIndex = start;
  // (`test`, not `exec`: the stop's offset is lastIndex - 1, and no match array is made.)
  while (stops.test(text) && stops.lastIndex <= end) {
    const i = stops.lastIndex - 1;
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < end && isClosing(text.charCodeAt(j))) j++;
    if (j < end && !isBlank(text.charCodeAt(j))) continue;
    while (j < end && isBlank(text.charCodeAt(j))) j++;
    if (j < end && !startsSentence(text, j)) continue;
    if (c === 46) {
      let w = i;
      while (w > start && w > i - 12 && isLetterOrDot(text.charCodeAt(w - 1))) w--;
      const word = text.slice(w, i);
      if (ABBREVIATIONS.has(word) || isInitials(word)) continue;
    }
    ends.push(i + 1);
  }
  return ends;
}

/** ' " ’ ” ) */
function isClosing(c: number): boolean {
  return c === 39 || c === 34 || c === 0x2019 || c === 0x201d || c === 41;
}

/** "J.", "U.S": `SINGLE_CAPITAL.test(word) || INITIALS.test(word)`, by character codes while they decide. */
function isInitials(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first > 127) return SINGLE_CAPITAL.test(word) || INITIALS.test(word);
  if (word.length === 1) return isSingleCapital(word);
  // After a first letter of one code unit, initials go on with a dot.
  if (word.charCodeAt(1) !== 46) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 127) return INITIALS.test(word);
  if (word.length % 2 === 0) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (k % 2 === 0 ? !isAsciiLetter(c) : c !== 46) return false;
  }
  return true;
}

/** Letters, each but the last followed by a dot. */
const INITIALS = new RegExp(String.raw`^(?:\p{L}\.)+\p{L}$`, 'u');

const UPPER_OR_OPENING_QUOTE = new RegExp(String.raw`[\p{Lu}“‘]`, 'u');

function startsSentence(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91) return true;
  if (c < 128) return false;
  return UPPER_OR_OPENING_QUOTE.test(text[at]);
}

function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || (c > 127 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f));
}

function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}
