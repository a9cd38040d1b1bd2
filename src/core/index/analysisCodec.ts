import type { Article, ArticleAnalysis, LocalQuote, NameMention, QuoteType, Span } from '../types';

// A compact form of ArticleAnalysis for what crosses a thread or goes to disk: spans, names and
// quotes as flat number arrays, their strings once each, and no text that the article already
// holds (a name's surface text, a quotation's words between its marks). Cloning or parsing it
// costs a fraction of the object form (a few arrays instead of ~50 objects per article), and
// decoding gives back exactly the analysis that was encoded.

/** Numbers per name: start, end, local, flags, text, fullName. */
const NAME_FIELDS = 6;
/** Numbers per quote: start, end, type, speakerMention, text, speakerName. */
const QUOTE_FIELDS = 6;

const PLACE = 1;
const WEAK_TRUE = 2;
const WEAK_FALSE = 4;
const QUOTE_TYPES: readonly QuoteType[] = ['statement', 'partial', 'scare'];

export interface CompactAnalysis {
  /** The article without its text. */
  article: Omit<Article, 'text'>;
  text: string;
  /** start, end of each sentence. */
  sentences: ArrayLike<number>;
  paragraphs: ArrayLike<number>;
  /**
   * Per name: start, end, local, flags (1 place, 2 weak, 4 weak: false), text (0: the article's
   * text at the span, else strings[k - 1]), fullName (strings[k - 1]).
   */
  names: ArrayLike<number>;
  /**
   * Per quote: start, end, type (index in QUOTE_TYPES), speakerMention (-1: none), text (0: the
   * article's text inside the marks, else strings[k - 1]), speakerName (0: none, else strings[k - 1]).
   */
  quotes: ArrayLike<number>;
  strings: string[];
}

/**
 * The compact form, with typed arrays (cheap to post to another thread; `toJsonReady` for a file).
 * Undefined if the analysis has something the form cannot hold (then send the analysis as it is).
 */
export function encodeAnalysis(analysis: ArticleAnalysis): CompactAnalysis | undefined {
  const kept = keptCompact(analysis);
  if (kept) return kept;
  const { text, ...article } = analysis.article;
  const strings: string[] = [];
  const refs = new Map<string, number>();
  const ref = (s: string): number => {
    let k = refs.get(s);
    if (k === undefined) {
      strings.push(s);
      refs.set(s, (k = strings.length));
    }
    return k;
  };
  // The four parts are views of one array, in decodeStored's order: posted to another thread, it
  // is one buffer to move (not four to copy) and decodes with no copy (decodeAnalysis).
  const nameNumbers = analysis.names.length * NAME_FIELDS;
  const quoteNumbers = analysis.quotes.length * QUOTE_FIELDS;
  const sentenceNumbers = analysis.sentences.length * 2;
  const numbers = new Int32Array(nameNumbers + quoteNumbers + sentenceNumbers + analysis.paragraphs.length * 2);
  const names = numbers.subarray(0, nameNumbers);
  const quotes = numbers.subarray(nameNumbers, nameNumbers + quoteNumbers);
  const sentences = numbers.subarray(nameNumbers + quoteNumbers, nameNumbers + quoteNumbers + sentenceNumbers);
  const paragraphs = numbers.subarray(nameNumbers + quoteNumbers + sentenceNumbers);
  let i = 0;
  for (const n of analysis.names) {
    if ((n.kind !== 'person' && n.kind !== 'place') || typeof n.text !== 'string' || typeof n.fullName !== 'string' || !isInt(n.local) || !isInt(n.start) || !isInt(n.end)) return undefined;
    if (Object.keys(n).length !== (n.weak === undefined ? 6 : 7)) return undefined; // a field this form does not know
    names[i++] = n.start;
    names[i++] = n.end;
    names[i++] = n.local;
    names[i++] = (n.kind === 'place' ? PLACE : 0) | (n.weak === true ? WEAK_TRUE : n.weak === false ? WEAK_FALSE : 0);
    names[i++] = isTextAt(text, n.text, n.start, n.end) ? 0 : ref(n.text);
    names[i++] = ref(n.fullName);
  }
  i = 0;
  for (const q of analysis.quotes) {
    const type = QUOTE_TYPES.indexOf(q.type);
    if (type < 0 || typeof q.text !== 'string' || !isInt(q.start) || !isInt(q.end) || !(q.speakerMention === null || isInt(q.speakerMention))) return undefined;
    if ((q.speakerName !== null && typeof q.speakerName !== 'string') || Object.keys(q).length !== 6) return undefined;
    quotes[i++] = q.start;
    quotes[i++] = q.end;
    quotes[i++] = type;
    quotes[i++] = q.speakerMention === null ? -1 : q.speakerMention;
    quotes[i++] = isTextAt(text, q.text, q.start + 1, q.end - 1) ? 0 : ref(q.text);
    quotes[i++] = q.speakerName === null ? 0 : ref(q.speakerName);
  }
  if (!flatSpans(analysis.sentences, sentences) || !flatSpans(analysis.paragraphs, paragraphs)) return undefined;
  return { article, text, sentences, paragraphs, names, quotes, strings };
}

