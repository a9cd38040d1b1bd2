import type { Article } from '../types';
import type { Curation } from '../config/curation';
import { findBoilerplate } from './boilerplate';
import { matchesGlob } from './glob';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface LoadOptions {
  /** Larger files are skipped (default 5 MB). */
  maxBytes?: number;
  /** `sources` give outlet and date to articles whose front matter lacks them. */
  curation?: Curation;
}

/** Either an article (possibly with warnings) or the reason the file was skipped. */
export interface LoadResult {
  article?: Article;
  skipped?: string;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/**
 * Turns a file's bytes into an Article. Never throws: unusable files come back as `skipped`
 * with a reason, recoverable problems as `article.warnings`.
 */
export function loadArticle(path: string, bytes: Uint8Array, options: LoadOptions = {}): LoadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return { skipped: `file too large (${formatBytes(bytes.length)}, limit ${formatBytes(maxBytes)})` };
  const warnings: string[] = [];
  const decoded = decode(bytes, warnings);
  if (decoded === undefined) return { skipped: 'binary file (contains NUL bytes)' };
  const text = decoded;
  if (text.trim().length === 0) return { skipped: bytes.length === 0 ? 'empty file' : 'no text (only white space)' };

  const front = readFrontMatter(text, warnings);
  const meta = front.meta;
  const tail = findBoilerplate(text, front.end, text.length);
  let bodyEnd = tail.bodyEnd;
  if (text.slice(front.end, bodyEnd).trim().length === 0) bodyEnd = text.length; // never leave an empty body

  const source = options.curation?.sources.find((s) => matchesGlob(path, s.pattern));
  const article: Article = {
    path,
    text,
    title: meta.title ?? firstLine(text, front.end) ?? path,
    body: { start: front.end, end: bodyEnd },
    warnings,
  };
  const outlet = meta.outlet ?? source?.outlet ?? tail.sourceCredit;
  const date = meta.date ?? source?.date;
  if (outlet) article.outlet = outlet;
  if (date) article.date = date;
  if (meta.url) article.url = meta.url;
  if (meta.author) article.author = meta.author;
  const excluded = tail.excluded.filter((s) => s.end <= bodyEnd);
  if (excluded.length) article.excluded = excluded;
  return { article };
}

/** Decoded text without BOM, or undefined for binary content. */
function decode(bytes: Uint8Array, warnings: string[]): string | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', warnings);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', warnings);
  if (bytes.indexOf(0) >= 0) return undefined;
  try {
    return utf8Fatal.decode(bytes); // also strips a leading UTF-8 BOM
  } catch {
    const text = utf8Lenient.decode(bytes);
    let replaced = 0;
    for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replaced++;
    warnings.push(`invalid UTF-8: ${replaced} byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD`);
    return text;
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: string[]): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    warnings.push(`invalid ${encoding.toUpperCase()}: broken characters replaced with U+FFFD`);
    return new TextDecoder(encoding).decode(bytes);
  }
}

interface FrontMatter {
  /** Offset where the text after the front matter starts (0 without front matter). */
  end: number;
  meta: { title?: string; outlet?: string; date?: string; url?: string; author?: string };
}

const FRONT_OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;
const FRONT_CLOSE = /(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/g;
/** YAML aliases allowed before a front matter counts as an alias bomb. */
const MAX_ALIASES = 100;

/**
 * The YAML parser, loaded at the first front matter: a worker that meets only plain-text articles
 * (the BBC) never runs the package's module code (~45 M instructions per worker).
 */
function yamlParser(): typeof import('yaml').parse {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('yaml') as typeof import('yaml')).parse;
}

function readFrontMatter(text: string, warnings: string[]): FrontMatter {
  const open = FRONT_OPEN.exec(text);
  if (!open) return { end: 0, meta: {} };
  FRONT_CLOSE.lastIndex = open[0].length - 1; // the opening line break may be the closer's too (empty block)
  const close = FRONT_CLOSE.exec(text);
  if (!close) {
    warnings.push('front matter has no closing "---": read as text');
    return { end: 0, meta: {} };
  }
  const end = close.index + close[0].length;
  const yamlText = text.slice(open[0].length, Math.max(open[0].length, close.index));
  let data: unknown;
  try {
    data = yamlParser()(yamlText, { maxAliasCount: MAX_ALIASES, prettyErrors: false, uniqueKeys: false });
  } catch (err) {
    warnings.push(`malformed front matter, ignored: ${firstLineOf((err as Error).message)}`);
    return { end, meta: {} };
  }
  if (data === null || data === undefined) return { end, meta: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    warnings.push('front matter is not a YAML mapping, ignored');
    return { end, meta: {} };
  }
  const record = data as Record<string, unknown>;
  const pick = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = scalar(record[key]);
      if (value) return value;
    }
    return undefined;
  };
  return {
    end,
    meta: {
      title: pick('title', 'headline'),
      outlet: pick('outlet', 'source', 'publication', 'publisher', 'site'),
      date: pick('date', 'published', 'publishedAt', 'published_at'),
      url: pick('url', 'link', 'canonical_url'),
      author: pick('author', 'authors', 'byline'),
    },
  };
}

/** A front-matter value as one line of text; lists of strings are joined. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim().slice(0, 500) || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const parts = value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
    return parts.length ? parts.join(', ').slice(0, 500) : undefined;
  }
  return undefined;
}

function firstLine(text: string, from: number): string | undefined {
  const re = /[^\r\n]*\S[^\r\n]*/g;
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return undefined;
  const line = m[0].trim();
  return line.length > 200 ? line.slice(0, 199) + '…' : line;
}

function firstLineOf(message: string): string {
  return message.split('\n')[0].slice(0, 200);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
