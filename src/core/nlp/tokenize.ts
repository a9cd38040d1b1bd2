import type { Span } from '../types';
import {
  CONTRACTION_ENDINGS,
  DOLLAR_PREFIXES,
  KEEP_HYPHEN_PREFIXES,
  KEEP_HYPHEN_SUFFIXES,
  NUMBER_UNITS,
  NUMBERED_ABBREVIATIONS,
  OPENERS_AFTER_ABBREVIATION,
  SENTENCE_FINAL_ABBREVIATIONS,
  SPLIT_WORDS,
  TITLE_ABBREVIATIONS,
  WHOLE_CONTRACTIONS,
} from './abbreviations';

// A one-pass tokenizer and sentence splitter for news English, made to give the tokens and
// sentences wink-nlp gave (words, numbers and each punctuation mark apart; "Blair" "'s";
// "do" "n't"; "U.S." and "Mr." whole) in linear time: every character is looked at a bounded
// number of times and no regular expression reads more than one character.

export interface Token extends Span {
  /** The token exactly as in the article: text.slice(start, end). */
  text: string;
  /** Index of the sentence (in ArticleDoc.sentences) holding this token. */
  sentence: number;
}

const WORD_CHAR = new RegExp(String.raw`[\p{L}\p{M}\p{N}]`, 'u');
const LETTER = new RegExp(String.raw`\p{L}`, 'u');
const UPPER = new RegExp(String.raw`\p{Lu}`, 'u');

/** Letters, marks and digits, in any script; a high surrogate is read with its pair. */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  return WORD_CHAR.test(text[i]);
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c < 0xd800 || c > 0xdfff ? LETTER.test(text[i]) : false;
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return c < 0xd800 || c > 0xdfff ? UPPER.test(text[i]) : false;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Characters between tokens: white space, line breaks, zero-width and byte-order marks, bidi and
 * other invisible controls. A zero-width space between two words separates them like a space.
 */
export function isSeparator(c: number): boolean {
  if (c <= 32) return true;
  if (c < 127) return false;
  return c === 127 || (c >= 0x80 && c <= 0xa0) || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) ||
    (c >= 0x2060 && c <= 0x206f) || c === 0x3000 || c === 0xfeff || c === 0x180e;
}

const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;
const PERIOD = 46;

function isApostrophe(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/**
 * Appends a token. (Tokens are appended by an indexed store, not push: with TurboFan's inlining off, as for a short
 * run, push is a call to a builtin that costs several times the store, once per token.)
 */
function push(text: string, start: number, end: number, out: Token[]): void {
  out[out.length] = { start, end, text: text.slice(start, end), sentence: -1 };
}

/**
 * An ASCII word that nothing after it can join or extend (no hyphen, apostrophe, full stop, digit,
 * accent, "&", "$"...): most tokens of news text. The regular expression engine finds it without
 * the character loop of `scanWord`, whose JavaScript runs slowly until V8 has optimised it, in
 * every worker of a cold index.
 */
const PLAIN_WORD = /[A-Za-z]+(?=[\s,;:!?()"\u201c\u201d]|$)/y;

/** Appends the tokens of text[start, end) (one paragraph, or any run of text) to out. */
export function tokenize(text: string, start: number, end: number, out: Token[]): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // a space, and a plain word (see PLAIN_WORD), are read here without a call: most of the text
    if (c === 32) i++;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      PLAIN_WORD.lastIndex = i;
      const e = PLAIN_WORD.test(text) ? PLAIN_WORD.lastIndex : 0;
      // not past the run of text, nor "http:" of a web address, nor "cannot", which emitWord splits
      if (e > 0 && e <= end && !(e < text.length && text.charCodeAt(e) === 58 && (c === 104 || c === 72)) && !(e - i === 6 && SPLIT_WORDS.has(text.slice(i, e)))) {
        out[out.length] = { start: i, end: e, text: text.slice(i, e), sentence: -1 }; // (see push)
        i = text.charCodeAt(e) === 32 ? e + 1 : e; // and the space after it, the commonest case, without a turn of the loop
      } else i = nextToken(text, i, end, c, out);
    } else if (c > 32 && c < 127 && !(c >= 48 && c <= 57) && (c !== PERIOD || i + 1 === end || text.charCodeAt(i + 1) !== PERIOD) && c !== 45 && c !== 43 && c !== 35 && c !== 64) {
      // ASCII punctuation that can start no longer token (not "..." "-" "+" "#" "@", see nextToken): a token of its own
      out[out.length] = { start: i, end: i + 1, text: text[i], sentence: -1 };
      i++;
    } else if (isSeparator(c)) i++;
    else i = nextToken(text, i, end, c, out);
  }
}