/** Whether text.slice(start, end) is s, read in place where the span lies in the text (no string made to compare). */
function isTextAt(text: string, s: string, start: number, end: number): boolean {
  return start >= 0 && end <= text.length && end - start === s.length ? text.startsWith(s, start) : text.slice(start, end) === s;
}

/**
 * The buffer that holds the compact form's numbers and nothing else (encodeAnalysis makes one per
 * analysis), to move to another thread rather than copy; undefined when the numbers share theirs
 * (a decoded analysis kept from a saved block of many), which moving would take from its owner.
 */
export function ownBuffer(compact: CompactAnalysis): ArrayBuffer | undefined {
  const numbers = viewOfAll([compact.names, compact.quotes, compact.sentences, compact.paragraphs]);
  return numbers && numbers.buffer instanceof ArrayBuffer && numbers.byteOffset === 0 && numbers.byteLength === numbers.buffer.byteLength ? numbers.buffer : undefined;
}

/** The same with plain arrays, for JSON. */
export function toJsonReady(compact: CompactAnalysis): CompactAnalysis {
  return { ...compact, sentences: Array.from(compact.sentences), paragraphs: Array.from(compact.paragraphs), names: Array.from(compact.names), quotes: Array.from(compact.quotes) };
}

/**
 * The analysis back from its compact form. Checks everything (the form may come from a file
 * that is damaged or was written by something else): undefined unless it is well formed.
 */
export function decodeAnalysis(compact: CompactAnalysis): ArticleAnalysis | undefined {
  const c = compact as Partial<CompactAnalysis> | undefined;
  const { names, quotes, sentences, paragraphs } = c ?? {};
  if (!isIntArray(names, NAME_FIELDS) || !isIntArray(quotes, QUOTE_FIELDS) || !isEvenArray(sentences) || !isEvenArray(paragraphs)) return undefined;
  // Spans are checked when made (a mention's context): ones that are not even numbers give none.
  const spans = [sentences, paragraphs].map((part) => (isIntArray(part, 2) ? part : []));
  const parts = [names, quotes, ...spans];
  const counts = parts.map((part) => part.length);
  const numbers = inOneArray(parts);
  const strings = c?.strings;
  if (!Array.isArray(strings)) return undefined;
  for (const s of strings) if (typeof s !== 'string') return undefined;
  return decodeStored(c?.article, c?.text, strings, strings.length, numbers, 0, counts, 0);
}

/** The parts' numbers in one array: the array they are views of (`viewOfAll`), else a copy. */
function inOneArray(parts: ArrayLike<number>[]): Int32Array {
  const view = viewOfAll(parts);
  if (view) return view;
  const numbers = new Int32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    numbers.set(part, at);
    at += part.length;
  }
  return numbers;
}

/** The array the parts are views of when they lie in it one after another, in order (as encodeAnalysis makes them). */
function viewOfAll(parts: ArrayLike<number>[]): Int32Array | undefined {
  const first = parts[0];
  if (!(first instanceof Int32Array)) return undefined;
  let end = first.byteOffset;
  for (const part of parts) end = part instanceof Int32Array && part.buffer === first.buffer && part.byteOffset === end ? end + part.byteLength : -1;
  return end >= 0 ? new Int32Array(first.buffer, first.byteOffset, (end - first.byteOffset) / Int32Array.BYTES_PER_ELEMENT) : undefined;
}

