import type { ArticleAnalysis, Entity, EntityKind, IndexExport, Mention, Quote, Span } from '../types';
import type { Curation } from '../config/curation';
import type { LinkResult, LinkSince } from '../link/link';
import { addToList } from '../multimap';
import { quoteSpeakerMentions } from './analysisCodec';
import type { ArticleSummary, CorpusQueries, EntityFilter, EntitySummary, Hit, IndexStats, MentionInContext } from './queries';

/**
 * A saved linking's entity ids as numbers (indices into `ids`; -1: none), path by path: what a warm
 * start counts from (`CorpusIndex.adoptLink`). The lists of `paths[i]` are `mentionIds` from
 * `mentionStarts[i]` to `mentionStarts[i + 1]` (the entity of each name mention, as `entityOf`) and
 * likewise `speakerIds` (the entity of each quotation's speaker, `speakerOf`).
 */
export interface LinkNumbers {
  ids: readonly string[];
  paths: readonly string[];
  mentionStarts: Int32Array;
  mentionIds: Int32Array;
  speakerStarts: Int32Array;
  speakerIds: Int32Array;
}

/** Corpus-wide linking: one entity per real-world person or place (src/core/link). */
export type { LinkResult, LinkSince };
/** Links the analyses; `since`, when given, says what changed since the result the index holds. */
export type LinkFn = (analyses: ArticleAnalysis[], curation?: Curation, since?: LinkSince) => LinkResult;
/**
 * Does the link function's work ahead, until `deadline` (performance.now()); true once a call of
 * the link function on these analyses has little left to do (src/core/link: prepareLinkCorpus).
 */
export type PrepareLinkFn = (analyses: readonly ArticleAnalysis[], curation: Curation | undefined, deadline: number, since?: LinkSince) => boolean;

export interface IndexChange {
  /** Articles added or changed. */
  changed: string[];
  removed: string[];
}

export interface CorpusIndexOptions {
  link: LinkFn;
  /** Lets `relinkInSlices` link in slices; without it, only applying the result is sliced. */
  prepareLink?: PrepareLinkFn;
  curation?: Curation;
}

const NO_IDS: (string | null)[] = [];

/** Longest context shown around a mention; long sentences (or one-line files) are clipped. */
const CONTEXT_CHARS = 240;

/**
 * What the index keeps of one article. Linking only counts the article into the corpus maps
 * (a pass over its ids); its mentions, quotes and lookups are made when it is first asked for.
 */
interface ArticleEntry {
  analysis: ArticleAnalysis;
  /** Entity of each NameMention as last linked; undefined until the first link. */
  ids?: (string | null)[];
  /** Made from `analysis` and `ids` when first asked for; dropped when the ids change. */
  view?: ArticleView;
}

/** One linked article's mentions and quotes, sorted, with what its lookups need. */
interface ArticleView {
  mentions: Mention[];
  /** mentionMaxEnd[i] = max end of mentions[0..i]: lets a lookup stop walking back early. */
  mentionMaxEnd: number[];
  quotes: Quote[];
  quoteMaxEnd: number[];
  byEntity: Map<string, Mention[]>;
  quotesBy: Map<string, Quote[]>;
  quotesMentioning: Map<string, Quote[]>;
  people: number;
  places: number;
}

/** Scratch lists of `countArticle` (one article's entities and their mentions), kept to spare the garbage collector. */
const ARTICLE_IDS: string[] = [];
const ARTICLE_COUNTS: number[] = [];

/** The view of an article not linked yet. */
const UNLINKED_VIEW: ArticleView = Object.freeze({
  mentions: [],
  mentionMaxEnd: [],
  quotes: [],
  quoteMaxEnd: [],
  byEntity: new Map(),
  quotesBy: new Map(),
  quotesMentioning: new Map(),
  people: 0,
  places: 0,
});

/**
 * The in-memory index of a corpus. Articles come and go one at a time (`upsert`, `remove`,
 * `rename`); corpus-wide linking runs lazily on the next query after a change, and only the
 * articles whose links changed are re-derived, so one edit costs one article plus linking.
 */
