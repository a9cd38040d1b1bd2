import type { Quote } from '../types';
import { addToList } from '../multimap';
import { yieldToEventLoop } from '../index/yield';
import { contentStems } from './words';
import { compareWording, type WordingSegment } from './wording';

// Claims compared across outlets.
//
// A claim is a set of quotations that report the same words. Similarity is measured on the
// stems of content words (function words set apart, see words.ts):
//
// 1. Statements (four content words or more) link when they share at least two words and
//    Jaccard >= 0.4 (two translations of Fomin's pledge) or >= 75% of the shorter one is in
//    the longer (overlap coefficient) -- if the same speaker said both (the same person, or
//    the same unnamed source, "the Kremlin"). Statements of two different people link only
//    when strongly alike (>= 4 shared words and Jaccard >= 0.5 or overlap >= 0.9), and with
//    the same words (Jaccard >= 0.9) or two rare in the corpus in common: the same words given to two people is a finding worth showing, but
//    not from chance overlap.
//    A statement with no named person joins the one best-matching claim of a named person.
// 2. Phrases (one to three content words: "radically reduce", "drastically") are too short to
//    link anything: each joins at most one claim, never bridging two, and only one whose
//    quotation contains all its words, said by the same speaker, or -- when the phrase has no
//    named speaker -- by the person its sentence names ("Fomin made the announcement to
//    'radically reduce'...") or, in another article, whose quotation the phrase's sentence
//    tells (storyFit: >= 4 of its words, 3 of them rare, 30% of the sentence, its own words and
//    people's names left out: "...would 'drastically' scale back its combat operations around
//    Kyiv"). A phrase placed nowhere stays its own claim, with the same phrase from the same
//    speaker.
// 3. A phrase of a source that is not a person, in the outlet's own word (003's "fundamentally"
//    for Fomin's pledge, no word in common with any version), joins the claim its sentence
//    tells, when other articles' versions of it say so (storyFit again), two other articles
//    carry that claim, the sentence names no other person and the claim has the words naming
//    the source ("the Russian military"). Names are not counted as the story: matching by them
//    tied Kennedy's "pause" to Liam Fox's statement about Kennedy and "Tory leader Michael
//    Howard" sentences to any Howard claim. On the BBC corpus this places none: precision first.
//
// Wording differences are highlighted by LCS alignment, for the claims shown (claimWording).

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
  /** The people named in that sentence: entity id, and the name as written there. */
  peopleAround?(quote: Quote): Array<{ entity: string; text: string }>;
}

interface Prepared {
  quote: Quote;
  stems: Set<string>;
  /** Same key = same speaker: a person's entity id, or an unnamed source's normalised name. */
  key: string | null;
  person: boolean;
  /** Fewer than STATEMENT_WORDS content words: a phrase, placed after the statements. */
  phrase: boolean;
  /** For phrases: the content stems of the sentence around it, and the people it names. */
  context?: Set<string>;
  namedPeople?: string[];
  /** The sentence's stems without the names of people: what it tells, not who is in it. */
  story?: Set<string>;
  /** Stem of the named speaker's last name, to find them named near a phrase. */
  surname?: string;
}

const STATEMENT_WORDS = 4;
const MIN_SHARED = 2;
const JACCARD = 0.4;
const OVERLAP = 0.75;
const STRONG_SHARED = 4;
const STRONG_JACCARD = 0.5;
const STRONG_OVERLAP = 0.9;
const CROSS_PERSON_RARE = 2;
const SAME_WORDS = 0.9;
const STORY_SHARED = 4;
const STORY_RATIO = 0.3;
const STORY_RARE = 3;
// A word in at most this share of the quotations (30 of the BBC corpus' 9,147), or this
// many, is rare: it tells a story apart from others.
const RARE_SHARE = 0.003;
const RARE_MIN = 10;
// Stems in more quotes than this are too common to find candidates by (they still count).
const MAX_POSTINGS = 100;

type Strength = 'none' | 'alike' | 'strong';

function countShared(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared;
}

function countRareShared(a: Set<string>, b: Set<string>, isRare: (stem: string) => boolean): number {
  let shared = 0;
  for (const s of a) if (isRare(s) && b.has(s)) shared++;
  return shared;
}