/**
 * Where the saved index keeps the strings of many analyses until one is first needed: the
 * strings of analysis `index`, undefined if they cannot be had.
 */
export interface StringTable {
  at(index: number): readonly string[] | undefined;
}

/**
 * The same from a compact form laid out in one array of numbers: from `at`, the article's names,
 * quotes, sentences and paragraphs, as many numbers of each as counts[countsAt..countsAt + 3]
 * say (how the saved index keeps them). `article` becomes the analysis's article as it is when
 * it already holds `text` (else a copy with the text after the path). The strings are checked
 * (strings or `table.at(stringsAt)`: `stringCount` strings) when the names or quotes are made;
 * ones that do not hold give none of either.
 */
export function decodeStored(
  article: Omit<Article, 'text'> | Article | undefined,
  text: unknown,
  strings: readonly string[] | { table: StringTable; index: number },
  stringCount: number,
  numbers: Int32Array,
  at: number,
  counts: ArrayLike<number>,
  countsAt: number,
): ArticleAnalysis | undefined {
  const meta = article as Partial<Article> | undefined;
  if (typeof text !== 'string' || !meta || typeof meta !== 'object') return undefined;
  if (typeof meta.path !== 'string' || typeof meta.title !== 'string' || !Array.isArray(meta.warnings) || !isSpanIn(meta.body, text.length)) return undefined;
  const quotesAt = at + counts[countsAt];
  const sentencesAt = quotesAt + counts[countsAt + 1];
  const paragraphsAt = sentencesAt + counts[countsAt + 2];
  const end = paragraphsAt + counts[countsAt + 3];
  if (!(at >= 0 && at <= quotesAt && quotesAt <= sentencesAt && sentencesAt <= paragraphsAt && paragraphsAt <= end && end <= numbers.length)) return undefined;
  if ((quotesAt - at) % NAME_FIELDS || (sentencesAt - quotesAt) % QUOTE_FIELDS || (paragraphsAt - sentencesAt) % 2 || (end - paragraphsAt) % 2) return undefined;
  if (!validNames(numbers, at, quotesAt, text.length, stringCount) || !validQuotes(numbers, quotesAt, sentencesAt, text.length, stringCount, (quotesAt - at) / NAME_FIELDS)) return undefined;
  // Key order as the analyser makes it: path, text, then the rest.
  let full: Article;
  if (meta.text === text) full = meta as Article;
  else {
    const { path, ...rest } = meta as Omit<Article, 'text'>;
    full = { path, text, ...rest };
  }
  const table = Array.isArray(strings) ? undefined : (strings as { table: StringTable; index: number });
  const encoded: Encoded = { text, strings: table ? undefined : (strings as readonly string[]), table: table?.table, tableIndex: table?.index ?? 0, stringCount, numbers, names: at, quotes: quotesAt, sentences: sentencesAt, paragraphs: paragraphsAt, end };
  const analysis = { article: full } as ArticleAnalysis;
  Object.defineProperty(analysis, ENCODED, { value: encoded });
  return Object.defineProperties(analysis, LAZY_PARTS);
}

/**
 * What an analysis keeps of its compact form: its names and quotes (checked when decoded),
 * sentences and paragraphs are made into objects only when first asked for, so that a warm start
 * from the saved index makes none of them until an article is linked again or opened.
 */
interface Encoded {
  text: string;
  /** The strings, else where to get them the first time they are needed. */
  strings: readonly string[] | undefined;
  table: StringTable | undefined;
  tableIndex: number;
  stringCount: number;
  numbers: Int32Array;
  /** Where the names, quotes, sentences and paragraphs begin in `numbers`, and where the last end. */
  names: number;
  quotes: number;
  sentences: number;
  paragraphs: number;
  end: number;
  /** Set when a part is replaced: the numbers no longer say what the analysis holds. */
  replaced?: boolean;
  nameList?: NameMention[];
  quoteList?: LocalQuote[];
  sentenceList?: Span[];
  paragraphList?: Span[];
}

/** Where an analysis keeps its Encoded: a symbol, not enumerable (JSON, spreads and comparisons see only the parts). */
const ENCODED = Symbol('encoded');
type Lazy = ArticleAnalysis & { [ENCODED]: Encoded };

/**
 * The parts as accessors shared by every decoded analysis (one object shape, no functions per
 * analysis); own and enumerable, in the analyser's key order, so a spread or JSON sees them.
 */
