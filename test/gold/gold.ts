// Loads the hand-annotated gold set (test/gold/annotations/**.yaml + entities.yaml) and
// resolves every annotation to exact offsets in test/gold/articles. Anything that does not
// resolve, or an occurrence that looks forgotten, is an error: the gold must never drift silently.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { EntityKind, QuoteType, Span } from '../../src/core/types';

export interface GoldEntity {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface GoldMention extends Span {
  path: string;
  text: string;
  entity: string;
  kind: EntityKind;
}

export interface GoldQuote extends Span {
  path: string;
  type: QuoteType;
  /** Person entity ids any of which is a right answer (joint statements); empty when none. */
  speakers: string[];
  /** Organisation or unnamed source ("CRE spokesman"), when the speaker is not a named person. */
  source: string | null;
}

export interface GoldArticle {
  path: string;
  text: string;
  /** Offset where trailing boilerplate starts (text.length when none); predictions after it are false hits. */
  bodyEnd: number;
  /** Spans where predictions are not scored either way (contested cases, bylines). */
  neutral: Span[];
  mentions: GoldMention[];
  quotes: GoldQuote[];
}

export interface Gold {
  entities: Map<string, GoldEntity>;
  articles: GoldArticle[];
}

/** test/gold of this checkout, found from the running file (test/gold/*.ts or the bundled dist/eval.js). */
export const GOLD_DIR = path.join(repoRoot(__dirname), 'test', 'gold');

function repoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..');
  }
}

const QUOTE_TYPES: QuoteType[] = ['statement', 'partial', 'scare'];
const OPENERS = '"“‘\'';

export class GoldError extends Error {
  constructor(readonly problems: string[]) {
    super(`gold annotations do not resolve (${problems.length} problem(s)):\n  ${problems.join('\n  ')}`);
  }
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Whole-word occurrences of `needle` in `text` (boundaries: not a letter or digit). */
export function wordOccurrences(text: string, needle: string, from = 0): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + needle.length])) found.push(i);
  }
  return found;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function closingMarkAfter(text: string, opener: string, from: number, limit: number): number {
  const closers = opener === '"' ? '"' : opener === '“' ? '”"' : '’\'';
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (!closers.includes(ch)) continue;
    // A single mark between two letters is an apostrophe, not a closer.
    if ((ch === '’' || ch === '\'') && isWordChar(text[i + 1]) && isWordChar(text[i - 1])) continue;
    return i;
  }
  return -1;
}

interface RawArticle {
  article?: unknown;
  boilerplate_from?: unknown;
  neutral?: unknown;
  not_mentions?: unknown;
  mentions?: unknown;
  quotes?: unknown;
  notes?: unknown;
}

