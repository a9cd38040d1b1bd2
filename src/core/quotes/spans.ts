import type { Span } from '../types';
import { isAsciiLetter } from '../nlp/chars';
import { isLetterOrDigitAt, LetterPattern } from './words';

// Finding quotation spans in raw text, before any attribution.
//
// Marks are paired by their context, not by alternation: a mark after a space (or the start
// of a paragraph) and before a letter opens; a mark after a letter or punctuation and before
// a space or punctuation closes. Curly marks say which way they face, but context wins when
// it is unambiguous (texts that use ” both ways, „…“, »…«). Everything is one pass over the
// text plus a bounded look-ahead for single quotes, so garbage input stays linear.

export type QuoteFamily = 'double' | 'single';

/**
 * A quotation as found in the text. `start`/`end` cover the quotation including its marks;
 * `innerStart`/`innerEnd` cover the words between the first opener and the last closer.
 * An unclosed quotation ends at the end of its last paragraph (trailing space excluded).
 */
export interface QuoteSpan extends Span {
  innerStart: number;
  innerEnd: number;
  family: QuoteFamily;
  /** False when the closing mark is missing and the quote was ended at a paragraph end. */
  closed: boolean;
  /** Where a quote mark reopened the quotation after a paragraph break (lost or real). */
  reopenings: number[];
}

const enum Role {
  None,
  Open,
  Close,
  Either,
}

const DOUBLE_MARKS = '"“”„‟«»';
const SINGLE_MARKS = "'‘’‚‛‹›";
/** Characters after which a mark can open: it then starts a word-group. */
const OPEN_BEFORE = '([{—–-/\u2026';
/** Characters a closing mark can be followed by, besides space and the end. */
const CLOSE_AFTER = '.,;:!?)]}—–-/\u2026';
/** Longest single-quoted quotation looked for; single marks are mostly apostrophes. */
const MAX_SINGLE_QUOTE = 400;

function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000;
}

/**
 * Jumps from one quote mark to the next. The last answer is remembered, so asking again from
 * anywhere before it costs nothing and paragraphs without marks are never rescanned.
 */
class MarkScanner {
  private from = -1;
  private found = -1;
  constructor(private readonly text: string, private readonly marks: RegExp) {}

  /** Index of the next mark in text[from, end), or -1. */
  next(from: number, end: number): number {
    if (this.from < 0 || from < this.from || from > (this.found < 0 ? this.text.length : this.found)) {
      this.marks.lastIndex = from;
      // (A mark is one character: it stands right before lastIndex, with no match array made.)
      this.from = from;
      this.found = this.marks.test(this.text) ? this.marks.lastIndex - 1 : -1;
    }
    return this.found >= 0 && this.found < end ? this.found : -1;
  }
}

function isQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && (DOUBLE_MARKS.includes(ch) || SINGLE_MARKS.includes(ch));
}

/** A mark in opening position: after a space, the start, or an opening bracket/dash/mark; before a non-space. */
function opensHere(prev: string | undefined, next: string | undefined): boolean {
  if (next === undefined || isSpace(next)) return false;
  return prev === undefined || isSpace(prev) || OPEN_BEFORE.includes(prev) || isQuoteMark(prev);
}

/** A mark in closing position: after a non-space, before a space, the end, or punctuation/another mark. */
function closesHere(prev: string | undefined, next: string | undefined): boolean {
  if (prev === undefined || isSpace(prev)) return false;
  return next === undefined || isSpace(next) || CLOSE_AFTER.includes(next) || isQuoteMark(next);
}

function doubleRole(ch: string, prev: string | undefined, next: string | undefined): Role {
  const opens = opensHere(prev, next);
  const closes = closesHere(prev, next);
  if (opens && !closes) return Role.Open;
  if (closes && !opens) return Role.Close;
  // Context is ambiguous ("a"b", " " "): curly glyphs say which way they face.
  if (ch === '“' || ch === '„' || ch === '«' || ch === '‟') return Role.Open;
  if (ch === '”' || ch === '»') return Role.Close;
  if (isSpace(prev) && isSpace(next)) return Role.None; // a lone mark between spaces
  return Role.Either;
}

/** The previous non-space character before `at` ends a sentence (or introduces speech). */
function sentenceEndsBefore(text: string, at: number, floor: number): boolean {
  let i = at - 1;
  const lowest = Math.max(floor, at - 8);
  while (i >= lowest && isSpace(text[i])) i--;
  if (i < floor) return true;
  while (i > lowest && (text[i] === ')' || isQuoteMark(text[i]))) i--;
  return '.?!\u2026:'.includes(text[i]);
}

interface OpenQuote {
  start: number;
  reopenings: number[];
}