const URL_PREFIXES = ['http://', 'https://', 'www.'];

function urlAt(text: string, at: number, end: number): boolean {
  for (const p of URL_PREFIXES) if (end - at > p.length && text.startsWith(p, at) && !isSeparator(text.charCodeAt(at + p.length))) return true;
  return false;
}

/** Punctuation that ends a URL rather than belonging to it. */
function isUrlTrailer(c: number): boolean {
  return c === PERIOD || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 34 || c === APOSTROPHE ||
    c === 41 || c === 93 || c === 0x201d || c === RIGHT_SINGLE_QUOTE;
}

/**
 * Pushes the web address starting at text[i] (an "h" or "w"), if one does, and returns its end; else -1.
 * Apart from nextToken: an address, met late in a cold run, would deoptimise its compiled code.
 */
function pushUrl(text: string, i: number, end: number, out: Token[]): number {
  const c = text.charCodeAt(i);
  // "ht..." or "ww...": most words starting with h or w ("he", "was") are not looked at further
  if (!((c === 104 && text.charCodeAt(i + 1) === 116) || (c === 119 && text.charCodeAt(i + 1) === 119)) || !urlAt(text, i, end)) return -1;
  let e = i + 1;
  while (e < end && !isSeparator(text.charCodeAt(e))) e++;
  while (e > i + 1 && isUrlTrailer(text.charCodeAt(e - 1))) e--;
  push(text, i, e, out);
  return e;
}

/** Pushes the token(s) starting at text[i] (not a separator), whose code is c; returns where they end. */
function nextToken(text: string, i: number, end: number, c: number, out: Token[]): number {
  if (c === 104 || c === 119) {
    const e = pushUrl(text, i, end, out);
    if (e >= 0) return e;
  }
  const wordStart = markedWordStart(text, i, end, c);
  if (wordStart > i || isWordAt(text, i)) {
    const e = withTrailingMark(text, wordStart, scanWord(text, wordStart, end), end);
    emitWord(text, i, e, out);
    return e;
  }
  if (c === PERIOD || (c === 45 && i + 1 < end && text.charCodeAt(i + 1) === 45)) {
    // "...", "--": one token for the run
    let e = i + 1;
    while (e < end && text.charCodeAt(e) === c) e++;
    push(text, i, e, out);
    return e;
  }
  const e = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? i + 2 : i + 1; // an emoji or other astral symbol, whole
  push(text, i, e, out);
  return e;
}

// markedWordStart and withTrailingMark: apart from nextToken, whose compiled code their rarer
// steps (a sign, a tag, "US$"), met late in a cold run, would deoptimise.

/** Where the word starts after the sign of a number ("-5") or the mark of a tag or handle ("#tag", "@user") at text[i]: i + 1; else i. */
function markedWordStart(text: string, i: number, end: number, c: number): number {
  const signed = (c === 45 || c === 43) && i + 1 < end && isDigitCode(text.charCodeAt(i + 1)) && (i === 0 || isSeparator(text.charCodeAt(i - 1))); // -5
  const tagged = c === 35 ? i + 1 < end && isLetterAt(text, i + 1) : c === 64 && i + 1 < end && isWordAt(text, i + 1); // #tag, @user
  return signed || tagged ? i + 1 : i;
}

/** The end of the word text[wordStart, e) with the full stop ("Mr.") or dollar sign ("US$") after it that belongs to it. */
function withTrailingMark(text: string, wordStart: number, e: number, end: number): number {
  if (e < end && text.charCodeAt(e) === PERIOD && keepsPeriod(text, wordStart, e, end)) return e + 1;
  if (e < end && text.charCodeAt(e) === 36 && DOLLAR_PREFIXES.has(text.slice(wordStart, e))) return e + 1; // US$
  return e;
}

