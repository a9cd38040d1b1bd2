// Scores an engine export (IndexExport, issue 3) against the gold set. Pure functions: no I/O.
import type { EntityKind, IndexExport, Mention, Quote, QuoteType, Span } from '../../src/core/types';
import type { Gold, GoldArticle, GoldMention, GoldQuote } from './gold';

/** Overlap-based precision/recall: predictions and gold items are counted separately. */
export interface Prf {
  predicted: number;
  predictedHits: number;
  gold: number;
  goldHits: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(predictedHits: number, predicted: number, goldHits: number, gold: number): Prf {
  const precision = predicted ? predictedHits / predicted : gold ? 0 : 1;
  const recall = gold ? goldHits / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { predicted, predictedHits, gold, goldHits, precision, recall, f1 };
}

export interface BCubed {
  items: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * B-cubed over items that each carry a gold cluster and a predicted cluster: per item, precision is
 * the share of its predicted cluster in its gold cluster, recall the share of its gold cluster in
 * its predicted cluster; both are averaged over items.
 */
export function bCubed(items: ReadonlyArray<{ gold: string; pred: string }>): BCubed {
  if (!items.length) return { items: 0, precision: 1, recall: 1, f1: 1 };
  const count = (key: (i: { gold: string; pred: string }) => string) => {
    const m = new Map<string, number>();
    for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
    return m;
  };
  const goldSize = count((i) => i.gold);
  const predSize = count((i) => i.pred);
  const both = count((i) => `${i.gold}\u0000${i.pred}`);
  let p = 0;
  let r = 0;
  for (const i of items) {
    const shared = both.get(`${i.gold}\u0000${i.pred}`)!;
    p += shared / predSize.get(i.pred)!;
    r += shared / goldSize.get(i.gold)!;
  }
  const precision = p / items.length;
  const recall = r / items.length;
  return { items: items.length, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The candidate overlapping `target` most (first on ties), or undefined. */
function bestOverlap<T extends Span>(target: Span, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestLen = 0;
  for (const c of candidates) {
    const len = overlap(target, c);
    if (len > bestLen) {
      best = c;
      bestLen = len;
    }
  }
  return best;
}

export interface PredictedMention extends Mention {
  kind: EntityKind | undefined;
  entityName: string;
}

export interface MentionPair {
  gold: GoldMention;
  pred: PredictedMention;
}

export interface FalseHit {
  pred: PredictedMention;
  /** A gold mention of the other kind at the same place, if any. */
  otherKind?: GoldMention;
  inBoilerplate: boolean;
}

export interface SpeakerError {
  gold: GoldQuote;
  pred: Quote;
  /** Gold entity the predicted speaker maps to (undefined when it maps to none). */
  predictedAs: string | undefined;
  predictedName: string;
}

export interface EntityGroup {
  /** Gold entity (split) or predicted entity (merged). */
  id: string;
  name: string;
  parts: Array<{ id: string; name: string; count: number }>;
}

export interface QuoteTypeRecall {
  type: QuoteType;
  gold: number;
  found: number;
}

export interface Score {
  articles: number;
  missingArticles: string[];
  mentions: Record<EntityKind, Prf>;
  linking: Record<EntityKind | 'all', BCubed>;
  quotes: Prf;
  quoteRecallByType: QuoteTypeRecall[];
  /** Matched quotes whose predicted type equals the gold type. */
  quoteTypeAgreement: { agree: number; matched: number };
  speakerStatements: { correct: number; total: number };
  speakerAttributed: { correct: number; total: number };
  /** Matched quotes given a person that is not the gold speaker, over matched quotes given any person. */
  wrongPerson: { wrong: number; attributed: number };
  details: {
    misses: GoldMention[];
    falseHits: FalseHit[];
    splits: EntityGroup[];
    merges: EntityGroup[];
    quoteMisses: GoldQuote[];
    falseQuotes: Quote[];
    /** Found quotes whose predicted type differs from the gold type. */
    typeDisagreements: Array<{ gold: GoldQuote; pred: Quote }>;
    wrongSpeakers: SpeakerError[];
    unattributed: SpeakerError[];
  };
}

const KINDS: EntityKind[] = ['person', 'place'];
const QUOTE_TYPES: QuoteType[] = ['statement', 'partial', 'scare'];

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    list.push(t);
  }
  return m;
}

function majority(ids: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const id of ids) {
    const n = (counts.get(id) ?? 0) + 1;
    counts.set(id, n);
    if (!best || n > counts.get(best)!) best = id;
  }
  return best;
}

export function scoreExport(gold: Gold, exported: IndexExport): Score {
  const entityById = new Map(exported.entities.map((e) => [e.id, e]));
  const goldByPath = new Map(gold.articles.map((a) => [a.path, a]));
  const inNeutral = (a: GoldArticle, s: Span) => a.neutral.some((n) => overlap(n, s) > 0);

  const predMentionsByPath = groupBy(
    exported.mentions
      .filter((m) => goldByPath.has(m.path) && !inNeutral(goldByPath.get(m.path)!, m))
      .map((m): PredictedMention => ({ ...m, kind: entityById.get(m.entity)?.kind, entityName: entityById.get(m.entity)?.name ?? m.entity })),
    (m) => m.path,
  );
  // Neutral spans concern names only: a quotation around a neutral name is still scored.
  const predQuotesByPath = groupBy(
    exported.quotes.filter((q) => goldByPath.has(q.path)),
    (q) => q.path,
  );
  const exportedPaths = new Set([...exported.mentions, ...exported.quotes].map((x) => x.path));
  for (const a of exported.articles ?? []) exportedPaths.add(a.path);

  const counts = Object.fromEntries(KINDS.map((k) => [k, { predicted: 0, predictedHits: 0, gold: 0, goldHits: 0 }])) as Record<EntityKind, { predicted: number; predictedHits: number; gold: number; goldHits: number }>;
  const pairs: MentionPair[] = [];
  const misses: GoldMention[] = [];
  const falseHits: FalseHit[] = [];

  for (const article of gold.articles) {
    const preds = predMentionsByPath.get(article.path) ?? [];
    for (const g of article.mentions) {
      counts[g.kind].gold++;
      const match = bestOverlap(g, preds.filter((p) => p.kind === g.kind));
      if (match) {
        counts[g.kind].goldHits++;
        pairs.push({ gold: g, pred: match });
      } else misses.push(g);
    }
    for (const p of preds) {
      const kind = p.kind ?? 'person';
      counts[kind].predicted++;
      if (article.mentions.some((g) => g.kind === p.kind && overlap(g, p) > 0)) counts[kind].predictedHits++;
      else falseHits.push({ pred: p, otherKind: article.mentions.find((g) => overlap(g, p) > 0), inBoilerplate: p.start >= article.bodyEnd });
    }
  }
  const mentions = Object.fromEntries(KINDS.map((k) => [k, prf(counts[k].predictedHits, counts[k].predicted, counts[k].goldHits, counts[k].gold)])) as Record<EntityKind, Prf>;

  const linkItems = (list: MentionPair[]) => list.map((p) => ({ gold: p.gold.entity, pred: p.pred.entity }));
  const linking = {
    person: bCubed(linkItems(pairs.filter((p) => p.gold.kind === 'person'))),
    place: bCubed(linkItems(pairs.filter((p) => p.gold.kind === 'place'))),
    all: bCubed(linkItems(pairs)),
  };

  const splits: EntityGroup[] = [];
  for (const [goldId, list] of groupBy(pairs, (p) => p.gold.entity)) {
    const parts = [...groupBy(list, (p) => p.pred.entity)].map(([id, ps]) => ({ id, name: ps[0].pred.entityName, count: ps.length }));
    if (parts.length > 1) splits.push({ id: goldId, name: gold.entities.get(goldId)?.name ?? goldId, parts: parts.sort((a, b) => b.count - a.count) });
  }
  const merges: EntityGroup[] = [];
  for (const [predId, list] of groupBy(pairs, (p) => p.pred.entity)) {
    const parts = [...groupBy(list, (p) => p.gold.entity)].map(([id, ps]) => ({ id, name: gold.entities.get(id)?.name ?? id, count: ps.length }));
    if (parts.length > 1) merges.push({ id: predId, name: list[0].pred.entityName, parts: parts.sort((a, b) => b.count - a.count) });
  }

  // Predicted entity -> gold entity: by its mentions in the same article, else across the gold set.
  const globalMap = new Map([...groupBy(pairs, (p) => p.pred.entity)].map(([id, ps]) => [id, majority(ps.map((p) => p.gold.entity))!]));
  const localMap = new Map([...groupBy(pairs, (p) => `${p.gold.path}\u0000${p.pred.entity}`)].map(([k, ps]) => [k, majority(ps.map((p) => p.gold.entity))!]));
  const goldOf = (path: string, predEntity: string) => localMap.get(`${path}\u0000${predEntity}`) ?? globalMap.get(predEntity);

  let predQuotes = 0;
  let predQuoteHits = 0;
  let goldQuotes = 0;
  let goldQuoteHits = 0;
  const byType = new Map(QUOTE_TYPES.map((t) => [t, { type: t, gold: 0, found: 0 }]));
  const typeAgreement = { agree: 0, matched: 0 };
  const speakerStatements = { correct: 0, total: 0 };
  const speakerAttributed = { correct: 0, total: 0 };
  const wrongPerson = { wrong: 0, attributed: 0 };
  const quoteMisses: GoldQuote[] = [];
  const falseQuotes: Quote[] = [];
  const typeDisagreements: Array<{ gold: GoldQuote; pred: Quote }> = [];
  const wrongSpeakers: SpeakerError[] = [];
  const unattributed: SpeakerError[] = [];

  for (const article of gold.articles) {
    const preds = predQuotesByPath.get(article.path) ?? [];
    for (const p of preds) {
      predQuotes++;
      if (article.quotes.some((g) => overlap(g, p) > 0)) predQuoteHits++;
      else falseQuotes.push(p);
    }
    for (const g of article.quotes) {
      goldQuotes++;
      const typeCount = byType.get(g.type);
      if (typeCount) typeCount.gold++;
      const p = bestOverlap(g, preds);
      if (!p) {
        quoteMisses.push(g);
        continue;
      }
      goldQuoteHits++;
      if (typeCount) typeCount.found++;
      typeAgreement.matched++;
      if (p.type === g.type) typeAgreement.agree++;
      else typeDisagreements.push({ gold: g, pred: p });

      const predictedAs = p.speaker ? goldOf(article.path, p.speaker) : undefined;
      const error: SpeakerError = { gold: g, pred: p, predictedAs, predictedName: p.speaker ? entityById.get(p.speaker)?.name ?? p.speaker : p.speakerName ?? '' };
      const correct = g.speakers.length ? !!predictedAs && g.speakers.includes(predictedAs) : p.speaker === null;
      if (g.type === 'statement') {
        speakerStatements.total++;
        if (correct) speakerStatements.correct++;
      }
      if (g.speakers.length || g.source) {
        speakerAttributed.total++;
        if (correct) speakerAttributed.correct++;
      }
      if (p.speaker) {
        wrongPerson.attributed++;
        if (!correct) {
          wrongPerson.wrong++;
          wrongSpeakers.push(error);
        }
      } else if (g.speakers.length) unattributed.push(error);
    }
  }

  return {
    articles: gold.articles.length,
    missingArticles: gold.articles.map((a) => a.path).filter((p) => !exportedPaths.has(p)),
    mentions,
    linking,
    quotes: prf(predQuoteHits, predQuotes, goldQuoteHits, goldQuotes),
    quoteRecallByType: [...byType.values()],
    quoteTypeAgreement: typeAgreement,
    speakerStatements,
    speakerAttributed,
    wrongPerson,
    details: { misses, falseHits, splits, merges, quoteMisses, falseQuotes, typeDisagreements, wrongSpeakers, unattributed },
  };
}