export class CorpusIndex implements CorpusQueries {
  private readonly link: LinkFn;
  private curation: Curation | undefined;
  private readonly articlesByPath = new Map<string, ArticleEntry>();
  private readonly entityById = new Map<string, Entity>();
  private readonly articlesOfEntity = new Map<string, Set<string>>();
  private readonly mentionCount = new Map<string, number>();
  private readonly quoteCount = new Map<string, number>();
  /** Mentions and quotes of all linked articles (stats). */
  private linkedMentions = 0;
  private linkedQuotes = 0;
  private dirty = false;
  private mentionsOfCache = new Map<string, Mention[]>();
  private summariesCache: EntitySummary[] | undefined;
  /** Lower-cased names and aliases of all summaries in one string, and where each summary's begin. */
  private searchIndex: { text: string; starts: number[] } | undefined;
  /** The last text filter's matches (indices into the summaries), which a longer text narrows. */
  private lastSearch: { summaries: EntitySummary[]; needle: string; matches: number[] } | undefined;
  private readonly listeners = new Set<(change: IndexChange) => void>();
  private adopted: LinkResult | undefined;
  /** Article paths in order; undefined after an article is added or removed. */
  private sortedPaths: string[] | undefined;
  private lastLink: LinkResult | undefined;
  private lastEntities: Entity[] | undefined;
  private readonly prepareLink: PrepareLinkFn | undefined;
  /** Bumped by every change of the articles or the curation. */
  private generation = 0;
  /** Set while `relinkInSlices` runs: queries answer from the previous linking meanwhile. */
  private slicing: Promise<number> | undefined;
  private inSlices = false;
  /** The analyses in path order (and where each path is in it), kept while no article comes or goes. */
  private analysesOf: { generation: number; list: ArticleAnalysis[]; at: Map<string, number> } | undefined;
  /** Articles added or replaced since the last linking: linked again whether or not their ids changed. */
  private unlinked = new Map<string, ArticleAnalysis>();
  /** Articles removed since the last linking. */
  private removedSince = new Set<string>();
  /** What the last linking gives the articles still to apply it to, by path. */
  private linkedIds: Map<string, (string | null)[] | null> = new Map();

  constructor(options: CorpusIndexOptions) {
    this.link = options.link;
    this.prepareLink = options.prepareLink;
    this.curation = options.curation;
  }

  // ---- changes ----

  /** Adds or replaces the analysis of one article. */
  upsert(analysis: ArticleAnalysis): void {
    this.upsertMany([analysis]);
  }

  upsertMany(analyses: readonly ArticleAnalysis[]): void {
    if (analyses.length === 0) return;
    const ordered = this.analysesOf?.generation === this.generation ? this.analysesOf : undefined;
    for (const analysis of analyses) {
      const path = analysis.article.path;
      const old = this.articlesByPath.get(path);
      if (old) this.unlinkArticle(path, old);
      else this.sortedPaths = undefined;
      this.articlesByPath.set(path, { analysis });
      this.unlinked.set(path, analysis);
      const at = ordered?.at.get(path);
      if (at !== undefined) ordered!.list[at] = analysis;
    }
    this.dirty = true;
    this.generation++;
    // Replacing articles keeps the order: the list stays good (an edit must not cost a pass over the corpus).
    if (ordered && this.sortedPaths) ordered.generation = this.generation;
    this.emit({ changed: analyses.map((a) => a.article.path), removed: [] });
  }

  remove(path: string): boolean {
    const old = this.articlesByPath.get(path);
    if (!old) return false;
    this.unlinkArticle(path, old);
    this.articlesByPath.delete(path);
    this.unlinked.delete(path);
    this.removedSince.add(path);
    this.sortedPaths = undefined;
    this.dirty = true;
    this.generation++;
    this.emit({ changed: [], removed: [path] });
    return true;
  }

  rename(from: string, to: string): boolean {
    const old = this.articlesByPath.get(from);
    if (!old || from === to) return false;
    this.unlinkArticle(from, old);
    this.articlesByPath.delete(from);
    this.unlinked.delete(from);
    this.removedSince.add(from);
    const previous = this.articlesByPath.get(to);
    if (previous) this.unlinkArticle(to, previous);
    const analysis = { ...old.analysis, article: { ...old.analysis.article, path: to } };
    this.articlesByPath.set(to, { analysis });
    this.unlinked.set(to, analysis);
    this.sortedPaths = undefined;
    this.dirty = true;
    this.generation++;
    this.emit({ changed: [to], removed: [from] });
    return true;
  }

  setCuration(curation: Curation | undefined): void {
    this.curation = curation;
    this.dirty = true;
    this.generation++;
    this.emit({ changed: [], removed: [] });
  }

