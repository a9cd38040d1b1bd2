// What the claims panel shows, computed from the index: plain functions, no `vscode`, so they
// are unit-tested in Node. Only visible slices leave here (the webview asks for more).

import { claimsOf, claimWording, groupClaimsInSlices, type Claim, type WordingSegment } from '../../core/claims';
import type { CorpusQueries, EntitySummary } from '../../core/index/queries';
import type { Quote } from '../../core/types';
import type {
  ArticleRef,
  ArticleRow,
  ClaimView,
  EntityPage,
  EntityQuery,
  EntityRow,
  Grouped,
  MentionView,
  OverviewPage,
  Page,
  QuoteView,
  Route,
  Section,
} from '../../../webview/protocol';

export const PAGE_SIZE: Record<Section, number> = { mentions: 100, quotes: 50, claims: 20, articles: 100 };
const TOP = 10;
/** A page re-sent after an index change shows at most this many items of a section. */
const MAX_KEEP = 2000;
const COOCCURRING = 20;

/** Lowercase without accents, so "Erdoğan" is found by "erdogan". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function toRow(e: EntitySummary, matchedAlias?: string): EntityRow {
  const row: EntityRow = { id: e.id, name: e.name, kind: e.kind, mentions: e.mentionCount, articles: e.articleCount, quotes: e.quoteCount };
  if (matchedAlias) row.matchedAlias = matchedAlias;
  return row;
}

/** Filters by kind and by name or alias containing the text, then sorts; ties break by name. */
export function filterAndSortEntities(all: readonly EntitySummary[], query: EntityQuery): EntityRow[] {
  const needle = fold(query.text.trim());
  const rows: EntityRow[] = [];
  for (const e of all) {
    if (query.kind !== 'all' && e.kind !== query.kind) continue;
    if (!needle) {
      rows.push(toRow(e));
      continue;
    }
    if (fold(e.name).includes(needle)) rows.push(toRow(e));
    else {
      const alias = e.aliases.find((a) => fold(a).includes(needle));
      if (alias !== undefined) rows.push(toRow(e, alias));
    }
  }
  const byName = (a: EntityRow, b: EntityRow) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const order: Record<EntityQuery['sort'], (a: EntityRow, b: EntityRow) => number> = {
    mentions: (a, b) => b.mentions - a.mentions || byName(a, b),
    articles: (a, b) => b.articles - a.articles || b.mentions - a.mentions || byName(a, b),
    name: byName,
  };
  return rows.sort(order[query.sort]);
}

/** Consecutive items of the same article in one group, in the order given. */
export function groupByArticle<T extends { path: string }>(items: readonly T[], articleOf: (path: string) => ArticleRef): Array<Grouped<T>> {
  const groups: Array<Grouped<T>> = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.article.path === item.path) last.items.push(item);
    else groups.push({ article: articleOf(item.path), items: [item] });
  }
  return groups;
}

function quoteView(q: Quote): QuoteView {
  return { path: q.path, start: q.start, end: q.end, text: q.text, type: q.type, speakerName: q.speakerName };
}

function claimView(claim: Claim, articleOf: (path: string) => ArticleRef, wording: WordingSegment[][]): ClaimView {
  return {
    id: claim.id,
    speakers: claim.speakers,
    articles: claim.articles,
    outlets: claim.outlets,
    versions: claim.versions.map((v, i) => ({
      path: v.quote.path,
      start: v.quote.start,
      end: v.quote.end,
      article: articleOf(v.quote.path),
      ...(v.outlet ? { outlet: v.outlet } : {}),
      speaker: v.quote.speaker,
      speakerName: v.quote.speakerName,
      segments: wording[i],
    })),
  };
}

/**
 * Page builder over one state of the index. Make a new one when the index changes; it
 * caches the sorted entity list and the corpus-wide claims for the state it was made on.
 */
export class PanelModel {
  private allEntities?: EntitySummary[];
  private sortedRows = new Map<string, EntityRow[]>();
  private claims?: Claim[];
  private readonly articleRefs = new Map<string, ArticleRef>();

  /** What the claims were grouped from, to carry them to the next state. */
  private grouped?: { signatures: string[]; quotes: Quote[]; claims: Claim[] };
  private previous?: PanelModel;

