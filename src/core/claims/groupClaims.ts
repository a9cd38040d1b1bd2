import type { Quote } from '../types';
import { contentStems } from './words';
import { compareWording, type WordingSegment } from './wording';

// Claims compared across outlets.
//
// A claim is a set of quotations that report the same words. Two quotations are alike when
// their content-word stems overlap: Jaccard >= 0.4 (two versions of one statement, e.g. two
// translations of Fomin's pledge) or, for a short quote inside a longer one, >= 75% of the
// shorter one's words found in the longer (overlap coefficient: "radically reduce" inside
// "...a decision was made to radically, by a large margin, reduce military activity..."),
// with at least two words in common. A one-word scare quote ("drastically") carries too
// little to compare on its own: it joins a claim when its word is in the other quotation and
// the sentence around it shares at least four content words, and 30% of its own, with that
// quotation (so "agrees to 'conditions' set by Moscow" stays apart from Fomin's "conditions").
//
// Speakers decide which links are allowed:
// - quotations of the same speaker (same person, or the same unnamed source "the Kremlin")
//   link when alike;
// - quotations of two different people link only when strongly alike (>= 3 shared words and
//   Jaccard >= 0.5 or overlap >= 0.9): the same words attributed to two people is itself a
//   finding a fact-checker wants to see, but must not come from a chance overlap;
// - a quotation with no named person (speaker null) joins the single best-matching claim of
//   a named person, so "the Russian military said it would 'drastically'..." sits beside
//   Fomin's statement instead of alone, without chaining two people's claims together.
// Wording differences are then highlighted by LCS alignment (see wording.ts).

export interface ClaimSource {
  title: string;
  outlet?: string;
  date?: string;
}

export interface ClaimVersion {
  quote: Quote;
  /** Where the quote was published, when the article says (front matter or curation). */
  outlet?: string;
  title: string;
  date?: string;
  segments: WordingSegment[];
}

export interface ClaimSpeaker {
  /** Entity id of a person, or null for an unnamed or non-person source. */
  entity: string | null;
  name: string | null;
  versions: number;
}

export interface Claim {
  /** Stable while the claim's earliest version stays: "path:start" of that quote. */
  id: string;
  /** Who each outlet says spoke, most versions first. */
  speakers: ClaimSpeaker[];
  versions: ClaimVersion[];
  /** Distinct articles carrying the claim, and the outlets known among them. */
  articles: number;
  outlets: string[];
}

export interface GroupOptions {
  sourceOf(path: string): ClaimSource | undefined;
  /** The sentence around a quote, used for one-word quotes; omit to compare words only. */
  contextOf?(quote: Quote): string | undefined;
}

interface Prepared {
  quote: Quote;
  stems: Set<string>;
  /** Same key = same speaker: a person's entity id, or an unnamed source's normalised name. */
  key: string | null;
  person: boolean;
  context?: Set<string>;
}

const MIN_SHARED = 2;
const JACCARD = 0.4;
const OVERLAP = 0.75;
const STRONG_SHARED = 3;
const STRONG_JACCARD = 0.5;
const STRONG_OVERLAP = 0.9;
const CONTEXT_SHARED = 4;
const CONTEXT_RATIO = 0.3;
// Stems in more quotes than this are too common to find candidates by (they still count).
const MAX_POSTINGS = 400;

type Strength = 'none' | 'alike' | 'strong';

function countShared(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared;
}

/** How alike two quotations are, and a score to pick the best among alike candidates. */
export function likeness(a: Set<string>, b: Set<string>): { strength: Strength; score: number } {
  const shared = countShared(a, b);
  if (shared === 0) return { strength: 'none', score: 0 };
  const jaccard = shared / (a.size + b.size - shared);
  const overlap = shared / Math.min(a.size, b.size);
  const score = Math.max(jaccard, overlap);
  if (shared >= STRONG_SHARED && (jaccard >= STRONG_JACCARD || overlap >= STRONG_OVERLAP)) return { strength: 'strong', score };
  if (shared >= MIN_SHARED && (jaccard >= JACCARD || overlap >= OVERLAP)) return { strength: 'alike', score };
  return { strength: 'none', score };
}

function oneWordLikeness(short: Prepared, other: Prepared): number {
  if (short.stems.size !== 1 || !short.context || short.quote.path === other.quote.path) return 0;
  const [word] = short.stems;
  if (!other.stems.has(word)) return 0;
  const around = new Set([...other.stems, ...(other.context ?? [])]);
  const shared = countShared(short.context, around);
  const ratio = shared / short.context.size;
  return shared >= CONTEXT_SHARED && ratio >= CONTEXT_RATIO ? ratio : 0;
}