  /** Called after every change, before linking; listeners may query (which links). */
  onDidChange(listener: (change: IndexChange) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  has(path: string): boolean {
    return this.articlesByPath.has(path);
  }

  analysisOf(path: string): ArticleAnalysis | undefined {
    return this.articlesByPath.get(path)?.analysis;
  }

  paths(): string[] {
    this.sortedPaths ??= [...this.articlesByPath.keys()].sort(comparePaths);
    return this.sortedPaths.slice();
  }

  /**
   * Uses a saved linking result for the next relink instead of linking again (a warm start).
   * Only valid for exactly the analyses it was made from, under the same curation.
   */
  adoptLink(result: LinkResult, numbers?: LinkNumbers): void {
    this.adopted = result;
    this.dirty = true;
    if (numbers && !this.inSlices) this.adoptCounted(result, numbers);
  }

  /**
   * A warm start's fast path, when nothing is linked yet and the saved linking covers exactly the
   * articles held: applies it from the ids and the entity of each quotation's speaker alone
   * (`speakerOf`, saved with it, as numbers), so that no article's names or quotes are made until
   * asked for. Otherwise does nothing and the next relink applies the result as usual.
   */
  private adoptCounted(result: LinkResult, saved: LinkNumbers): void {
    const { entityOf } = result;
    if (this.lastLink || this.entityById.size || this.articlesOfEntity.size || this.unlinked.size !== this.articlesByPath.size || this.removedSince.size) return;
    if (entityOf.size !== this.articlesByPath.size || saved.paths.length !== entityOf.size) return;
    const listOf = new Map<string, number>();
    saved.paths.forEach((path, i) => listOf.set(path, i));
    for (const [path, entry] of this.articlesByPath) if (entry.ids || !entityOf.has(path) || !listOf.has(path)) return;
    // Counted entity by entity in flat arrays rather than article by article in the maps (a tenth
    // of the map operations on a large corpus), from the saved numbers rather than the ids (no map
    // look-up per mention). Entities are numbered in the order a relink would first count them
    // (articles in path order, then mention order), so that the maps iterate alike.
    this.sortedPaths ??= [...this.articlesByPath.keys()].sort(comparePaths);
    const paths = this.sortedPaths;
    const { mentionStarts, mentionIds, speakerStarts, speakerIds } = saved;
    const numberOfSaved = new Int32Array(saved.ids.length).fill(-1);
    const quotesOfSaved = new Int32Array(saved.ids.length);
    const order: string[] = [];
    const numbers = new Int32Array(mentionIds.length);
    const ends = new Int32Array(paths.length);
    let k = 0;
    for (let a = 0; a < paths.length; a++) {
      const path = paths[a];
      this.articlesByPath.get(path)!.ids = entityOf.get(path)!;
      const list = listOf.get(path)!;
      for (let j = mentionStarts[list]; j < mentionStarts[list + 1]; j++) {
        const id = mentionIds[j];
        if (id < 0) continue;
        let n = numberOfSaved[id];
        if (n < 0) numberOfSaved[id] = n = order.push(saved.ids[id]) - 1;
        numbers[k++] = n;
      }
      ends[a] = k;
      for (let j = speakerStarts[list]; j < speakerStarts[list + 1]; j++) {
        const id = speakerIds[j];
        if (id >= 0) quotesOfSaved[id]++;
      }
    }
    this.linkedQuotes += speakerIds.length;
    for (let id = 0; id < quotesOfSaved.length; id++) if (quotesOfSaved[id] > 0) this.quoteCount.set(saved.ids[id], quotesOfSaved[id]);
    this.linkedMentions += k;
    const mentions = new Int32Array(order.length);
    const lastArticle = new Int32Array(order.length).fill(-1);
    const articles: Set<string>[] = order.map(() => new Set());
    for (let a = 0, i = 0; a < paths.length; a++) {
      for (; i < ends[a]; i++) {
        const n = numbers[i];
        mentions[n]++;
        if (lastArticle[n] !== a) {
          lastArticle[n] = a;
          articles[n].add(paths[a]);
        }
      }
    }
    order.forEach((id, n) => {
      this.mentionCount.set(id, mentions[n]);
      this.articlesOfEntity.set(id, articles[n]);
    });
    for (const entity of result.entities) this.entityById.set(entity.id, entity);
    this.lastEntities = result.entities;
    this.lastLink = result;
    this.adopted = undefined;
    this.dirty = false;
    this.unlinked = new Map();
    this.linkedIds = new Map();
    this.summariesCache = undefined;
  }

  /** The result of the latest linking, e.g. to save it with the analyses. */
  linkResult(): LinkResult | undefined {
    this.relink();
    return this.lastLink;
  }

  /** Runs corpus-wide linking now if anything changed since the last time. Queries call it. */
  relink(): void {
    if (!this.dirty || this.inSlices) return;
    const paths = this.takeLink();
    this.applyLink(paths, 0, Infinity);
  }

  /**
   * Links like `relink`, in slices of about `sliceMs` with `pause()` between them, so the calling
   * thread stays responsive however large the corpus. Meanwhile queries answer from the previous
   * linking (partial results). Resolves with the milliseconds spent working, once up to date.
   */
  async relinkInSlices(pause: () => Promise<void>, sliceMs = 12): Promise<number> {
    let worked = 0;
    while (this.slicing) worked += await this.slicing;
    while (this.dirty) {
      this.inSlices = true;
      this.slicing = this.linkInSlices(pause, sliceMs);
      try {
        worked += await this.slicing;
      } finally {
        this.slicing = undefined;
        this.inSlices = false;
      }
    }
    return worked;
  }

  /** Makes the next link cheap, in slices (e.g. after adopting a saved linking, before any edit). */
  async prepareInSlices(pause: () => Promise<void>, sliceMs = 12): Promise<void> {
    if (!this.prepareLink) return;
    for (let generation = -1; ; await pause()) {
      if (this.generation !== generation && generation !== -1) return; // the next relink takes over
      generation = this.generation;
      if (this.prepareLink(this.sortedAnalyses(), this.curation, performance.now() + sliceMs, this.since())) return;
    }
  }

  /** What changed since the linking this index holds, for a linker that can take in just that. */
  private since(): LinkSince | undefined {
    if (!this.lastLink || this.adopted) return undefined;
    return { previous: this.lastLink, upserted: [...this.unlinked.values()], removed: [...this.removedSince] };
  }

  /** The analyses in path order, kept until the next change (each slice of linking asks again). */
  private sortedAnalyses(): ArticleAnalysis[] {
    if (this.analysesOf?.generation !== this.generation) {
      this.sortedPaths ??= [...this.articlesByPath.keys()].sort(comparePaths);
      const at = new Map<string, number>();
      this.sortedPaths.forEach((p, i) => at.set(p, i));
      this.analysesOf = { generation: this.generation, list: this.sortedPaths.map((p) => this.articlesByPath.get(p)!.analysis), at };
    }
    return this.analysesOf.list;
  }

  private async linkInSlices(pause: () => Promise<void>, sliceMs: number): Promise<number> {
    let worked = 0;
    const slice = <T>(fn: (deadline: number) => T): T => {
      const started = performance.now();
      try {
        return fn(started + sliceMs);
      } finally {
        worked += performance.now() - started;
      }
    };
    if (!this.adopted && this.prepareLink) {
      while (!slice((deadline) => this.prepareLink!(this.sortedAnalyses(), this.curation, deadline, this.since()))) await pause();
    }
    const generation = this.generation;
    const paths = slice(() => this.takeLink());
    for (let from = 0; from < paths.length; ) {
      await pause();
      // A change since: the articles differ from what was linked; the next relink redoes it.
      if (this.generation !== generation) return worked;
      from = slice((deadline) => this.applyLink(paths, from, deadline));
    }
    return worked;
  }

  /** Runs the link function (or takes the adopted result) and updates the entities; returns the paths to apply it to. */
  private takeLink(): string[] {
    this.dirty = false;
    const result = this.adopted ?? this.link(this.sortedAnalyses(), this.curation, this.since());
    this.adopted = undefined;
    const previous = this.lastLink;
    this.lastLink = result;
    this.summariesCache = undefined;
    const unlinked = this.unlinked;
    this.unlinked = new Map();
    this.removedSince = new Set();
    const changes = result.changes;
    if (previous && (result === previous || changes?.previous === previous)) {
      // The linker says what changed since the result this index holds: touch only that.
      if (result !== previous) {
        for (const entity of changes!.entities) this.entityById.set(entity.id, entity);
        for (const id of changes!.removedEntities) this.entityById.delete(id);
      }
      const ids = new Map(result === previous ? [] : changes!.entityOf);
      for (const path of unlinked.keys()) if (!ids.has(path)) ids.set(path, result.entityOf.get(path) ?? null);
      this.linkedIds = ids;
      return [...ids.keys()];
    }
    // A copy: a linker's map is live, and the result is applied in slices.
    this.linkedIds = new Map(result.entityOf);
    this.sortedPaths ??= [...this.articlesByPath.keys()].sort(comparePaths);
    const paths = this.sortedPaths;
    if (result.entities !== this.lastEntities) {
      // Most entities are the same objects as last time: update the map in place.
      this.lastEntities = result.entities;
      for (const entity of result.entities) if (this.entityById.get(entity.id) !== entity) this.entityById.set(entity.id, entity);
      if (this.entityById.size > result.entities.length) {
        const live = new Set(result.entities.map((e) => e.id));
        for (const id of [...this.entityById.keys()]) if (!live.has(id)) this.entityById.delete(id);
      }
    }
    return paths;
  }

  /** Applies the last linking to paths[from..] until `deadline`; returns where it stopped. */
  private applyLink(paths: readonly string[], from: number, deadline: number): number {
    let i = from;
    for (; i < paths.length; i++) {
      if ((i & 31) === 0 && i > from && performance.now() >= deadline) break;
      const path = paths[i];
      const entry = this.articlesByPath.get(path);
      if (!entry) continue; // removed since
      const ids = this.linkedIds.get(path) ?? NO_IDS;
      // The linker hands back the same array for an article it did not touch.
      if (entry.ids && (entry.ids === ids || sameIds(entry.ids, ids))) continue;
      this.unlinkArticle(path, entry);
      this.linkArticle(path, entry, ids);
    }
    this.summariesCache = undefined;
    return i;
  }

  private emit(change: IndexChange): void {
    this.summariesCache = undefined;
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch {
        // a listener's failure must not break the index
      }
    }
  }