function loadEntities(file: string, problems: string[]): Map<string, GoldEntity> {
  const entities = new Map<string, GoldEntity>();
  const raw = parseYaml(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  for (const [kind, list] of Object.entries(raw ?? {})) {
    if (kind !== 'person' && kind !== 'place') {
      problems.push(`entities.yaml: unknown kind "${kind}" (person | place)`);
      continue;
    }
    for (const [id, name] of Object.entries((list ?? {}) as Record<string, unknown>)) {
      if (entities.has(id)) problems.push(`entities.yaml: duplicate id ${id}`);
      entities.set(id, { id, name: String(name), kind });
    }
  }
  return entities;
}

/** Finds the first occurrence of `snippet` at or after `from`; -1 when absent. */
function findSnippet(text: string, snippet: string, from = 0): number {
  return text.indexOf(snippet, from);
}

function resolveArticle(raw: RawArticle, file: string, goldDir: string, entities: Map<string, GoldEntity>, problems: string[]): GoldArticle | null {
  const where = path.relative(goldDir, file);
  if (typeof raw.article !== 'string') {
    problems.push(`${where}: missing "article:" (path under articles/)`);
    return null;
  }
  const articlePath = raw.article;
  const articleFile = path.join(goldDir, 'articles', articlePath);
  if (!fs.existsSync(articleFile)) {
    problems.push(`${where}: article file not found: articles/${articlePath}`);
    return null;
  }
  const text = fs.readFileSync(articleFile, 'utf8').replace(/^\uFEFF/, '');
  const err = (msg: string) => problems.push(`${where}: ${msg}`);

  let bodyEnd = text.length;
  if (raw.boilerplate_from !== undefined) {
    const at = findSnippet(text, String(raw.boilerplate_from));
    if (at < 0) err(`boilerplate_from "${raw.boilerplate_from}" not found`);
    else bodyEnd = at;
  }

  const neutral: Span[] = [];
  for (const snippet of (raw.neutral ?? []) as unknown[]) {
    const s = String(snippet);
    const occurrences = wordOccurrences(text, s);
    if (!occurrences.length) err(`neutral "${s}" not found`);
    for (const at of occurrences) neutral.push({ start: at, end: at + s.length });
  }

  const excused: Span[] = [];
  for (const entry of (raw.not_mentions ?? []) as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) {
      err(`not_mentions entries are [surface, context]: ${JSON.stringify(entry)}`);
      continue;
    }
    const [surface, context] = entry.map(String);
    const at = findSnippet(text, context);
    const inner = at < 0 ? -1 : context.indexOf(surface);
    if (at < 0 || inner < 0) err(`not_mentions ${JSON.stringify(entry)}: context not found or surface not in it`);
    else excused.push({ start: at + inner, end: at + inner + surface.length });
  }

  const mentions: GoldMention[] = [];
  let cursor = 0;
  for (const entry of (raw.mentions ?? []) as unknown[]) {
    if (!Array.isArray(entry) || entry.length < 2) {
      err(`mention entries are [surface, entity]: ${JSON.stringify(entry)}`);
      continue;
    }
    const [surface, entityId] = [String(entry[0]), String(entry[1])];
    const entity = entities.get(entityId);
    if (!entity) err(`mention ${JSON.stringify(entry)}: unknown entity id "${entityId}" (add it to entities.yaml)`);
    // An occurrence listed in not_mentions is skipped, so a later one can be the mention.
    const at = wordOccurrences(text, surface, cursor).find((i) => !excused.some((e) => overlaps(e, { start: i, end: i + surface.length })));
    if (at === undefined) {
      err(`mention ${JSON.stringify(entry)}: no whole-word "${surface}" after offset ${cursor} (mentions must be listed in text order)`);
      continue;
    }
    if (at >= bodyEnd) err(`mention ${JSON.stringify(entry)} resolves into boilerplate at ${at}`);
    mentions.push({ path: articlePath, start: at, end: at + surface.length, text: surface, entity: entityId, kind: entity?.kind ?? 'person' });
    cursor = at + surface.length;
  }

  // Completeness: every other occurrence of an annotated surface must be annotated, neutral or excused.
  const covered = [...mentions, ...neutral, ...excused];
  for (const surface of new Set(mentions.map((m) => m.text))) {
    for (const at of wordOccurrences(text, surface)) {
      if (at >= bodyEnd) continue;
      const span = { start: at, end: at + surface.length };
      if (!covered.some((c) => overlaps(c, span))) {
        err(`"${surface}" at ${at} ("…${text.slice(Math.max(0, at - 30), at + surface.length + 30).replace(/\s+/g, ' ')}…") is neither annotated nor in not_mentions/neutral`);
      }
    }
  }

  const quotes: GoldQuote[] = [];
  let quoteCursor = 0;
  for (const entry of (raw.quotes ?? []) as Array<Record<string, unknown>>) {
    const label = JSON.stringify(entry);
    const opening = entry?.at;
    if (typeof opening !== 'string' || !opening) {
      err(`quote ${label}: needs at: "first words after the opening mark"`);
      continue;
    }
    // `unopened: true` marks a quotation whose opening mark the article left out.
    const unopened = entry.unopened === true;
    let at = -1;
    for (let i = text.indexOf(opening, quoteCursor); i >= 0; i = text.indexOf(opening, i + 1)) {
      if (unopened ? !OPENERS.includes(text[i - 1]) : OPENERS.includes(text[i - 1])) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      err(`quote ${label}: no ${unopened ? 'unmarked' : 'opening quote mark followed by'} "${opening}" after offset ${quoteCursor} (quotes must be listed in text order)`);
      continue;
    }
    const start = unopened ? at : at - 1;
    let end: number;
    if (typeof entry.to === 'string') {
      const to = text.indexOf(entry.to, at);
      if (to < 0) {
        err(`quote ${label}: to "${entry.to}" not found after the opening`);
        continue;
      }
      end = to + entry.to.length;
      if ('"”’\''.includes(text[end] ?? '')) end++;
    } else {
      const close = closingMarkAfter(text, unopened ? '"' : text[start], at, bodyEnd);
      if (close < 0) {
        err(`quote ${label}: no closing mark; give to: "last words"`);
        continue;
      }
      end = close + 1;
    }
    const type = entry.type as QuoteType;
    if (!QUOTE_TYPES.includes(type)) err(`quote ${label}: type must be one of ${QUOTE_TYPES.join(', ')}`);
    const speakerList = entry.speaker === undefined || entry.speaker === null ? [] : Array.isArray(entry.speaker) ? entry.speaker.map(String) : [String(entry.speaker)];
    for (const id of speakerList) {
      const entity = entities.get(id);
      if (!entity) err(`quote ${label}: unknown speaker entity "${id}"`);
      else if (entity.kind !== 'person') err(`quote ${label}: speaker "${id}" is a place; use source: for organisations`);
    }
    if (speakerList.length && entry.source !== undefined) err(`quote ${label}: give speaker or source, not both`);
    quotes.push({ path: articlePath, start, end, type, speakers: speakerList, source: typeof entry.source === 'string' ? entry.source : null });
    quoteCursor = end;
  }

  // Completeness of quotes: every double quote mark in the body belongs to an annotated quote.
  for (let i = 0; i < bodyEnd; i++) {
    if (!'"“”'.includes(text[i])) continue;
    const span = { start: i, end: i + 1 };
    if (!quotes.some((q) => overlaps(q, span)) && !neutral.some((n) => overlaps(n, span))) {
      err(`quote mark at ${i} ("…${text.slice(Math.max(0, i - 30), i + 30).replace(/\s+/g, ' ')}…") is in no annotated quote`);
    }
  }
  for (let i = 1; i + 1 < quotes.length; i++) {
    if (overlaps(quotes[i - 1], quotes[i])) err(`quotes overlap: ${quotes[i - 1].start}-${quotes[i - 1].end} and ${quotes[i].start}-${quotes[i].end}`);
  }

  return { path: articlePath, text, bodyEnd, neutral, mentions, quotes };
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(full));
    else if (entry.name.endsWith('.yaml')) out.push(full);
  }
  return out.sort();
}

/** Loads and resolves the whole gold set; throws GoldError listing every problem found. */
export function loadGold(goldDir = GOLD_DIR): Gold {
  const problems: string[] = [];
  const entities = loadEntities(path.join(goldDir, 'entities.yaml'), problems);
  const articles: GoldArticle[] = [];
  for (const file of yamlFiles(path.join(goldDir, 'annotations'))) {
    let raw: RawArticle;
    try {
      raw = parseYaml(fs.readFileSync(file, 'utf8')) as RawArticle;
    } catch (e) {
      problems.push(`${path.relative(goldDir, file)}: YAML error: ${(e as Error).message}`);
      continue;
    }
    const article = resolveArticle(raw ?? {}, file, goldDir, entities, problems);
    if (article) articles.push(article);
  }
  const used = new Set(articles.flatMap((a) => a.mentions.map((m) => m.entity)));
  for (const id of entities.keys()) if (!used.has(id)) problems.push(`entities.yaml: ${id} has no mention`);
  if (problems.length) throw new GoldError(problems);
  return { entities, articles };
}
