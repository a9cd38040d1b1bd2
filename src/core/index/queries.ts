import type { Article, Entity, EntityKind, Mention, Quote, Span } from '../types';

// The read side of the index: what the editor, the panel and the CLI ask.
// Every method answers from in-memory maps (no scans of the whole corpus per call).

export interface MentionInContext extends Mention {
  /** The sentence around the mention, and where the mention sits inside it. */
  sentence: string;
  /** Offsets of the mention inside `sentence`. */
  inSentence: Span;
}

export interface EntitySummary extends Entity {
  mentionCount: number;
  articleCount: number;
  quoteCount: number;
}

export interface ArticleSummary {
  path: string;
  title: string;
  outlet?: string;
  date?: string;
  url?: string;
  author?: string;
  people: number;
  places: number;
  quotes: number;
  warnings: string[];
}

export type Hit =
  | { type: 'mention'; mention: Mention; entity: Entity }
  | { type: 'quote'; quote: Quote };

export interface EntityFilter {
  kind?: EntityKind;
  /** Case-insensitive; matches anywhere in the name or an alias. */
  text?: string;
  /** At most this many (the most mentioned): a short text then costs the results, not the corpus. */
  limit?: number;
}

export interface IndexStats {
  articles: number;
  people: number;
  places: number;
  quotes: number;
  mentions: number;
}

export interface CorpusQueries {
  stats(): IndexStats;
  entity(id: string): Entity | undefined;
  /** Entities, most mentioned first (then by name), optionally filtered; see EntityFilter. */
  entities(filter?: EntityFilter): EntitySummary[];
  /** The mention (preferred) or quote covering this offset. */
  hitAt(path: string, offset: number): Hit | undefined;
  mentionAt(path: string, offset: number): Mention | undefined;
  quoteAt(path: string, offset: number): Quote | undefined;
  mentionsOf(entityId: string): Mention[];
  mentionsInContext(entityId: string, range?: { offset: number; limit: number }): MentionInContext[];
  quotesBy(entityId: string): Quote[];
  quotesMentioning(entityId: string): Quote[];
  /** Entities most often mentioned in the same articles as this one, best first. */
  cooccurring(entityId: string, limit?: number): Array<{ entity: EntitySummary; articles: number }>;
  article(path: string): ArticleSummary | undefined;
  articles(): ArticleSummary[];
  mentionsIn(path: string): Mention[];
  quotesIn(path: string): Quote[];
  /** The sentence containing [start, end) in this article. */
  sentenceAround(path: string, start: number, end: number): { text: string; span: Span } | undefined;
  export(): import('../types').IndexExport;
}

export type { Article };