/**
 * Double-quoted quotations, paragraph by paragraph. A quotation stays open across a paragraph
 * break only when the next paragraph reopens with a mark (the newspaper convention); a mark
 * that opens right after a sentence end inside an open quotation is taken as such a reopening
 * whose line break was lost (common in the BBC corpus).
 */
function findDoubleQuotes(text: string, paragraphs: Span[]): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  const marks = new MarkScanner(text, /["“”„‟«»]/g);
  let open: OpenQuote | null = null;
  let openParagraphEnd = 0;

  const emit = (q: OpenQuote, closeAt: number | null, paragraphEnd: number) => {
    const innerStart = q.start + 1;
    if (closeAt === null) paragraphEnd = unclosedEnd(text, lastSegmentStart(q) + 1, paragraphEnd);
    let innerEnd = closeAt ?? paragraphEnd;
    while (closeAt !== null && innerEnd > innerStart && isSpace(text[innerEnd - 1])) innerEnd--;
    if (innerEnd <= innerStart) return;
    found.push({ start: q.start, end: closeAt === null ? paragraphEnd : closeAt + 1, innerStart, innerEnd, family: 'double', closed: closeAt !== null, reopenings: q.reopenings });
  };

  for (const para of paragraphs) {
    let i = para.start;
    if (open) {
      const ch = text[para.start];
      const role = DOUBLE_MARKS.includes(ch) ? doubleRole(ch, undefined, text[para.start + 1]) : Role.None;
      if (role === Role.Open || role === Role.Either) {
        open.reopenings.push(para.start);
        i = para.start + 1;
      } else {
        emit(open, null, openParagraphEnd);
        open = null;
      }
    }
    for (i = marks.next(i, para.end); i >= 0; i = marks.next(i + 1, para.end)) {
      const ch = text[i];
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = i + 1 < para.end ? text[i + 1] : undefined;
      let role = doubleRole(ch, prev, next);
      // `years... " Hailey recalled`: a lone mark between spaces closes an open quote.
      if (role === Role.None && open) role = Role.Close;
      if (role === Role.None) continue;
      if (!open) {
        if (role !== Role.Close) open = { start: i, reopenings: [] };
        continue;
      }
      if (role === Role.Close || role === Role.Either) {
        emit(open, i, para.end);
        open = null;
      } else if (sentenceEndsBefore(text, i, para.start) && !endsWithAttribution(text, open, i)) {
        open.reopenings.push(i);
      } else {
        // The earlier opener never closed: end it before the narration that follows it, or drop it.
        const cut = attributionCut(text, open, i);
        if (cut !== null) emit(open, null, cut);
        open = { start: i, reopenings: [] };
      }
    }
    openParagraphEnd = para.end;
  }
  if (open) emit(open, null, openParagraphEnd);
  return found;
}

/**
 * Where a quotation whose closing mark is missing most likely ends. In this corpus a lost closer
 * is often followed by narration in the same paragraph, so the quotation runs sentence by
 * sentence only while the next sentence still speaks in the first or second person.
 */
function unclosedEnd(text: string, from: number, paragraphEnd: number): number {
  const segment = text.slice(from, paragraphEnd);
  const sentenceEnd = SENTENCE_END.for(segment);
  sentenceEnd.lastIndex = 0;
  for (let m = sentenceEnd.exec(segment); m; m = sentenceEnd.exec(segment)) {
    const after = m.index + m[0].length;
    const nextSentence = segment.slice(after, after + 300).split(/[.?!](?:\s|$)/, 1)[0];
    if (!FIRST_OR_SECOND_PERSON.test(nextSentence)) return from + m.index + m[0].trimEnd().length;
  }
  return paragraphEnd;
}

/** A sentence's end: its stop, closing marks and the space before a capital (maybe after an opening mark). */
const SENTENCE_END = new LetterPattern(String.raw`[.?!\u2026]['"’”)]*\s+(?=["“‘(\[]?\p{Lu})`, 'gu');

const FIRST_OR_SECOND_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?|[Yy]ou|[Yy]ours?)\b/;

/**
 * `"It is good, said Mr Smith. "Next` — the closer before the attribution was lost. Matches a
 * comma followed by a short attribution clause at the end of the open segment.
 */