const ASCII_WORD_RUN = /[A-Za-z0-9]*/y;

/** What the last scanWord joined across, so that most words skip the splitting rules. */
let joinedHyphen = false;
let joinedApostrophe = false;

/**
 * The end of the word starting at i: letters and digits, joined across the marks that sit
 * inside words ("O'Neill", "3.5", "5,000", "10:30", "U.S", "AT&T", "a@b.com", "24/7", "well-known").
 */
function scanWord(text: string, i: number, b: number): number {
  joinedHyphen = false;
  joinedApostrophe = false;
  let j = i;
  let segmentStart = i; // start of the current part between full stops, for initialisms
  while (j < b) {
    const c = text.charCodeAt(j);
    if (c < 128 && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
      // a run of ASCII letters and digits at once, by the regular expression engine
      ASCII_WORD_RUN.lastIndex = j + 1;
      ASCII_WORD_RUN.test(text);
      j = Math.min(ASCII_WORD_RUN.lastIndex, b);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      if (!isWordAt(text, j)) break;
      j += 2;
      continue;
    }
    if (isWordAt(text, j)) {
      j++;
      continue;
    }
    if (j === i || j + 1 >= b || !isWordAt(text, j + 1) || !joinsWord(text, j, c, segmentStart)) break;
    if (c === PERIOD) segmentStart = j + 1;
    j++;
  }
  return j;
}

/**
 * Whether the mark c at text[j], between word characters, joins them into one word; notes a
 * joining hyphen or apostrophe for emitWord. Apart from scanWord's character loop: the rarer
 * marks, met late in a cold run, would deoptimise the loop's compiled code.
 */
function joinsWord(text: string, j: number, c: number, segmentStart: number): boolean {
  const prev = text.charCodeAt(j - 1);
  const next = text.charCodeAt(j + 1);
  if (isHyphen(c)) return (joinedHyphen = true);
  if (c === 95 || c === 64) return true;
  if (isApostrophe(c)) return (joinedApostrophe = (isLetterAt(text, j - 1) || isDigitCode(prev)) && isLetterAt(text, j + 1)); // O'Neill, Radio 4's
  if (c === PERIOD) {
    return (isDigitCode(prev) && isDigitCode(next)) ||
      (j - segmentStart === 1 && isLetterAt(text, j - 1) && isLetterAt(text, j + 1)) || // U.S, a.m
      (prev >= 97 && prev <= 122 && next >= 97 && next <= 122); // bbc.co.uk
  }
  if (c === 44 || c === 58 || c === 47) return isDigitCode(prev) && isDigitCode(next); // 5,000 10:30 24/7
  if (c === 38) return isUpperAt(text, j - 1) && isUpperAt(text, j + 1); // AT&T, M&S
  return false;
}

/** Whether the full stop at text[e] belongs to the word text[s, e): "Mr.", "U.S.", "J.", "No. 10". */
function keepsPeriod(text: string, s: number, e: number, limit: number): boolean {
  if (e + 1 < limit && text.charCodeAt(e + 1) === PERIOD) return false; // an ellipsis follows
  // an initial ("J. Allard"), unless a sentence opens after it ("World War I. But")
  if (e - s === 1 && isUpperAt(text, s)) return !OPENERS_AFTER_ABBREVIATION.has(nextWord(text, e + 1, limit));
  const word = text.slice(s, e);
  if (TITLE_ABBREVIATIONS.has(word) || SENTENCE_FINAL_ABBREVIATIONS.has(word)) return true;
  if (isInitialism(word)) return true;
  if (NUMBERED_ABBREVIATIONS.has(word)) {
    let k = e + 1;
    while (k < limit && isSeparator(text.charCodeAt(k))) k++;
    return k < limit && isDigitCode(text.charCodeAt(k));
  }
  return false;
}

/** The letters of the word after the spaces at text[from], for a look ahead (at most 12 characters). */
function nextWord(text: string, from: number, limit: number): string {
  let k = from;
  while (k < limit && isSeparator(text.charCodeAt(k))) k++;
  let e = k;
  while (e < limit && e - k < 12 && isLetterAt(text, e)) e++;
  return text.slice(k, e);
}

