// The messages between the claims panel's webview and the extension. DOM-free and
// vscode-free: the provider (src/extension/panel) and the browser code both import it.
// Every message from the webview is untrusted: `parseFromWebview` checks its shape first.

import type { WordingSegment } from '../src/core/claims/wording';

export type EntityKindFilter = 'all' | 'person' | 'place';
export type EntitySort = 'mentions' | 'articles' | 'name';

export type Route = { kind: 'overview' } | { kind: 'entities' } | { kind: 'entity'; id: string };

export interface EntityQuery {
  text: string;
  kind: EntityKindFilter;
  sort: EntitySort;
}

export interface EntityRow {
  id: string;
  name: string;
  kind: 'person' | 'place';
  mentions: number;
  articles: number;
  quotes: number;
  /** The alias the search text matched when the name itself did not. */
  matchedAlias?: string;
}

export interface ArticleRef {
  path: string;
  title: string;
  outlet?: string;
  date?: string;
}

export interface ArticleRow extends ArticleRef {
  people: number;
  places: number;
  quotes: number;
}

export interface SpanRef {
  path: string;
  start: number;
  end: number;
}

export interface QuoteView extends SpanRef {
  text: string;
  type: 'statement' | 'partial' | 'scare';
  speakerName: string | null;
}

export interface MentionView extends SpanRef {
  sentence: string;
  /** Where the name sits inside `sentence`. */
  inSentence: { start: number; end: number };
}

export interface Grouped<T> {
  article: ArticleRef;
  items: T[];
}

export interface ClaimVersionView extends SpanRef {
  article: ArticleRef;
  outlet?: string;
  speaker: string | null;
  speakerName: string | null;
  segments: WordingSegment[];
}

export interface ClaimView {
  id: string;
  speakers: Array<{ entity: string | null; name: string | null; versions: number }>;
  articles: number;
  outlets: string[];
  versions: ClaimVersionView[];
}

/** A list shown a page at a time: `items` so far, `total` in all. */
export interface Paged<T> {
  items: T[];
  total: number;
}

export interface EntityPage {
  kind: 'entity';
  entity: EntityRow & { aliases: string[] };
  claims: Paged<ClaimView>;
  /** Quotes grouped by article; `total` counts quotes, not groups. */
  quotes: Paged<Grouped<QuoteView>>;
  mentions: Paged<Grouped<MentionView>>;
  cooccurring: Array<EntityRow & { together: number }>;
}

export interface OverviewPage {
  kind: 'overview';
  stats: { articles: number; people: number; places: number; quotes: number; mentions: number };
  articles: Paged<ArticleRow>;
  topPeople: EntityRow[];
  topPlaces: EntityRow[];
  topSpeakers: EntityRow[];
  /** Claims carried by more than one article, most widely reported first. */
  claims: Paged<ClaimView>;
}

export type Page =
  | EntityPage
  | OverviewPage
  | { kind: 'entities' }
  | { kind: 'missing'; id: string }
  | { kind: 'noIndex'; reason: string };

export const SECTIONS = ['mentions', 'quotes', 'claims', 'articles'] as const;
export type Section = (typeof SECTIONS)[number];

export type ToWebview =
  | { type: 'page'; requestId: number; route: Route; page: Page }
  | { type: 'more'; requestId: number; route: Route; section: Section; offset: number; items: unknown[]; total: number }
  | { type: 'entities'; requestId: number; query: EntityQuery; offset: number; total: number; rows: EntityRow[] }
  | { type: 'navigate'; route: Route }
  | { type: 'indexChanged' }
  | { type: 'follow'; follow: boolean }
  | { type: 'command'; command: 'back' | 'forward' | 'toggleFollow' };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'page'; requestId: number; route: Route; keep?: Partial<Record<Section, number>> }
  | { type: 'more'; requestId: number; route: Route; section: Section; offset: number }
  | { type: 'entities'; requestId: number; query: EntityQuery; offset: number; limit: number }
  | { type: 'open'; path: string; start: number; end: number }
  | { type: 'follow'; follow: boolean }
  | { type: 'rendered'; route: Route; ms: number }
  | { type: 'curate'; action: CurateAction; entityId: string };

/** The reader's corrections offered on an entity's page; the host runs Dossier's curation command of that name. */
export const CURATE_ACTIONS = ['merge', 'rename', 'setKind', 'ignore', 'addAlias'] as const;
export type CurateAction = (typeof CURATE_ACTIONS)[number];

export const MAX_ROWS_PER_REQUEST = 500;
const MAX_STRING = 4096;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_STRING;
const oneOf = <T extends string>(v: unknown, values: readonly T[]): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);

export function parseRoute(v: unknown): Route | undefined {
  if (!isObject(v)) return undefined;
  if (v.kind === 'overview' || v.kind === 'entities') return { kind: v.kind };
  if (v.kind === 'entity' && isText(v.id) && v.id.length > 0) return { kind: 'entity', id: v.id };
  return undefined;
}

export function parseQuery(v: unknown): EntityQuery | undefined {
  if (!isObject(v) || !isText(v.text) || !oneOf(v.kind, ['all', 'person', 'place'] as const) || !oneOf(v.sort, ['mentions', 'articles', 'name'] as const))
    return undefined;
  return { text: v.text, kind: v.kind, sort: v.sort };
}

/** The message if it is one the panel sends, with only the known fields; otherwise undefined. */
export function parseFromWebview(v: unknown): FromWebview | undefined {
  if (!isObject(v)) return undefined;
  switch (v.type) {
    case 'ready':
      return { type: 'ready' };
    case 'page': {
      const route = parseRoute(v.route);
      if (!route || !isCount(v.requestId)) return undefined;
      const page: FromWebview = { type: 'page', requestId: v.requestId, route };
      if (isObject(v.keep)) {
        const keep: Partial<Record<Section, number>> = {};
        for (const section of SECTIONS) {
          const n = v.keep[section];
          if (isCount(n)) keep[section] = n;
        }
        page.keep = keep;
      }
      return page;
    }
    case 'more': {
      const route = parseRoute(v.route);
      if (!route || !isCount(v.requestId) || !isCount(v.offset) || !oneOf(v.section, SECTIONS)) return undefined;
      return { type: 'more', requestId: v.requestId, route, section: v.section, offset: v.offset };
    }
    case 'entities': {
      const query = parseQuery(v.query);
      if (!query || !isCount(v.requestId) || !isCount(v.offset) || !isCount(v.limit) || v.limit === 0 || v.limit > MAX_ROWS_PER_REQUEST) return undefined;
      return { type: 'entities', requestId: v.requestId, query, offset: v.offset, limit: v.limit };
    }
    case 'open':
      if (!isText(v.path) || v.path.length === 0 || !isCount(v.start) || !isCount(v.end) || v.end < v.start) return undefined;
      return { type: 'open', path: v.path, start: v.start, end: v.end };
    case 'follow':
      return typeof v.follow === 'boolean' ? { type: 'follow', follow: v.follow } : undefined;
    case 'rendered': {
      const route = parseRoute(v.route);
      return route && typeof v.ms === 'number' && Number.isFinite(v.ms) && v.ms >= 0 ? { type: 'rendered', route, ms: v.ms } : undefined;
    }
    case 'curate':
      return oneOf(v.action, CURATE_ACTIONS) && isText(v.entityId) && v.entityId.length > 0 ? { type: 'curate', action: v.action, entityId: v.entityId } : undefined;
    default:
      return undefined;
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return a.kind === b.kind && (a.kind !== 'entity' || (b.kind === 'entity' && a.id === b.id));
}