const TRAILING_ATTRIBUTION = /,\s+(?:(?:he|she|they|it|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:said|says|added|told|explained|insisted|stated)|(?:said|says|added)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})[^,"“”]{0,80}[.?!]\s*$/;

function lastSegmentStart(open: OpenQuote): number {
  return open.reopenings.length ? open.reopenings[open.reopenings.length - 1] : open.start;
}

function endsWithAttribution(text: string, open: OpenQuote, at: number): boolean {
  return attributionCut(text, open, at) !== null;
}

/** Offset of the comma that starts a trailing attribution in the open segment, or null. */
function attributionCut(text: string, open: OpenQuote, at: number): number | null {
  const from = Math.max(lastSegmentStart(open) + 1, at - 200);
  const m = TRAILING_ATTRIBUTION.exec(text.slice(from, at));
  return m ? from + m.index : null;
}

/** Words that begin with an apostrophe: "'n'", "'em", "'90s" are not quotations. */
const ELISION_START = /^['‘’](?:n['’]|em\b|til\b|tis\b|twas\b|cause\b|cos\b|bout\b|round\b|\d\d(?:s\b|\b))/i;

function singleOpens(text: string, i: number, floor: number, ceiling: number): boolean {
  const ch = text[i];
  if (ch === '’' || ch === '›') return false;
  const prev = i > floor ? text[i - 1] : undefined;
  const next = i + 1 < ceiling ? text[i + 1] : undefined;
  if (!opensHere(prev, next) || isSpace(next)) return false;
  if (!((i + 1 < ceiling && isLetterOrDigitAt(text, i + 1)) || next === '…' || next === '[' || next === '.')) return false;
  return !ELISION_START.test(text.slice(i, i + 6));
}

/** 0: not a closer; 1: a clean closer; 2: a closer that may be a plural possessive ("players' union"). */
function singleCloses(text: string, i: number, floor: number, ceiling: number): 0 | 1 | 2 {
  const ch = text[i];
  if (ch === '‘' || ch === '‚' || ch === '‹') return 0;
  const prev = i > floor ? text[i - 1] : undefined;
  const next = i + 1 < ceiling ? text[i + 1] : undefined;
  if (!closesHere(prev, next)) return 0;
  if ((prev === 's' || prev === 'S') && isSpace(next) && isLetterOrDigitAt(text, i + 2)) return 2;
  return 1;
}

/**
 * Single-quoted quotations outside the double-quoted ones. An opener needs a closer in the same
 * paragraph within MAX_SINGLE_QUOTE characters; a possible plural possessive closes only when no
 * clean closer follows.
 */
function findSingleQuotes(text: string, paragraphs: Span[], doubles: QuoteSpan[]): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  const marks = new MarkScanner(text, /['‘’‚‛‹›]/g);
  let d = 0;
  for (const para of paragraphs) {
    // Every mark of the paragraph, sorted into possible openers and closers, in one pass.
    const openers: number[] = [];
    const clean: number[] = [];
    const possessive: number[] = [];
    for (let j = marks.next(para.start, para.end); j >= 0; j = marks.next(j + 1, para.end)) {
      // Most single marks are apostrophes inside a word ("Britain's", "don't"), which neither open nor close.
      if (j > para.start && j + 1 < para.end && isAsciiLetter(text.charCodeAt(j - 1)) && isAsciiLetter(text.charCodeAt(j + 1))) continue;
      if (singleOpens(text, j, para.start, para.end)) openers.push(j);
      const kind = singleCloses(text, j, para.start, para.end);
      if (kind === 1) clean.push(j);
      else if (kind === 2) possessive.push(j);
    }
    let after = para.start;
    let c = 0;
    let p = 0;
    for (const i of openers) {
      if (i < after) continue;
      while (d < doubles.length && doubles[d].end <= i) d++;
      if (d < doubles.length && doubles[d].start <= i) continue; // nested in a double quotation: the speaker's marks
      const limit = Math.min(para.end, i + MAX_SINGLE_QUOTE);
      while (c < clean.length && clean[c] < i + 2) c++;
      while (p < possessive.length && possessive[p] < i + 2) p++;
      const close = c < clean.length && clean[c] < limit ? clean[c] : p < possessive.length && possessive[p] < limit ? possessive[p] : -1;
      if (close < 0) continue;
      found.push({ start: i, end: close + 1, innerStart: i + 1, innerEnd: close, family: 'single', closed: true, reopenings: [] });
      after = close + 1;
    }
  }
  return found;
}

/** All quotations in the given paragraphs, in text order, never overlapping. */
export function findQuoteSpans(text: string, paragraphs: Span[]): QuoteSpan[] {
  const doubles = findDoubleQuotes(text, paragraphs);
  const singles = findSingleQuotes(text, paragraphs, doubles);
  if (singles.length === 0) return doubles;
  // A double-quoted passage inside a single-quoted quotation is nested in it (British style).
  const all = [...doubles, ...singles].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: QuoteSpan[] = [];
  for (const q of all) {
    const last = result[result.length - 1];
    if (last && q.start < last.end) continue;
    result.push(q);
  }
  return result;
}