  /**
   * Counts the article into the corpus maps under its new ids; what it holds (mentions, quotes,
   * lookups) is made on first use (`viewOf`), so applying a linking touches ids only.
   */
  private linkArticle(path: string, entry: ArticleEntry, ids: (string | null)[]): void {
    entry.ids = ids; // read only: it may be the linker's own array
    entry.view = undefined;
    this.countArticle(path, entry, 1);
  }

  /** Takes one article's contribution out of the corpus maps. */
  private unlinkArticle(path: string, entry: ArticleEntry): void {
    if (entry.ids) this.countArticle(path, entry, -1);
    entry.ids = undefined;
    entry.view = undefined;
  }

  /** Adds (sign 1) or takes out (-1) the article's mentions and quotes in the corpus maps. */
  private countArticle(path: string, entry: ArticleEntry, sign: 1 | -1): void {
    const ids = entry.ids!;
    const names = entry.analysis.names;
    this.countMentions(path, ids, names.length, sign);
    const speakers = quoteSpeakerMentions(entry.analysis);
    for (let i = 0; i < speakers.length; i++) {
      const speaker = speakerOf(speakers[i], names, ids);
      if (!speaker) continue;
      const count = (this.quoteCount.get(speaker) ?? 0) + sign;
      if (count > 0) this.quoteCount.set(speaker, count);
      else this.quoteCount.delete(speaker);
    }
    this.linkedQuotes += sign * speakers.length;
  }

