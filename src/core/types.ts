// Shared vocabulary of the engine. Everything here is plain data (JSON-serialisable)
// so it can cross worker boundaries, be cached on disk and be sent to the panel.

/** All offsets are UTF-16 code-unit indices into the article text as read (BOM removed). */
export interface Span {
  start: number;
  end: number;
}

export type EntityKind = 'person' | 'place';

export type QuoteType = 'statement' | 'partial' | 'scare';

/** One article file, loaded and split into metadata, body and boilerplate. */
export interface Article {
  /** Path relative to the corpus root, with forward slashes. */
  path: string;
  text: string;
  title: string;
  outlet?: string;
  date?: string;
  url?: string;
  author?: string;
  /** The part that is the article itself: after front matter, before trailing boilerplate. */
  body: Span;
  /** Lines inside `body` that are page furniture, not article ("Reading Time: 2 minutes"); names there are not reported. */
  excluded?: Span[];
  /** Problems met while loading (malformed front matter, replaced bytes...). */
  warnings: string[];
}

/** A name found in one article, before cross-article linking. */
export interface NameMention extends Span {
  /** Surface text exactly as in the article, e.g. "Blair's" is reported as "Blair". */
  text: string;
  kind: EntityKind;
  /**
   * Within-article cluster: mentions with the same `local` number name the same
   * entity in this article (e.g. "Tony Blair", "Mr Blair", "Blair").
   */
  local: number;
  /** Fullest name of the local cluster, e.g. "Tony Blair"; used for linking. */
  fullName: string;
  /**
   * Set when this article alone does not settle that the cluster is a person or place (a lone
   * capitalised word: "Absa", "Reading"); linking keeps it only if the corpus confirms it.
   */
  weak?: boolean;
}

/** A quotation found in one article, speaker given in article-local terms. */
export interface LocalQuote extends Span {
  /** Text between the quote marks (for multi-paragraph quotes: from first opener to last closer). */
  text: string;
  type: QuoteType;
  /** Index into the article's NameMention[] of the mention that names the speaker, or null. */
  speakerMention: number | null;
  /** Speaker as written when it is not a person mention ("the Kremlin", "a senior US official"), else the person's name. */
  speakerName: string | null;
}

/** Everything the engine learns from one article alone; the unit of caching and of parallel work. */
export interface ArticleAnalysis {
  article: Article;
  sentences: Span[];
  paragraphs: Span[];
  names: NameMention[];
  quotes: LocalQuote[];
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
}

/** A mention linked to a corpus-wide entity. */
export interface Mention extends Span {
  path: string;
  entity: string;
  text: string;
}

export interface Quote extends Span {
  path: string;
  text: string;
  type: QuoteType;
  /** Entity id of the speaking person, or null (organisation, unnamed source, unknown). */
  speaker: string | null;
  speakerName: string | null;
}

/** The CLI's `export` format (issue 3). Extra fields are allowed; these are not to change. */
export interface IndexExport {
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  articles?: Array<Omit<Article, 'text' | 'warnings'> & { warnings?: string[] }>;
}