  /** `previous`: the model of the index state before, whose claims may be carried over. */
  constructor(
    private readonly index: CorpusQueries,
    private readonly pageSize: Record<Section, number> = PAGE_SIZE,
    previous?: PanelModel,
  ) {
    // Only what it grouped is kept of the previous model, and only until first used.
    if (previous?.grouped) this.previous = previous;
  }

  entityRows(query: EntityQuery, offset: number, limit: number): { total: number; rows: EntityRow[] } {
    const key = JSON.stringify([query.text.trim(), query.kind, query.sort]);
    let rows = this.sortedRows.get(key);
    if (!rows) {
      this.allEntities ??= this.index.entities();
      rows = filterAndSortEntities(this.allEntities, query);
      if (this.sortedRows.size > 20) this.sortedRows.clear();
      this.sortedRows.set(key, rows);
    }
    return { total: rows.length, rows: rows.slice(offset, offset + limit) };
  }

  /** A claim as the panel shows it, its wording compared once per claim. */
  private claimView(claim: Claim): ClaimView {
    let wording = this.wording.get(claim);
    if (!wording) this.wording.set(claim, (wording = claimWording(claim)));
    return claimView(claim, this.articleRef, wording);
  }
  private wording = new WeakMap<Claim, WordingSegment[][]>();

  articleRef = (path: string): ArticleRef => {
    let ref = this.articleRefs.get(path);
    if (!ref) {
      const a = this.index.article(path);
      ref = { path, title: a?.title || path };
      if (a?.outlet) ref.outlet = a.outlet;
      if (a?.date) ref.date = a.date;
      this.articleRefs.set(path, ref);
    }
    return ref;
  };

  /**
   * Every quotation of the corpus grouped into claims, once per index state, in slices that
   * leave the extension host free between them. An edit that leaves every quotation as it was
   * (most edits) only moves offsets: the previous state's claims are carried over with the new
   * quote objects instead of grouping again. `dispose()` stops a grouping under way.
   */
  allClaims(): Promise<Claim[]> {
    this.claimsPromise ??= this.groupAll();
    return this.claimsPromise;
  }
  private claimsPromise?: Promise<Claim[]>;
  private readonly abort = new AbortController();

  /** Stops grouping for this index state (a newer one replaces it). */
  dispose(): void {
    this.abort.abort();
  }

  private async groupAll(): Promise<Claim[]> {
    const quotes = this.index.articles().flatMap((a) => this.index.quotesIn(a.path));
    const signatures = quotes.map((q) => `${q.path}\u0000${q.text}\u0000${q.speaker}\u0000${q.speakerName}\u0000${q.type}`);
    const before = this.previous?.grouped;
    this.previous = undefined;
    let claims: Claim[];
    if (before && before.signatures.length === signatures.length && before.signatures.every((sig, i) => sig === signatures[i])) {
      const moved = new Map(before.quotes.map((q, i) => [q, quotes[i]]));
      claims = before.claims.map((claim) => {
        const versions = claim.versions.map((v) => ({ ...v, quote: moved.get(v.quote)! }));
        return { ...claim, id: `${versions[0].quote.path}:${versions[0].quote.start}`, versions };
      });
    } else {
      claims = await groupClaimsInSlices(
        quotes,
        {
          sourceOf: (path) => this.articleRef(path),
          contextOf: (q) => this.index.sentenceAround(q.path, q.start, q.end)?.text,
          peopleAround: (q) => {
            const span = this.index.sentenceAround(q.path, q.start, q.end)?.span;
            if (!span) return [];
            return this.index.mentionsIn(q.path).filter((m) => m.start >= span.start && m.end <= span.end && this.index.entity(m.entity)?.kind === 'person');
          },
        },
        this.abort.signal,
      );
    }
    this.claims = claims;
    this.grouped = { signatures, quotes, claims };
    return claims;
  }

  /** Whether a page of this route shows claims, which are then grouped first. */
  private showsClaims(route: Route): boolean {
    return route.kind === 'overview' || (route.kind === 'entity' && this.index.quotesBy(route.id).length > 0);
  }

  /** `keep`: how many items of each section the reader had loaded, to show as many again. */
  async page(route: Route, keep: Partial<Record<Section, number>> = {}): Promise<Page> {
    if (this.showsClaims(route)) await this.allClaims();
    this.keep = keep;
    try {
      if (route.kind === 'entities') return { kind: 'entities' };
      if (route.kind === 'overview') return this.overview();
      return this.entityPage(route.id) ?? { kind: 'missing', id: route.id };
    } finally {
      this.keep = {};
    }
  }
  private keep: Partial<Record<Section, number>> = {};