  /** Adds (sign 1) or takes out (-1) the mentions of an article's first `names` names under these ids. */
  private countMentions(path: string, ids: readonly (string | null)[], names: number, sign: 1 | -1): void {
    // The article's entities and their mentions first (an entity is mentioned a few times in an
    // article): the corpus maps are then touched once per entity, not once per mention.
    const distinct = ARTICLE_IDS;
    const perId = ARTICLE_COUNTS;
    distinct.length = 0;
    perId.length = 0;
    let mentions = 0;
    for (let i = 0; i < names; i++) {
      const id = ids[i];
      if (!id) continue;
      mentions++;
      const at = distinct.indexOf(id);
      if (at >= 0) perId[at]++;
      else {
        distinct.push(id);
        perId.push(1);
      }
    }
    for (let k = 0; k < distinct.length; k++) {
      const id = distinct[k];
      const count = (this.mentionCount.get(id) ?? 0) + sign * perId[k];
      if (count > 0) this.mentionCount.set(id, count);
      else this.mentionCount.delete(id);
      let articles = this.articlesOfEntity.get(id);
      if (sign > 0) {
        if (!articles) this.articlesOfEntity.set(id, (articles = new Set()));
        articles.add(path);
      } else if (articles?.delete(path) && articles.size === 0) this.articlesOfEntity.delete(id);
      this.mentionsOfCache.delete(id);
    }
    this.linkedMentions += sign * mentions;
  }

  /** The article's mentions, quotes and lookups under its ids, made on first use. */
  private viewOf(entry: ArticleEntry): ArticleView {
    if (entry.view) return entry.view;
    const ids = entry.ids;
    if (!ids) return UNLINKED_VIEW;
    const { article, names, quotes: localQuotes } = entry.analysis;
    const path = article.path;
    const mentions: Mention[] = [];
    const people = new Set<string>();
    const places = new Set<string>();
    names.forEach((name, i) => {
      const entity = ids[i];
      if (!entity) return;
      mentions.push({ path, start: name.start, end: name.end, entity, text: name.text });
      (name.kind === 'person' ? people : places).add(entity);
    });
    mentions.sort(bySpan);
    const quotes: Quote[] = localQuotes.map((q) => {
      const speakerName = q.speakerMention !== null ? names[q.speakerMention] : undefined;
      return { path, start: q.start, end: q.end, text: q.text, type: q.type, speaker: speakerOf(q.speakerMention, names, ids), speakerName: q.speakerName ?? speakerName?.fullName ?? null };
    });
    quotes.sort(bySpan);
    const quotesMentioning = new Map<string, Quote[]>();
    for (const quote of quotes) {
      const seen = new Set<string>();
      for (let i = lowerBound(mentions, quote.start); i < mentions.length && mentions[i].start < quote.end; i++) {
        const id = mentions[i].entity;
        if (mentions[i].end > quote.end || seen.has(id)) continue;
        seen.add(id);
        addToList(quotesMentioning, id, quote);
      }
    }
    return (entry.view = {
      mentions,
      mentionMaxEnd: runningMaxEnd(mentions),
      quotes,
      quoteMaxEnd: runningMaxEnd(quotes),
      byEntity: groupBy(mentions, (m) => m.entity),
      quotesBy: groupBy(quotes.filter((q) => q.speaker), (q) => q.speaker!),
      quotesMentioning,
      people: people.size,
      places: places.size,
    });
  }