const LAZY_PARTS: PropertyDescriptorMap = {
  sentences: lazyPart('sentenceList', (e) => spansOf(e.numbers, e.sentences, e.paragraphs, e.text.length) ?? []),
  paragraphs: lazyPart('paragraphList', (e) => spansOf(e.numbers, e.paragraphs, e.end, e.text.length) ?? []),
  names: lazyPart('nameList', (e) => {
    const strings = stringsOf(e);
    return strings ? namesOf(e.numbers, e.names, e.quotes, e.text, strings) : [];
  }),
  quotes: lazyPart('quoteList', (e) => {
    const strings = stringsOf(e);
    return strings ? quotesOf(e.numbers, e.quotes, e.sentences, e.text, strings) : [];
  }),
};

type PartList = 'sentenceList' | 'paragraphList' | 'nameList' | 'quoteList';

/** A part decoded when first read and kept; assigning it marks the compact form out of date. */
function lazyPart<K extends PartList>(list: K, decode: (e: Encoded) => NonNullable<Encoded[K]>): PropertyDescriptor {
  return {
    enumerable: true,
    get(this: Lazy): NonNullable<Encoded[K]> {
      const e = this[ENCODED];
      return (e[list] ??= decode(e)) as NonNullable<Encoded[K]>;
    },
    set(this: Lazy, value: NonNullable<Encoded[K]>) {
      const e = this[ENCODED];
      e[list] = value;
      e.replaced = true;
    },
  };
}

/**
 * The compact form a decoded analysis still holds, when none of its parts was replaced: saving
 * it again then makes none of its names, quotes or spans.
 */
function keptCompact(analysis: ArticleAnalysis): CompactAnalysis | undefined {
  const e = (analysis as Partial<Lazy>)[ENCODED];
  if (!e || e.replaced || analysis.article.text !== e.text) return undefined;
  const strings = stringsOf(e);
  if (!strings) return undefined;
  const { text, ...article } = analysis.article;
  const part = (from: number, to: number) => e.numbers.subarray(from, to);
  return { article, text, names: part(e.names, e.quotes), quotes: part(e.quotes, e.sentences), sentences: part(e.sentences, e.paragraphs), paragraphs: part(e.paragraphs, e.end), strings: strings as string[] };
}

/**
 * The speaker mention of each of the analysis's quotations (`LocalQuote.speakerMention`), read
 * from its compact form while its quotations are not made: counting quotations by speaker (a
 * cold index, saving it) then makes none of them.
 */
export function quoteSpeakerMentions(analysis: ArticleAnalysis): (number | null)[] {
  const e = (analysis as Partial<Lazy>)[ENCODED];
  // (no strings: the quotations are none, as the analysis says)
  if (!e || e.quoteList || !stringsOf(e)) return analysis.quotes.map((q) => q.speakerMention);
  const speakers = new Array<number | null>((e.sentences - e.quotes) / QUOTE_FIELDS);
  for (let i = e.quotes, j = 0; i < e.sentences; i += QUOTE_FIELDS, j++) {
    const speaker = e.numbers[i + 3];
    speakers[j] = speaker < 0 ? null : speaker;
  }
  return speakers;
}

/** The analysis's strings, got from their table the first time; undefined (and no names or quotes) if they do not hold. */
function stringsOf(e: Encoded): readonly string[] | undefined {
  if (e.strings) return e.strings;
  const strings = e.table?.at(e.tableIndex);
  e.table = undefined;
  if (!strings || strings.length !== e.stringCount || !strings.every((s) => typeof s === 'string')) {
    e.nameList = e.quoteList = [];
    return undefined;
  }
  return (e.strings = strings);
}

/** Whether every name's numbers fit the text and the strings (checked without making anything). */
function validNames(numbers: Int32Array, from: number, to: number, length: number, strings: number): boolean {
  for (let i = from; i < to; i += NAME_FIELDS) {
    const start = numbers[i];
    const end = numbers[i + 1];
    const flags = numbers[i + 3];
    const surface = numbers[i + 4];
    const fullName = numbers[i + 5];
    if (!(start >= 0 && start <= end && end <= length) || numbers[i + 2] < 0 || flags < 0 || flags > (PLACE | WEAK_FALSE) || (flags & WEAK_TRUE && flags & WEAK_FALSE)) return false;
    if (!(surface >= 0 && surface <= strings) || !(fullName >= 1 && fullName <= strings)) return false;
  }
  return true;
}