/** "U.S", "a.m", "U.S.A": single letters joined by full stops. */
function isInitialism(word: string): boolean {
  if (word.length < 3) return false;
  for (let k = 1; k < word.length; k += 2) if (word.charCodeAt(k) !== PERIOD) return false;
  return word.length % 2 === 1;
}

/** Pushes a word, split where wink-nlp splits it: contractions, hyphenated compounds, number units. */
function emitWord(text: string, s: number, e: number, out: Token[]): void {
  if (!joinedHyphen && !joinedApostrophe) {
    if (e - s === 6 && SPLIT_WORDS.has(text.slice(s, e))) {
      const cut = s + SPLIT_WORDS.get(text.slice(s, e))!;
      push(text, s, cut, out);
      return push(text, cut, e, out);
    }
    return emitNumber(text, s, e, out);
  }
  const cut = joinedApostrophe && !(e - s === 3 && WHOLE_CONTRACTIONS.has(text.slice(s, e))) ? contractionCut(text, s, e) : -1;
  if (cut > s) {
    emitCompound(text, s, cut, out);
    push(text, cut, e, out);
  } else emitCompound(text, s, e, out);
}

/** Where a contraction or possessive ending starts ("Blair|'s", "do|n't", "we|'ll"), or -1. */
function contractionCut(text: string, s: number, e: number): number {
  const n = e - s;
  if (n >= 4 && isApostrophe(text.charCodeAt(e - 2)) && (text.charCodeAt(e - 1) | 32) === 116 && (text.charCodeAt(e - 3) | 32) === 110 &&
    isLetterAt(text, e - 4)) return e - 3; // n't
  for (let k = e - 2; k > s && k >= e - 3; k--) {
    if (!isApostrophe(text.charCodeAt(k))) continue;
    if (!isLetterAt(text, k - 1) && !isDigitCode(text.charCodeAt(k - 1))) return -1;
    const ending = text.slice(k + 1, e).toLowerCase();
    return CONTRACTION_ENDINGS.includes(ending) ? k : -1;
  }
  return -1;
}

/** Pushes "well" "-" "known" apart, or "ex-wife", "3-0", "Covid-19" whole. */
function emitCompound(text: string, s: number, e: number, out: Token[]): void {
  let firstHyphen = -1;
  let lastHyphen = -1;
  let hasDigit = false;
  let hasLetterPart = false;
  let partHasDigit = false;
  let partStart = s;
  for (let k = s; k <= e; k++) {
    const c = k < e ? text.charCodeAt(k) : 45;
    if (k < e && !isHyphen(c)) {
      if (isDigitCode(c)) partHasDigit = true;
      continue;
    }
    if (k < e) {
      if (firstHyphen < 0) firstHyphen = k;
      lastHyphen = k;
    }
    if (partHasDigit) hasDigit = true;
    else if (k > partStart) hasLetterPart = true;
    partHasDigit = false;
    partStart = k + 1;
  }
  if (firstHyphen < 0) return emitNumber(text, s, e, out);
  const numberFirst = isDigitCode(text.charCodeAt(s));
  // "20-year-old" splits, "3-0" and "Covid-19" stay whole, as in wink-nlp
  let whole = hasDigit && !(numberFirst && hasLetterPart);
  if (!hasDigit) {
    whole = KEEP_HYPHEN_PREFIXES.has(text.slice(s, firstHyphen).toLowerCase()) ||
      KEEP_HYPHEN_SUFFIXES.has(text.slice(lastHyphen + 1, e).toLowerCase());
  }
  if (whole) return push(text, s, e, out);
  let from = s;
  for (let k = s; k < e; k++) {
    if (!isHyphen(text.charCodeAt(k))) continue;
    if (k > from) emitNumber(text, from, k, out);
    push(text, k, k + 1, out);
    from = k + 1;
  }
  if (e > from) emitNumber(text, from, e, out);
}