  /** The linked view of an article, after linking whatever changed. */
  private viewAt(path: string): ArticleView | undefined {
    const entry = this.entry(path);
    return entry && this.viewOf(entry);
  }

  private entry(path: string): ArticleEntry | undefined {
    this.relink();
    return this.articlesByPath.get(path);
  }

  // ---- queries ----

  stats(): IndexStats {
    this.relink();
    let people = 0;
    let places = 0;
    for (const id of this.articlesOfEntity.keys()) {
      const kind = this.entityById.get(id)?.kind;
      if (kind === 'person') people++;
      else if (kind === 'place') places++;
    }
    return { articles: this.articlesByPath.size, people, places, quotes: this.linkedQuotes, mentions: this.linkedMentions };
  }

  entity(id: string): Entity | undefined {
    this.relink();
    return this.entityById.get(id);
  }

  entities(filter: EntityFilter = {}): EntitySummary[] {
    const all = this.summaries();
    const limit = filter.limit === undefined ? Infinity : Math.max(0, Math.floor(filter.limit));
    const needle = filter.text?.trim().toLowerCase();
    if (!filter.kind && !needle) return all.slice(0, limit);
    const out: EntitySummary[] = [];
    if (!needle) {
      for (let i = 0; i < all.length && out.length < limit; i++) if (all[i].kind === filter.kind) out.push(all[i]);
      return out;
    }
    const { text, starts } = this.searchIndex!;
    const clean = needle.replace(/[\n\u0000]/g, ' ');
    const wanted = (i: number) => !filter.kind || all[i].kind === filter.kind;
    const last = this.lastSearch;
    if (last && last.summaries === all && clean.startsWith(last.needle)) {
      // Typing narrows: only the entities that matched the shorter text can match this one.
      const matches: number[] = [];
      for (const i of last.matches) {
        if (text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length).includes(clean)) matches.push(i);
      }
      this.lastSearch = { summaries: all, needle: clean, matches };
      for (let k = 0; k < matches.length && out.length < limit; k++) if (wanted(matches[k])) out.push(all[matches[k]]);
      return out;
    }
    // One native search through all names (most mentioned first), jumping to the next entity after
    // each match, instead of one test per entity; with a limit it stops at the limit-th match, so
    // a short, common text costs the results, not the corpus.
    const matches: number[] = [];
    for (let pos = text.indexOf(clean); pos >= 0; ) {
      const i = lastAtOrBefore(starts, pos);
      matches.push(i);
      if (wanted(i) && out.push(all[i]) >= limit) break;
      if (i + 1 >= starts.length) break;
      pos = text.indexOf(clean, starts[i + 1]);
    }
    // Only a complete list of matches can be narrowed by the next, longer text.
    this.lastSearch = out.length < limit ? { summaries: all, needle: clean, matches } : undefined;
    return out;
  }

  /** Entities that have at least one mention, most mentioned first; cached until the next change. */
  private summaries(): EntitySummary[] {
    this.relink();
    if (this.summariesCache) return this.summariesCache;
    const unsorted: EntitySummary[] = [];
    for (const id of this.articlesOfEntity.keys()) {
      const summary = this.summary(id);
      if (summary) unsorted.push(summary);
    }
    // Sorted by index over flat keys: on ~100k entities, comparing the objects' fields costs 4x more.
    const counts = new Int32Array(unsorted.length);
    const names = new Array<string>(unsorted.length);
    unsorted.forEach((e, i) => {
      counts[i] = e.mentionCount;
      names[i] = e.name;
    });
    const order = Array.from(unsorted.keys()).sort((i, j) => counts[j] - counts[i] || (names[i] < names[j] ? -1 : names[i] > names[j] ? 1 : 0));
    const list = order.map((i) => unsorted[i]);
    this.summariesCache = list;
    const starts: number[] = [];
    const parts: string[] = [];
    let length = 0;
    for (const e of list) {
      starts.push(length);
      const part = (e.aliases.length ? `${e.name}\u0000${e.aliases.join('\u0000')}` : e.name).toLowerCase() + '\n';
      length += part.length;
      parts.push(part);
    }
    this.searchIndex = { text: parts.join(''), starts };
    return list;
  }

  private summary(id: string): EntitySummary | undefined {
    const entity = this.entityById.get(id);
    const articles = this.articlesOfEntity.get(id);
    if (!entity || !articles) return undefined;
    // Spelled out, not spread: a spread makes each summary a slow dictionary object.
    const { name, kind, aliases } = entity;
    return { id, name, kind, aliases, mentionCount: this.mentionCount.get(id) ?? 0, articleCount: articles.size, quoteCount: this.quoteCount.get(id) ?? 0 };
  }

  hitAt(path: string, offset: number): Hit | undefined {
    const mention = this.mentionAt(path, offset);
    if (mention) {
      const entity = this.entityById.get(mention.entity);
      if (entity) return { type: 'mention', mention, entity };
    }
    const quote = this.quoteAt(path, offset);
    return quote ? { type: 'quote', quote } : undefined;
  }

  mentionAt(path: string, offset: number): Mention | undefined {
    const view = this.viewAt(path);
    return view ? innermostAt(view.mentions, view.mentionMaxEnd, offset) : undefined;
  }

  quoteAt(path: string, offset: number): Quote | undefined {
    const view = this.viewAt(path);
    return view ? innermostAt(view.quotes, view.quoteMaxEnd, offset) : undefined;
  }

  mentionsOf(entityId: string): Mention[] {
    this.relink();
    let list = this.mentionsOfCache.get(entityId);
    if (!list) {
      list = [];
      const paths = [...(this.articlesOfEntity.get(entityId) ?? [])].sort(comparePaths);
      for (const path of paths) list.push(...this.mentionsInArticle(this.articlesByPath.get(path)!, entityId));
      this.mentionsOfCache.set(entityId, list);
    }
    return list;
  }

  /** One entity's mentions in one article, from its view if made, else from its ids alone (cheaper). */
  private mentionsInArticle(entry: ArticleEntry, entityId: string): Mention[] {
    if (entry.view || !entry.ids) return this.viewOf(entry).byEntity.get(entityId) ?? [];
    const { article, names } = entry.analysis;
    const mentions: Mention[] = [];
    for (let i = 0; i < names.length; i++) {
      if (entry.ids[i] !== entityId) continue;
      const name = names[i];
      mentions.push({ path: article.path, start: name.start, end: name.end, entity: entityId, text: name.text });
    }
    return mentions.sort(bySpan);
  }

  mentionsInContext(entityId: string, range?: { offset: number; limit: number }): MentionInContext[] {
    const all = this.mentionsOf(entityId);
    const slice = range ? all.slice(Math.max(0, range.offset), Math.max(0, range.offset) + Math.max(0, range.limit)) : all;
    return slice.map((mention) => {
      const around = this.sentenceAround(mention.path, mention.start, mention.end);
      if (!around) return { ...mention, sentence: mention.text, inSentence: { start: 0, end: mention.text.length } };
      return { ...mention, ...clipContext(around.text, around.span.start, mention) };
    });
  }

  quotesBy(entityId: string): Quote[] {
    return this.collect(entityId, (e) => e.quotesBy.get(entityId));
  }

  quotesMentioning(entityId: string): Quote[] {
    return this.collect(entityId, (e) => e.quotesMentioning.get(entityId));
  }

  private collect(entityId: string, pick: (view: ArticleView) => Quote[] | undefined): Quote[] {
    this.relink();
    const out: Quote[] = [];
    for (const path of [...(this.articlesOfEntity.get(entityId) ?? [])].sort(comparePaths)) {
      const list = pick(this.viewOf(this.articlesByPath.get(path)!));
      if (list) out.push(...list);
    }
    return out;
  }

  cooccurring(entityId: string, limit = 20): Array<{ entity: EntitySummary; articles: number }> {
    this.relink();
    const counts = new Map<string, number>();
    for (const path of this.articlesOfEntity.get(entityId) ?? []) {
      for (const other of this.viewOf(this.articlesByPath.get(path)!).byEntity.keys()) {
        if (other !== entityId) counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1] || (this.mentionCount.get(b[0]) ?? 0) - (this.mentionCount.get(a[0]) ?? 0))
      .slice(0, limit)
      .flatMap(([id, articles]) => {
        const entity = this.summary(id);
        return entity ? [{ entity, articles }] : [];
      });
  }

  article(path: string): ArticleSummary | undefined {
    const entry = this.entry(path);
    return entry ? articleSummary(entry) : undefined;
  }

  articles(): ArticleSummary[] {
    this.relink();
    return this.paths().map((p) => articleSummary(this.articlesByPath.get(p)!));
  }

  mentionsIn(path: string): Mention[] {
    return this.viewAt(path)?.mentions.slice() ?? [];
  }

  quotesIn(path: string): Quote[] {
    return this.viewAt(path)?.quotes.slice() ?? [];
  }

  sentenceAround(path: string, start: number, end: number): { text: string; span: Span } | undefined {
    const analysis = this.articlesByPath.get(path)?.analysis;
    if (!analysis) return undefined;
    const text = analysis.article.text;
    const span = spanCovering(analysis.sentences, start, end) ?? spanCovering(analysis.paragraphs, start, end) ?? lineAround(text, start, end);
    return { text: text.slice(span.start, span.end), span };
  }

  export(): IndexExport {
    this.relink();
    const entities = [...this.articlesOfEntity.keys()].map((id) => this.entityById.get(id)).filter((e): e is Entity => !!e);
    entities.sort((a, b) => a.id.localeCompare(b.id));
    const mentions: Mention[] = [];
    const quotes: Quote[] = [];
    const articles: NonNullable<IndexExport['articles']> = [];
    for (const path of this.paths()) {
      const entry = this.articlesByPath.get(path)!;
      const view = this.viewOf(entry);
      mentions.push(...view.mentions);
      quotes.push(...view.quotes);
      const { text: _text, warnings, ...meta } = entry.analysis.article;
      articles.push(warnings.length ? { ...meta, warnings } : meta);
    }
    return { entities, mentions, quotes, articles };
  }
}