/** How alike two statements are, and a score to pick the best among alike candidates. */
export function likeness(a: Set<string>, b: Set<string>): { strength: Strength; score: number; jaccard: number } {
  const shared = countShared(a, b);
  if (shared === 0) return { strength: 'none', score: 0, jaccard: 0 };
  const jaccard = shared / (a.size + b.size - shared);
  const overlap = shared / Math.min(a.size, b.size);
  const score = Math.max(jaccard, overlap);
  if (shared >= STRONG_SHARED && (jaccard >= STRONG_JACCARD || overlap >= STRONG_OVERLAP)) return { strength: 'strong', score, jaccard };
  if (shared >= MIN_SHARED && (jaccard >= JACCARD || overlap >= OVERLAP)) return { strength: 'alike', score, jaccard };
  return { strength: 'none', score, jaccard };
}

/** Last word of a person's name as a stem ("Alexander Fomin" -> "fomin"), to find it in a sentence. */
function surnameStem(name: string | null): string | undefined {
  const all = name ? [...contentStems(name)] : [];
  return all.length ? all[all.length - 1] : undefined;
}

/**
 * How well a phrase fits a quotation it is inside of (0: not at all). Same speaker: always.
 * A phrase without a named speaker fits a person's quotation when its sentence names that
 * person, or tells the same story (storyFit) in another article.
 */
function phraseFit(phrase: Prepared, target: Prepared, isRare: (stem: string) => boolean): number {
  for (const s of phrase.stems) if (!target.stems.has(s)) return 0;
  if (phrase.key !== null && phrase.key === target.key) return 2;
  if (phrase.person || !target.person || !phrase.context) return 0;
  if (target.surname && phrase.context.has(target.surname)) return 1.5;
  if (phrase.quote.path === target.quote.path) return 0;
  return storyFit(phrase, target.stems, isRare);
}

/**
 * Whether the sentence of a phrase tells what `words` say, as the share of its words found
 * there (0: it does not). Its own words and people's names are left out (the phrase is in the
 * quote anyway; Wimpey's "challenging" UK housing market is not Vince Cable's "challenges" of
 * the UK housing market; "Tory leader Michael Howard" is in every sentence about Howard).
 * At least STORY_SHARED words in common, STORY_RARE of them rare, STORY_RATIO of the sentence.
 */
function storyFit(phrase: Prepared, words: Set<string>, isRare: (stem: string) => boolean): number {
  let size = 0;
  let shared = 0;
  let rare = 0;
  for (const s of phrase.story ?? phrase.context ?? []) {
    if (phrase.stems.has(s)) continue;
    size++;
    if (!words.has(s)) continue;
    shared++;
    if (isRare(s)) rare++;
  }
  const ratio = size ? shared / size : 0;
  return shared >= STORY_SHARED && rare >= STORY_RARE && ratio >= STORY_RATIO ? ratio : 0;
}

/**
 * Places each phrase of a source that is not a person into a claim already carried by two
 * other articles, when its sentence tells (storyFit) what one version of that claim from
 * another article says: its statement, or the sentence of one of its phrases. The sentence
 * names no person but the claim's speakers (else it is theirs: "..., Charles Kennedy has
 * said"), and every word naming its source ("Russian", "military") is in the claim too.
 */