/** Pushes "20" "m" and "4.2" "bn" apart; "1990s", "3rd", "5pm" whole. */
function emitNumber(text: string, s: number, e: number, out: Token[]): void {
  const first = text.charCodeAt(s);
  if (isDigitCode(first) || ((first === 45 || first === 43) && e - s > 1)) {
    let k = s + 1;
    while (k < e) {
      const c = text.charCodeAt(k);
      if (isDigitCode(c) || ((c === PERIOD || c === 44) && k + 1 < e && isDigitCode(text.charCodeAt(k + 1)))) k++;
      else break;
    }
    if (k < e && k > s && NUMBER_UNITS.has(text.slice(k, e))) {
      push(text, s, k, out);
      push(text, k, e, out);
      return;
    }
  }
  push(text, s, e, out);
}

/** ".", "!" or "?": the tokenizer makes each its own token. */
function isTerminal(value: string): boolean {
  if (value.length !== 1) return false;
  const c = value.charCodeAt(0);
  return c === PERIOD || c === 33 || c === 63;
}

function startsLowercase(value: string): boolean {
  const c = value.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** A closing quote or bracket that belongs to the sentence it follows. */
function closes(token: Token, previous: Token): boolean {
  const v = token.text;
  if (v.length !== 1) return false;
  const c = v.charCodeAt(0);
  if (c === 0x201d || c === RIGHT_SINGLE_QUOTE || c === 41 || c === 93 || c === 0xbb) return true;
  return (c === 34 || c === APOSTROPHE) && token.start === previous.end;
}

/** Whether a token with its full stop ("U.S.", "Jan.", "etc.") ends the sentence before next. */
function abbreviationEnds(token: Token, next: Token): boolean {
  const v = token.text;
  if (v.length < 2 || v.charCodeAt(v.length - 1) !== PERIOD || v.charCodeAt(0) === PERIOD) return false;
  const word = v.slice(0, -1);
  if (!SENTENCE_FINAL_ABBREVIATIONS.has(word) && !isInitialism(word)) return false;
  return OPENERS_AFTER_ABBREVIATION.has(next.text);
}

/**
 * The last token of the sentence that the terminal token at t ends (any more terminals and the
 * closing quotes or brackets after them), or -1 where a quoted question or exclamation runs on.
 * Apart from splitSentences' token loop: its steps met only late in a cold run (a run of
 * terminals, a closing quote) would deoptimise the loop's compiled code.
 */
function terminalSentenceEnd(tokens: Token[], t: number, end: number): number {
  let terminal = t;
  while (terminal + 1 < end && isTerminal(tokens[terminal + 1].text)) terminal++;
  let last = terminal;
  while (last + 1 < end && closes(tokens[last + 1], tokens[last])) last++;
  // '"Is it over?" he asked': a quoted question or exclamation goes on with a lowercase word
  if (last > terminal && last + 1 < end && tokens[terminal].text !== '.' && startsLowercase(tokens[last + 1].text)) return -1;
  return last;
}

/**
 * Splits tokens[first, end) (one paragraph's) into sentences: after ".", "!" or "?" and any
 * closing quotes or brackets after them (not when a quoted "?" or "!" runs on: '"Why?" he
 * asked'), and after an abbreviation that ends a sentence.
 * Appends each sentence's span and token range, and numbers its tokens.
 */
export function splitSentences(tokens: Token[], first: number, end: number, sentences: Span[], sentenceTokens: Array<{ first: number; end: number }>): void {
  let from = first;
  let t = first;
  while (t < end) {
    // only a token ending in ".", "!" or "?" can end a sentence before the paragraph's last
    const v = tokens[t].text;
    const tail = v.charCodeAt(v.length - 1);
    if (tail !== PERIOD && tail !== 33 && tail !== 63 && t !== end - 1) {
      t++;
      continue;
    }
    let last = -1;
    if (t === end - 1 || abbreviationEnds(tokens[t], tokens[t + 1])) last = t;
    else if (isTerminal(v)) last = terminalSentenceEnd(tokens, t, end);
    if (last < 0) {
      t++;
      continue;
    }
    const index = sentences.length;
    sentences.push({ start: tokens[from].start, end: tokens[last].end });
    sentenceTokens.push({ first: from, end: last + 1 });
    for (let k = from; k <= last; k++) tokens[k].sentence = index;
    from = t = last + 1;
  }
}