/** The entity a quotation's speaker is linked to: only a person speaks. */
export function speakerOf(speakerMention: number | null, names: ArticleAnalysis['names'], ids: readonly (string | null)[]): string | null {
  return speakerMention !== null && names[speakerMention]?.kind === 'person' ? ids[speakerMention] ?? null : null;
}

/** An article's summary, counted from its ids (listing the articles must not make every view). */
function articleSummary(entry: ArticleEntry): ArticleSummary {
  const { path, title, outlet, date, url, author, warnings } = entry.analysis.article;
  let people = entry.view?.people ?? 0;
  let places = entry.view?.places ?? 0;
  const ids = entry.ids;
  if (!entry.view && ids) {
    const persons = new Set<string>();
    const spots = new Set<string>();
    entry.analysis.names.forEach((name, i) => {
      const id = ids[i];
      if (id) (name.kind === 'person' ? persons : spots).add(id);
    });
    people = persons.size;
    places = spots.size;
  }
  const quotes = ids ? entry.analysis.quotes.length : 0;
  const summary: ArticleSummary = { path, title, people, places, quotes, warnings };
  if (outlet) summary.outlet = outlet;
  if (date) summary.date = date;
  if (url) summary.url = url;
  if (author) summary.author = author;
  return summary;
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

function sameIds(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) addToList(map, key(item), item);
  return map;
}