function* placeParaphrases(
  paraphrases: number[],
  prepared: Prepared[],
  postings: Map<string, number[]>,
  sentencePostings: Map<string, number[]>,
  isRare: (stem: string) => boolean,
  sets: UnionFind,
): Generator<void> {
  if (paraphrases.length === 0) return;
  const unplaced = new Set(paraphrases);
  // What each version says: a statement's words, or the sentence of a placed phrase.
  const versionWords = (j: number) => (prepared[j].phrase ? prepared[j].story : prepared[j].stems);
  const claims = new Map<number, { words: Set<string>; paths: Set<string>; people: Set<string> }>();
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i];
    if (i % 500 === 0) yield;
    if (unplaced.has(i)) continue;
    const root = sets.find(i);
    let claim = claims.get(root);
    if (!claim) claims.set(root, (claim = { words: new Set(), paths: new Set(), people: new Set() }));
    claim.paths.add(p.quote.path);
    if (p.quote.speaker) claim.people.add(p.quote.speaker);
    for (const s of p.stems) claim.words.add(s);
    if (p.phrase && p.story) for (const s of p.story) claim.words.add(s);
  }
  const moves: Array<[number, number]> = [];
  for (const i of paraphrases) {
    yield;
    const p = prepared[i];
    const sourceWords = [...contentStems(p.quote.speakerName ?? '')];
    let target = -1;
    let best = 0;
    // Candidates: versions of other articles sharing STORY_RARE rare words with the sentence,
    // counted through the postings; words of many sentences ("according") find none.
    const rareShared = new Map<number, number>();
    for (const s of p.story!) {
      const inSentences = sentencePostings.get(s) ?? [];
      if (!isRare(s) || inSentences.length > MAX_POSTINGS) continue;
      for (const list of [postings.get(s) ?? [], inSentences]) {
        for (const j of list) rareShared.set(j, (rareShared.get(j) ?? 0) + 1);
      }
    }
    for (const [j, rare] of rareShared) {
      if (rare < STORY_RARE || unplaced.has(j) || prepared[j].quote.path === p.quote.path) continue;
      // Most claims have one source: skip them before comparing any words.
      const root = sets.find(j);
      const claim = claims.get(root)!;
      const otherArticles = claim.paths.size - Number(claim.paths.has(p.quote.path));
      if (otherArticles < 2) continue;
      const words = versionWords(j);
      const ratio = words ? storyFit(p, words, isRare) : 0;
      if (ratio <= best || !sourceWords.every((w) => claim.words.has(w))) continue;
      if ((p.namedPeople ?? []).some((person) => !claim.people.has(person))) continue;
      [target, best] = [root, ratio];
    }
    if (target >= 0) moves.push([i, target]);
  }
  for (const [i, target] of moves) sets.union(i, target);
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

/** Groups every quotation into claims, most widely reported first, in one go (CLI, tests). */
export function groupClaims(quotes: readonly Quote[], options: GroupOptions): Claim[] {
  const steps = claimGrouping(quotes, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same grouping in slices of about `sliceMs` of work, yielding to the event loop between
 * them, so the extension host is never blocked for long (1.3 s of CPU on the BBC corpus).
 * Rejects with the signal's reason once `signal` is aborted (the index changed meanwhile).
 */
export async function groupClaimsInSlices(quotes: readonly Quote[], options: GroupOptions, signal?: AbortSignal, sliceMs = 10): Promise<Claim[]> {
  const steps = claimGrouping(quotes, options);
  for (;;) {
    signal?.throwIfAborted();
    const until = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= until) break;
    }
    await yieldToEventLoop();
  }
}