function pairStrength(a: Prepared, b: Prepared): { strength: Strength; score: number } {
  const result = likeness(a.stems, b.stems);
  if (result.strength !== 'none') return result;
  const oneWord = Math.max(oneWordLikeness(a, b), oneWordLikeness(b, a));
  return oneWord > 0 ? { strength: 'alike', score: oneWord } : result;
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function speakerKey(quote: Quote): string | null {
  if (quote.speaker) return `e:${quote.speaker}`;
  const name = quote.speakerName?.toLowerCase().replace(/^(the|a|an)\s+/u, '').replace(/\s+/gu, ' ').trim();
  return name ? `n:${name}` : null;
}

function compareVersions(a: ClaimVersion, b: ClaimVersion): number {
  return (
    (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') ||
    (a.outlet ?? a.title).localeCompare(b.outlet ?? b.title) ||
    a.quote.path.localeCompare(b.quote.path) ||
    a.quote.start - b.quote.start
  );
}

/** Groups every quotation into claims, most widely reported first. */
export function groupClaims(quotes: readonly Quote[], options: GroupOptions): Claim[] {
  const prepared: Prepared[] = quotes.map((quote) => {
    const stems = contentStems(quote.text);
    const context = stems.size === 1 && options.contextOf ? options.contextOf(quote) : undefined;
    return { quote, stems, key: speakerKey(quote), person: quote.speaker !== null, context: context ? contentStems(context) : undefined };
  });

  // Candidate pairs share at least one stem that is not too common.
  const postings = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    for (const s of p.stems) {
      let list = postings.get(s);
      if (!list) postings.set(s, (list = []));
      list.push(i);
    }
  });

  const sets = new UnionFind(prepared.length);
  const attachEdges: Array<{ a: number; b: number; score: number }> = [];
  prepared.forEach((p, i) => {
    const seen = new Set<number>();
    for (const s of p.stems) {
      const list = postings.get(s)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        const q = prepared[j];
        const { strength, score } = pairStrength(p, q);
        if (strength === 'none') continue;
        if (p.key !== null && p.key === q.key) sets.union(i, j);
        else if (p.person && q.person) {
          if (strength === 'strong') sets.union(i, j);
        } else attachEdges.push({ a: i, b: j, score });
      }
    }
  });

  // A group with no named person joins its single best-matching group that has one.
  const hasPerson = new Set<number>();
  prepared.forEach((p, i) => {
    if (p.person) hasPerson.add(sets.find(i));
  });
  const best = new Map<number, { target: number; score: number }>();
  for (const { a, b, score } of attachEdges) {
    const ra = sets.find(a);
    const rb = sets.find(b);
    if (ra === rb || hasPerson.has(ra) === hasPerson.has(rb)) continue;
    const [lone, named] = hasPerson.has(ra) ? [rb, ra] : [ra, rb];
    const current = best.get(lone);
    if (!current || score > current.score) best.set(lone, { target: named, score });
  }
  for (const [lone, { target }] of best) sets.union(lone, target);
  // Then unnamed sources that still stand alone link among themselves.
  for (const { a, b } of attachEdges) {
    if (!hasPerson.has(sets.find(a)) && !hasPerson.has(sets.find(b))) sets.union(a, b);
  }

  const groups = new Map<number, Quote[]>();
  prepared.forEach((p, i) => {
    const root = sets.find(i);
    let list = groups.get(root);
    if (!list) groups.set(root, (list = []));
    list.push(p.quote);
  });
  const claims = [...groups.values()].map((group) => buildClaim(group, options));
  return claims.sort((a, b) => b.articles - a.articles || b.versions.length - a.versions.length || a.id.localeCompare(b.id));
}

function buildClaim(quotes: Quote[], options: GroupOptions): Claim {
  const versions: ClaimVersion[] = quotes.map((quote) => {
    const source = options.sourceOf(quote.path);
    const title = source?.title || quote.path;
    return { quote, outlet: source?.outlet || undefined, title, date: source?.date, segments: [] };
  });
  versions.sort(compareVersions);
  compareWording(versions.map((v) => v.quote.text)).forEach((segments, i) => (versions[i].segments = segments));

  const speakers = new Map<string, ClaimSpeaker>();
  for (const { quote } of versions) {
    const key = quote.speaker ?? `name:${quote.speakerName ?? ''}`;
    const speaker = speakers.get(key) ?? { entity: quote.speaker, name: quote.speakerName, versions: 0 };
    speaker.versions++;
    speakers.set(key, speaker);
  }
  const first = versions[0].quote;
  return {
    id: `${first.path}:${first.start}`,
    speakers: [...speakers.values()].sort((a, b) => Number(b.entity !== null) - Number(a.entity !== null) || b.versions - a.versions),
    versions,
    articles: new Set(versions.map((v) => v.quote.path)).size,
    outlets: [...new Set(versions.map((v) => v.outlet).filter((o): o is string => !!o))],
  };
}

/** The claims in which this person is named as a speaker by at least one outlet. */
export function claimsOf(claims: readonly Claim[], entityId: string): Claim[] {
  return claims.filter((claim) => claim.speakers.some((s) => s.entity === entityId));
}