function runningMaxEnd(spans: readonly Span[]): number[] {
  const out = new Array<number>(spans.length);
  let max = -1;
  for (let i = 0; i < spans.length; i++) out[i] = max = Math.max(max, spans[i].end);
  return out;
}

/** Index of the last number <= value in an ascending array (value >= array[0]). */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first span whose start is >= offset. */
function lowerBound(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span with the latest start among those covering offset (spans sorted by start). */
function innermostAt<T extends Span>(spans: readonly T[], maxEnd: readonly number[], offset: number): T | undefined {
  for (let i = lowerBound(spans, offset + 1) - 1; i >= 0 && maxEnd[i] > offset; i--) {
    if (spans[i].end > offset) return spans[i];
  }
  return undefined;
}

/** The span (of sorted, non-overlapping spans) holding [start, end), if one does. */
function spanCovering(spans: readonly Span[], start: number, end: number): Span | undefined {
  const i = lowerBound(spans, start + 1) - 1;
  if (i < 0) return undefined;
  const s = spans[i];
  return s.start <= start && s.end >= end ? s : undefined;
}

function lineAround(text: string, start: number, end: number): Span {
  let from = start;
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  let to = end;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
  return { start: from, end: to };
}

/** The sentence around a mention, clipped to CONTEXT_CHARS around it with "…" marks. */
function clipContext(sentence: string, sentenceStart: number, mention: Span): { sentence: string; inSentence: Span } {
  let start = mention.start - sentenceStart;
  let end = mention.end - sentenceStart;
  if (sentence.length <= CONTEXT_CHARS) return { sentence, inSentence: { start, end } };
  const room = Math.max(0, Math.floor((CONTEXT_CHARS - (end - start)) / 2));
  const from = Math.max(0, start - room);
  const to = Math.min(sentence.length, end + room);
  const prefix = from > 0 ? '…' : '';
  const clipped = prefix + sentence.slice(from, to) + (to < sentence.length ? '…' : '');
  start = start - from + prefix.length;
  end = end - from + prefix.length;
  return { sentence: clipped, inSentence: { start, end } };
}