/** The grouping, as steps: it yields after each small piece of work (one quote, one claim). */
function* claimGrouping(quotes: readonly Quote[], options: GroupOptions): Generator<void, Claim[]> {
  const prepared: Prepared[] = [];
  for (const quote of quotes) {
    const stems = contentStems(quote.text);
    const phrase = stems.size < STATEMENT_WORDS;
    const around = phrase && quote.speaker === null && options.contextOf ? options.contextOf(quote) : undefined;
    const p: Prepared = { quote, stems, key: speakerKey(quote), person: quote.speaker !== null, phrase };
    if (around) {
      p.context = contentStems(around);
      const people = options.peopleAround?.(quote) ?? [];
      p.namedPeople = people.map((person) => person.entity);
      const names = new Set(people.flatMap((person) => [...contentStems(person.text)]));
      p.story = new Set([...p.context].filter((s) => !names.has(s)));
    }
    if (p.person && !phrase) p.surname = surnameStem(quote.speakerName);
    prepared.push(p);
    yield;
  }

  // Which quotes hold each stem, and which phrases' sentences (their story).
  const postings = new Map<string, number[]>();
  const sentencePostings = new Map<string, number[]>();
  for (let i = 0; i < prepared.length; i++) {
    for (const s of prepared[i].stems) addToList(postings, s, i);
    for (const s of prepared[i].story ?? []) addToList(sentencePostings, s, i);
    if (i % 100 === 0) yield;
  }
  const rareBelow = Math.max(RARE_MIN, prepared.length * RARE_SHARE);
  const isRare = (stem: string) => (postings.get(stem)?.length ?? 0) <= rareBelow;

  const sets = new UnionFind(prepared.length);

  // 1. Statements. Candidates share at least two stems that are not too common, counted
  // through the postings so that only those pairs are compared.
  const attachEdges: Array<{ a: number; b: number; score: number }> = [];
  const sharedCount = new Int32Array(prepared.length);
  const touched: number[] = [];
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i];
    if (p.phrase) continue;
    yield;
    for (const j of touched) sharedCount[j] = 0;
    touched.length = 0;
    for (const s of p.stems) {
      const list = postings.get(s)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) {
        if (j <= i || prepared[j].phrase) continue;
        if (sharedCount[j]++ === 0) touched.push(j);
      }
    }
    for (const j of touched) {
      if (sharedCount[j] < MIN_SHARED) continue;
      const q = prepared[j];
      const sameSpeaker = p.key !== null && p.key === q.key;
      if (!sameSpeaker && p.person && q.person) {
        // Two people: the same words, or by rare ones, not "nothing like it has ever been seen before".
        const { strength, jaccard } = likeness(p.stems, q.stems);
        if (strength === 'strong' && (jaccard >= SAME_WORDS || countRareShared(p.stems, q.stems, isRare) >= CROSS_PERSON_RARE)) sets.union(i, j);
        continue;
      }
      const { strength, score } = likeness(p.stems, q.stems);
      if (strength === 'none') continue;
      if (sameSpeaker) sets.union(i, j);
      else if (p.person !== q.person) attachEdges.push({ a: i, b: j, score });
    }
  }
  // A statement group with no named person joins its single best-matching group that has one.
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
  yield;

  // 2. Phrases: each into the one statement that fits it best, else beside the same phrase
  // from the same speaker. Candidates are the quotes holding its rarest word.
  const unplaced = new Map<string, number>();
  const paraphrases: number[] = [];
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i];
    if (!p.phrase || p.stems.size === 0) continue;
    yield;
    let rarest: number[] | undefined;
    for (const s of p.stems) {
      const list = postings.get(s)!;
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    let target = -1;
    let fit = 0;
    for (const j of rarest!) {
      if (j === i || prepared[j].phrase) continue;
      const f = phraseFit(p, prepared[j], isRare);
      if (f > fit) [target, fit] = [j, f];
    }
    if (target >= 0) {
      sets.union(i, target);
      continue;
    }
    if (!p.person && p.context) paraphrases.push(i);
    if (p.key === null) continue;
    const same = `${p.key}\u0000${[...p.stems].sort().join(' ')}`;
    const first = unplaced.get(same);
    if (first === undefined) unplaced.set(same, i);
    else sets.union(i, first);
  }

  // 3. An unnamed source's phrase in the outlet's own words ("the Russian military said it would
  // 'fundamentally' cut back operations near Kyiv and Chernihiv") reports the claim its sentence
  // tells, when that sentence is mostly made of the claim's words, rare ones among them.
  yield* placeParaphrases(paraphrases, prepared, postings, sentencePostings, isRare, sets);

  const groups = new Map<number, Quote[]>();
  for (let i = 0; i < prepared.length; i++) {
    const root = sets.find(i);
    addToList(groups, root, prepared[i].quote);
    if (i % 1000 === 0) yield;
  }
  const claims: Claim[] = [];
  for (const group of groups.values()) {
    claims.push(buildClaim(group, options));
    yield;
  }
  // Ids compared by code unit, not localeCompare: the same order every time, at a fraction of the cost.
  return claims.sort((a, b) => b.articles - a.articles || b.versions.length - a.versions.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function buildClaim(quotes: Quote[], options: GroupOptions): Claim {
  const versions: ClaimVersion[] = quotes.map((quote) => {
    const source = options.sourceOf(quote.path);
    const title = source?.title || quote.path;
    return { quote, outlet: source?.outlet || undefined, title, date: source?.date };
  });
  versions.sort(compareVersions);

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

/**
 * The wording of each version of a claim, differences marked. Computed apart from grouping:
 * aligning every pair of versions costs far more than grouping, and only shown claims need it.
 */
export function claimWording(claim: Claim): WordingSegment[][] {
  return compareWording(claim.versions.map((v) => v.quote.text));
}

/** The claims in which this person is named as a speaker by at least one outlet. */
export function claimsOf(claims: readonly Claim[], entityId: string): Claim[] {
  return claims.filter((claim) => claim.speakers.some((s) => s.entity === entityId));
}