  private overview(): OverviewPage {
    const stats = this.index.stats();
    const people = this.entityRows({ text: '', kind: 'person', sort: 'mentions' }, 0, TOP).rows;
    const places = this.entityRows({ text: '', kind: 'place', sort: 'mentions' }, 0, TOP).rows;
    const speakers = this.entityRows({ text: '', kind: 'person', sort: 'mentions' }, 0, Number.MAX_SAFE_INTEGER)
      .rows.filter((r) => r.quotes > 0)
      .sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions)
      .slice(0, TOP);
    const articles = this.slice({ kind: 'overview' }, 'articles', 0);
    const claims = this.slice({ kind: 'overview' }, 'claims', 0);
    return {
      kind: 'overview',
      stats,
      articles: articles as OverviewPage['articles'],
      topPeople: people,
      topPlaces: places,
      topSpeakers: speakers,
      claims: claims as OverviewPage['claims'],
    };
  }

  private entityPage(id: string): EntityPage | undefined {
    const entity = this.index.entity(id);
    if (!entity) return undefined;
    const summary = (this.allEntities ??= this.index.entities()).find((e) => e.id === id);
    const row = summary ? toRow(summary) : { id, name: entity.name, kind: entity.kind, mentions: 0, articles: 0, quotes: 0 };
    return {
      kind: 'entity',
      entity: { ...row, aliases: entity.aliases },
      claims: this.slice({ kind: 'entity', id }, 'claims', 0) as EntityPage['claims'],
      quotes: this.slice({ kind: 'entity', id }, 'quotes', 0) as EntityPage['quotes'],
      mentions: this.slice({ kind: 'entity', id }, 'mentions', 0) as EntityPage['mentions'],
      cooccurring: this.index.cooccurring(id, COOCCURRING).map(({ entity: e, articles }) => ({ ...toRow(e), together: articles })),
    };
  }

  /** One page of a section, starting at `offset` (counted in items, not groups). */
  async more(route: Route, section: Section, offset: number): Promise<{ items: unknown[]; total: number }> {
    if (section === 'claims' && this.showsClaims(route)) await this.allClaims();
    return this.slice(route, section, offset);
  }

  /** `more` once the claims it may need are grouped. */
  private slice(route: Route, section: Section, offset: number): { items: unknown[]; total: number } {
    const size = Math.min(Math.max(this.pageSize[section], this.keep[section] ?? 0), MAX_KEEP);
    if (route.kind === 'overview') {
      if (section === 'articles') {
        const all = this.index.articles();
        const rows: ArticleRow[] = all.slice(offset, offset + size).map((a) => ({ ...this.articleRef(a.path), people: a.people, places: a.places, quotes: a.quotes }));
        return { items: rows, total: all.length };
      }
      if (section === 'claims') {
        const shared = this.claims!.filter((c) => c.articles > 1);
        return { items: shared.slice(offset, offset + size).map((c) => this.claimView(c)), total: shared.length };
      }
      return { items: [], total: 0 };
    }
    if (route.kind !== 'entity' || !this.index.entity(route.id)) return { items: [], total: 0 };
    const id = route.id;
    if (section === 'claims') {
      // Only someone quoted can be the speaker of a claim: no grouping for places and the unquoted.
      if (this.index.quotesBy(id).length === 0) return { items: [], total: 0 };
      const mine = claimsOf(this.claims!, id);
      return { items: mine.slice(offset, offset + size).map((c) => this.claimView(c)), total: mine.length };
    }
    if (section === 'quotes') {
      const all = this.index.quotesBy(id);
      return { items: groupByArticle(all.slice(offset, offset + size).map(quoteView), this.articleRef), total: all.length };
    }
    if (section === 'mentions') {
      const total = this.index.mentionsOf(id).length;
      const slice: MentionView[] = this.index
        .mentionsInContext(id, { offset, limit: size })
        .map((m) => ({ path: m.path, start: m.start, end: m.end, sentence: m.sentence, inSentence: m.inSentence }));
      return { items: groupByArticle(slice, this.articleRef), total };
    }
    return { items: [], total: 0 };
  }
}