function validQuotes(numbers: Int32Array, from: number, to: number, length: number, strings: number, names: number): boolean {
  for (let i = from; i < to; i += QUOTE_FIELDS) {
    const start = numbers[i];
    const end = numbers[i + 1];
    const type = numbers[i + 2];
    const speaker = numbers[i + 3];
    if (!(start >= 0 && start <= end && end <= length) || !(type >= 0 && type < QUOTE_TYPES.length) || speaker < -1 || speaker >= names) return false;
    if (!(numbers[i + 4] >= 0 && numbers[i + 4] <= strings) || !(numbers[i + 5] >= 0 && numbers[i + 5] <= strings)) return false;
  }
  return true;
}

/** The names of checked numbers (validNames). */
function namesOf(numbers: Int32Array, from: number, to: number, text: string, strings: readonly string[]): NameMention[] {
  const names = new Array<NameMention>((to - from) / NAME_FIELDS);
  for (let i = from, j = 0; i < to; i += NAME_FIELDS, j++) {
    const start = numbers[i];
    const end = numbers[i + 1];
    const flags = numbers[i + 3];
    const surface = numbers[i + 4];
    const name: NameMention = { start, end, text: surface === 0 ? text.slice(start, end) : strings[surface - 1], kind: flags & PLACE ? 'place' : 'person', local: numbers[i + 2], fullName: strings[numbers[i + 5] - 1] };
    if (flags & WEAK_TRUE) name.weak = true;
    else if (flags & WEAK_FALSE) name.weak = false;
    names[j] = name;
  }
  return names;
}

/** The quotes of checked numbers (validQuotes). */
function quotesOf(numbers: Int32Array, from: number, to: number, text: string, strings: readonly string[]): LocalQuote[] {
  const quotes = new Array<LocalQuote>((to - from) / QUOTE_FIELDS);
  for (let i = from, j = 0; i < to; i += QUOTE_FIELDS, j++) {
    const start = numbers[i];
    const end = numbers[i + 1];
    const speaker = numbers[i + 3];
    const words = numbers[i + 4];
    const speakerName = numbers[i + 5];
    quotes[j] = {
      start,
      end,
      text: words === 0 ? text.slice(start + 1, end - 1) : strings[words - 1],
      type: QUOTE_TYPES[numbers[i + 2]],
      speakerMention: speaker < 0 ? null : speaker,
      speakerName: speakerName === 0 ? null : strings[speakerName - 1],
    };
  }
  return quotes;
}

/** Writes start, end of each span to `out`; false if a span has more or other than two whole numbers. */
function flatSpans(spans: readonly Span[], out: Int32Array): boolean {
  let i = 0;
  for (const s of spans) {
    if (Object.keys(s).length !== 2 || !isInt(s.start) || !isInt(s.end)) return false;
    out[i++] = s.start;
    out[i++] = s.end;
  }
  return true;
}

/** Spans of numbers[from..to), or undefined if one does not fit the text. */
function spansOf(numbers: Int32Array, from: number, to: number, length: number): Span[] | undefined {
  const out = new Array<Span>((to - from) / 2);
  for (let i = from, j = 0; i < to; i += 2, j++) {
    const start = numbers[i];
    const end = numbers[i + 1];
    if (!(start >= 0 && start <= end && end <= length)) return undefined;
    out[j] = { start, end };
  }
  return out;
}

function isEvenArray(numbers: ArrayLike<number> | undefined): numbers is ArrayLike<number> {
  return (numbers instanceof Int32Array || Array.isArray(numbers)) && numbers.length % 2 === 0;
}

function isIntArray(numbers: ArrayLike<number> | undefined, group: number): numbers is ArrayLike<number> {
  if (numbers instanceof Int32Array) return numbers.length % group === 0;
  if (!Array.isArray(numbers) || numbers.length % group !== 0) return false;
  for (const n of numbers) if (!isInt(n)) return false;
  return true;
}

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= -1 && n < 2 ** 31;
}

function isSpanIn(span: Span | undefined, length: number): boolean {
  return !!span && isInt(span.start) && isInt(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}
