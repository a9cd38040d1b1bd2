import type { Curation } from '../config/curation';
import { curationRules, type CurationRules } from '../config/rules';
import data from '../recognize/data/gazetteer.json';
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES } from '../recognize/lexicon';
import type { ArticleAnalysis, Entity, EntityKind } from '../types';

// Corpus-wide linking: one entity per real-world person or place.
//
//   places   by canonical name (the recogniser already maps U.S./America/United States)
//   people   full names grouped by surname; forms that fit together ("Tayyip Erdogan" in
//            "Recep Tayyip Erdogan", "Zelenskyy" = "Zelensky") are one person, different
//            first names are different people (Gordon Brown, Lyn Brown)
//   lone surnames ("Mr Blair", "Putin") join the one person of that surname, or the one the
//            article's other names point to; if that stays ambiguous, a person of their own
//            rather than a blind merge
//   weak names (a lone word the article alone did not settle) are kept only when the corpus
//            knows them as a person or place.
//
// The work is split by partition (a place's canonical name, a person's surname, a curated
// entity): a cluster's entity depends only on its partition, except lone surnames shared by
// several people, which look at the whole article. `Linker` keeps the partitions between
// calls and redoes only those that an added or removed article touches, so re-linking after
// one changed article costs that article's partitions, not the corpus.

export interface LinkResult {
  entities: Entity[];
  /** For each article path, the entity id of each of its NameMentions (same order), or null when dropped. */
  entityOf: Map<string, (string | null)[]>;
}

type Gender = 'f' | 'm' | undefined;

/** One local cluster (NameMention.local) of one article, as linking sees it. */
interface LocalCluster {
  kind: EntityKind;
  gender: Gender;
  weak: boolean;
  fullName: string;
  /** Normalised name words (people) or [canonical key] (places). */
  words: string[];
  texts: string[];
}

interface ArticleSummary {
  clusters: LocalCluster[];
  /** Local cluster index of each NameMention. */
  clusterOf: number[];
}

interface ClusterRef {
  article: ArticleState;
  cl: LocalCluster;
  partition: Partition;
  group: Group | null;
  /** A lone surname that several people could be (see resolveAmbiguous). */
  ambiguous?: boolean;
}

interface ArticleState {
  path: string;
  analysis: ArticleAnalysis;
  summary: ArticleSummary;
  refs: ClusterRef[];
  /** Output ids, rebuilt when one of its clusters changes group. */
  ids?: (string | null)[];
}

interface Partition {
  key: string;
  refs: Set<ClusterRef>;
  groups: Group[];
  /** Lone names here that several people could be: resolved on every update. */
  ambiguous: Ambiguous[];
}

interface Ambiguous {
  ref: ClusterRef;
  people: Group[];
  /** Where the name goes when the article does not decide: a person of its own, or nowhere. */
  fallback: Group | null;
  /** The groups (and their versions) the last choice looked at: while unchanged, it stands. */
  deps?: Array<[Group, number]>;
}

interface Group {
  kind: EntityKind;
  gender?: Gender;
  words: string[];
  /** Tells apart lone-name groups of one surname ("Howard" for a woman, "Howard?" when ambiguous). */
  tag: string;
  /** Bumped whenever the members change or the group is released (-1). */
  version: number;
  /** Clusters that may link here (those whose `group` is this one do). */
  members: ClusterRef[];
  curatedName?: string;
  id?: string;
  entity?: Entity;
  /** Articles where the group is named in full (for co-occurrence). */
  articleSet?: Set<ArticleState>;
}

const summaries = new WeakMap<ArticleAnalysis['names'], ArticleSummary>();

/** Lowercase, no accents or dots, transliteration endings folded: Zelenskyy = Zelensky = Zelenskiy. */
export function nameKey(word: string): string {
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase().replace(/(yy|iy|ii|ij|yi)$/, 'y');
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019'`.]/g, '')
    .replace(/(yy|iy|ii|ij|yi)$/, 'y');
}

/** Name words of a person's full name, normalised, without honorifics, particles or suffixes. */
export function personWords(fullName: string): string[] {
  return fullName
    .split(/[\s-]+/)
    .filter((w, i, all) => w && !NAME_PARTICLES.has(w.toLowerCase()) && !NAME_SUFFIXES.has(w) && !(i < all.length - 1 && HONORIFICS.has(w)))
    .map(nameKey)
    .filter(Boolean);
}

const FEMALE_TITLES = new Set(['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Lady', 'Baroness', 'Dame', 'Mme', 'Mlle']);
const MALE_TITLES = new Set(['Mr', 'Mr.', 'Sir', 'Lord', 'Baron', 'Herr']);
let genderLists: { female: Set<string>; male: Set<string> } | undefined;

/** Gender a full name states: by its honorific ("Mrs Howard") or an unambiguous first name. */
function genderOf(fullName: string): Gender {
  const first = fullName.split(/\s+/)[0];
  if (FEMALE_TITLES.has(first)) return 'f';
  if (MALE_TITLES.has(first)) return 'm';
  if (!fullName.includes(' ')) return undefined;
  genderLists ??= { female: new Set(data.femaleOnly), male: new Set(data.maleOnly) };
  return genderLists.female.has(first) ? 'f' : genderLists.male.has(first) ? 'm' : undefined;
}

let lexicon: { common: Set<string>; first: Set<string> } | undefined;
function words() {
  lexicon ??= { common: new Set(data.commonWords.split(' ')), first: new Set(data.firstNames.map((n) => nameKey(n))) };
  return lexicon;
}
const isCommonWord = (key: string) => words().common.has(key);
const isFirstName = (key: string) => words().first.has(key);

function summarise(analysis: ArticleAnalysis): ArticleSummary {
  let s = summaries.get(analysis.names);
  if (s) return s;
  const clusters: LocalCluster[] = [];
  const byLocal = new Map<number, number>();
  const clusterOf: number[] = [];
  for (const m of analysis.names) {
    let c = byLocal.get(m.local);
    if (c === undefined) {
      c = clusters.length;
      byLocal.set(m.local, c);
      const words = m.kind === 'place' ? [nameKey(m.fullName)] : personWords(m.fullName);
      const gender = m.kind === 'person' ? genderOf(m.fullName) : undefined;
      clusters.push({ kind: m.kind, gender, weak: !!m.weak, fullName: m.fullName, words, texts: [] });
    }
    const cl = clusters[c];
    cl.weak &&= !!m.weak;
    if (!cl.texts.includes(m.text)) cl.texts.push(m.text);
    clusterOf.push(c);
  }
  s = { clusters, clusterOf };
  summaries.set(analysis.names, s);
  return s;
}

/**
 * Incremental corpus linker: `update` with the corpus's analyses (or `add`/`remove` one at a
 * time) and read `result()`. Partitions untouched since the last result keep their entities.
 */
export class Linker {
  private readonly rules?: CurationRules;
  private readonly articles = new Map<string, ArticleState>();
  private readonly partitions = new Map<string, Partition>();
  private readonly dirty = new Set<Partition>();
  private readonly entities = new Map<string, Entity>();
  private readonly ambiguousPartitions = new Set<Partition>();
  private readonly changedArticles = new Set<ArticleState>();
  private readonly removedPaths = new Set<string>();
  /** Kept between results: only changed articles get new arrays. */
  private readonly entityOf = new Map<string, (string | null)[]>();
  private cachedResult?: LinkResult;

  constructor(curation?: Curation) {
    this.rules = curation ? curationRules(curation) : undefined;
  }

  /** Makes the linker hold exactly these analyses (unchanged ones, by identity, cost nothing). */
  update(analyses: Iterable<ArticleAnalysis>): LinkResult {
    const list = Array.isArray(analyses) ? (analyses as ArticleAnalysis[]) : [...analyses];
    for (const a of list) {
      const old = this.articles.get(a.article.path);
      if (old && old.analysis.names === a.names) old.analysis = a;
      else this.add(a);
    }
    // every listed path is held now, so a size difference means some held ones are gone
    if (this.articles.size !== list.length) {
      const seen = new Set(list.map((a) => a.article.path));
      for (const path of [...this.articles.keys()]) if (!seen.has(path)) this.remove(path);
    }
    return this.result();
  }

  add(analysis: ArticleAnalysis): void {
    const path = analysis.article.path;
    if (this.articles.has(path)) this.remove(path);
    const summary = summarise(analysis);
    const state: ArticleState = { path, analysis, summary, refs: [] };
    for (const cl of summary.clusters) {
      const partition = this.partitionFor(cl, path);
      const ref: ClusterRef = { article: state, cl, partition, group: null };
      state.refs.push(ref);
      partition.refs.add(ref);
      this.dirty.add(partition);
    }
    this.articles.set(path, state);
    this.changedArticles.add(state);
    this.cachedResult = undefined;
  }

  remove(path: string): void {
    const state = this.articles.get(path);
    if (!state) return;
    for (const ref of state.refs) {
      ref.partition.refs.delete(ref);
      this.dirty.add(ref.partition);
    }
    this.articles.delete(path);
    this.removedPaths.add(path);
    this.cachedResult = undefined;
  }

  /** True when the linker holds this very analysis (so `update` would skip it). */
  holds(analysis: ArticleAnalysis): boolean {
    return this.articles.get(analysis.article.path)?.analysis.names === analysis.names;
  }

  /** Resolves changed partitions until `deadline` (a performance.now() time); true once none is left. */
  resolveUntil(deadline: number): boolean {
    for (const p of this.dirty) {
      this.resolvePartition(p);
      this.dirty.delete(p);
      if (performance.now() >= deadline) return this.dirty.size === 0;
    }
    return true;
  }

  result(): LinkResult {
    if (this.cachedResult && this.dirty.size === 0) return this.cachedResult;
    for (const p of this.dirty) this.resolvePartition(p);
    this.dirty.clear();
    this.resolveAmbiguous();
    for (const state of this.changedArticles) {
      if (this.articles.get(state.path) !== state) continue;
      state.ids = this.idsOf(state);
      this.entityOf.set(state.path, state.ids);
    }
    for (const path of this.removedPaths) if (!this.articles.has(path)) this.entityOf.delete(path);
    this.removedPaths.clear();
    this.changedArticles.clear();
    // a new map each time: callers may keep answering from the previous result meanwhile
    this.cachedResult = { entities: [...this.entities.values()], entityOf: new Map(this.entityOf) };
    return this.cachedResult;
  }

  private partitionFor(cl: LocalCluster, path: string): Partition {
    let key: string;
    const curated = this.curatedName(cl, path);
    if (curated !== undefined) key = `c:${curated}`;
    else if (cl.kind === 'place') key = `p:${cl.words[0]}`;
    // A split name in an article none of its readings covers is linked as if there were no split.
    else key = `s:${cl.words[cl.words.length - 1] ?? ''}`;
    let p = this.partitions.get(key);
    if (!p) this.partitions.set(key, (p = { key, refs: new Set(), groups: [], ambiguous: [] }));
    return p;
  }

  private curatedName(cl: LocalCluster, path: string): string | undefined {
    if (!this.rules) return undefined;
    for (const name of [cl.fullName, ...cl.texts]) {
      const canonical = this.rules.canonicalName(name, path);
      if (canonical) return canonical;
    }
    return undefined;
  }

  /** Recomputes a partition's groups and the group of each of its clusters. */
  private resolvePartition(p: Partition): void {
    // Groups that come out the same (same kind and name words) are reused, keeping their ids,
    // so the articles that link to them need no new output.
    const old = new Map<string, Group>();
    for (const g of p.groups) old.set(groupKey(g.kind, g.words, g.tag), g);
    const before = new Map<Group, Set<ArticleState>>();
    p.groups = [];
    p.ambiguous = [];
    this.ambiguousPartitions.delete(p);
    const refs = [...p.refs].sort(byArticle);
    for (const ref of refs) ref.ambiguous = false;
    const assign = (ref: ClusterRef, g: Group | null) => {
      if (ref.group !== g) this.changedArticles.add(ref.article);
      ref.group = g;
    };
    const newGroup = (kind: EntityKind, words: string[], tag = ''): Group => {
      const key = groupKey(kind, words, tag);
      let g = old.get(key);
      if (g) {
        old.delete(key);
        before.set(g, articlesOf(g));
        g.members = [];
        g.articleSet = undefined;
        g.gender = undefined;
      } else g = { kind, words, tag, members: [], version: 0 };
      p.groups.push(g);
      return g;
    };
    if (refs.length === 0) {
      for (const g of old.values()) this.releaseGroup(g);
      this.partitions.delete(p.key);
      return;
    }

    if (p.key.startsWith('c:')) {
      // a curated entity: every cluster the reader's names match, whatever its own reading
      const name = p.key.slice(2);
      const kindOf = this.rules!.kindOf(name);
      const kind: EntityKind = kindOf === 'person' || kindOf === 'place' ? kindOf : refs[0].cl.kind;
      const g = newGroup(kind, kind === 'place' ? [nameKey(name)] : personWords(name));
      g.curatedName = name;
      for (const ref of refs) {
        g.members.push(ref);
        assign(ref, g);
      }
    } else if (p.key.startsWith('p:')) {
      // places: one group if any article names it for sure; weak mentions only join it
      const sure = refs.some((r) => !r.cl.weak);
      const g = sure ? newGroup('place', refs[0].cl.words) : null;
      for (const ref of refs) {
        if (g) g.members.push(ref);
        assign(ref, g);
      }
    } else {
      this.resolvePeople(refs, newGroup, assign, p);
    }
    const live = new Set(p.groups);
    for (const g of old.values()) if (!live.has(g)) this.releaseGroup(g);
    for (const [g, articles] of before) {
      // choices of lone surnames elsewhere depend on where a person is named: redo them only if that changed
      if (live.has(g) && !sameSet(articles, articlesOf(g))) g.version++;
    }
    for (const g of p.groups) {
      if (g.id && this.entities.get(g.id) === g.entity) this.entities.delete(g.id);
      this.publishGroup(g, g.id);
    }
  }

  private resolvePeople(
    refs: ClusterRef[],
    newGroup: (kind: EntityKind, words: string[], tag?: string) => Group,
    assign: (ref: ClusterRef, g: Group | null) => void,
    p: Partition,
  ): void {
    // 1. Full names (two or more words), one group per distinct form.
    const forms = new Map<string, Group>();
    for (const ref of refs) {
      if (ref.cl.words.length < 2 || ref.cl.weak) continue;
      const key = ref.cl.words.join(' ');
      let g = forms.get(key);
      if (!g) {
        forms.set(key, (g = newGroup('person', ref.cl.words)));
        g.gender = ref.cl.gender;
      }
      g.members.push(ref);
    }
    // 2. A shorter form joins the one longer form it fits ("Tayyip Erdogan" in "Recep Tayyip Erdogan").
    const ordered = [...forms.values()].sort((x, y) => y.words.length - x.words.length || (x.words.join(' ') < y.words.join(' ') ? -1 : 1));
    const rootOf = new Map<Group, Group>();
    const root = (g: Group): Group => rootOf.get(g) ?? g;
    for (let i = 1; i < ordered.length; i++) {
      const fits = ordered.slice(0, i).filter((f) => f.words.length > ordered[i].words.length && fitsIn(ordered[i].words, f.words));
      const roots = new Set(fits.map(root));
      if (roots.size === 1) {
        const r = [...roots][0];
        rootOf.set(ordered[i], r);
        r.members.push(...ordered[i].members);
        r.gender ??= ordered[i].gender;
      }
    }
    p.groups = p.groups.filter((g) => !rootOf.has(g)); // merged-away forms are released by the caller
    const people = p.groups.slice();
    for (const g of people) for (const m of g.members) assign(m, g);

    // 3. Lone names and weak full names.
    const sureSingle = refs.some((r) => r.cl.words.length === 1 && !r.cl.weak);
    const singles = new Map<string, Group>();
    for (const ref of refs) {
      if (ref.cl.words.length > 1 && !ref.cl.weak) continue;
      if (ref.cl.words.length > 1) {
        // a weak full name joins the same name written for sure elsewhere, else is dropped
        const known = forms.get(ref.cl.words.join(' '));
        assign(ref, known ? root(known) : null);
        continue;
      }
      let candidates = people.filter((g) => !ref.cl.gender || !g.gender || g.gender === ref.cl.gender);
      // a weak dictionary word ("Life", "Bush") joins only a person with a real first name ("George W Bush")
      if (ref.cl.weak && isCommonWord(ref.cl.words[0])) {
        candidates = candidates.filter((g) => isFirstName(g.words[0]));
      }
      if (candidates.length === 1 && ref.cl.weak && articlesOf(candidates[0]).size < 3) {
        // an unsure lone word and a little-known person of that surname ("Liddell" in a team
        // sheet, Helen Liddell in politics): only the article's other people can join them
        p.ambiguous.push({ ref, people: candidates, fallback: null });
        ref.ambiguous = true;
        candidates[0].members.push(ref);
        this.ambiguousPartitions.add(p);
        assign(ref, null);
        continue;
      }
      if (candidates.length === 1) {
        assign(ref, candidates[0]);
        continue;
      }
      if (ref.cl.weak && !sureSingle && candidates.length === 0) {
        assign(ref, null);
        continue;
      }
      const key = `${ref.cl.gender ?? ''}${candidates.length ? '?' : ''}`;
      let fallback = singles.get(key);
      if (!fallback) {
        singles.set(key, (fallback = newGroup('person', ref.cl.words, key)));
        fallback.gender = ref.cl.gender;
      }
      fallback.members.push(ref);
      if (candidates.length > 1) {
        // several people share this surname: the article's other names decide, in resolveAmbiguous
        p.ambiguous.push({ ref, people: candidates, fallback });
        ref.ambiguous = true;
        for (const c of candidates) c.members.push(ref);
        this.ambiguousPartitions.add(p);
      }
      assign(ref, fallback);
    }
  }

  /**
   * A lone surname shared by several people goes to the one whose articles share the most
   * entities with this article; a tie keeps it apart. Redone on every update: another
   * article can change who co-occurs with whom.
   */
  private resolveAmbiguous(): void {
    const touched = new Set<Group>();
    for (const p of this.ambiguousPartitions) {
      for (const entry of p.ambiguous) {
        const { ref, people, fallback } = entry;
        if (entry.deps && entry.deps.every(([g, v]) => g.version === v) && !this.changedArticles.has(ref.article)) continue;
        const { chosen: choice, looked } = choosePerson(people, ref.article);
        entry.deps = [...people, ...looked, ...(fallback ? [fallback] : [])].map((g) => [g, g.version]);
        const chosen = choice ?? fallback;
        if (chosen !== ref.group) {
          this.changedArticles.add(ref.article);
          if (ref.group) touched.add(ref.group);
          if (chosen) touched.add(chosen);
          ref.group = chosen;
        }
      }
    }
    for (const g of touched) {
      if (g.id && this.entities.get(g.id) === g.entity) this.entities.delete(g.id);
      this.publishGroup(g, g.id);
    }
  }

  private releaseGroup(g: Group): void {
    if (g.id && this.entities.get(g.id) === g.entity) this.entities.delete(g.id);
    g.articleSet = undefined;
    g.id = undefined;
    g.version = -1;
  }

  /** Names the group, gives it a unique readable id and records its entity. */
  private publishGroup(g: Group, keepId?: string): void {
    const refs = this.refsOf(g);
    if (refs.length === 0) {
      g.id = undefined;
      return;
    }
    const name = g.curatedName ?? canonicalName(g, refs);
    // the id follows the name: kept while the name keeps its slug, new when it changes
    const base = `${g.kind}:${slug(name) || 'unnamed'}`;
    let id = keepId && (keepId === base || keepId.startsWith(`${base}-`)) ? keepId : base;
    if (id !== keepId) {
      for (let n = 2; this.entities.has(id); n++) id = `${base}-${n}`;
      for (const r of refs) this.changedArticles.add(r.article);
    }
    const aliases = new Set<string>();
    for (const r of refs) {
      aliases.add(r.cl.fullName);
      for (const t of r.cl.texts) aliases.add(t);
    }
    aliases.delete(name);
    g.id = id;
    g.entity = { id, name, kind: g.kind, aliases: [...aliases].sort() };
    this.entities.set(id, g.entity);
  }

  /** Every cluster currently linked to the group. */
  private refsOf(g: Group): ClusterRef[] {
    return g.members.filter((r) => r.group === g);
  }

  private idsOf(state: ArticleState): (string | null)[] {
    const names = state.analysis.names;
    return state.summary.clusterOf.map((c, i) => {
      const g = state.refs[c].group;
      if (!g?.id) return null;
      if (this.rules?.isDropped(names[i].text)) return null;
      return g.id;
    });
  }
}

function byArticle(a: ClusterRef, b: ClusterRef): number {
  return a.article.path < b.article.path ? -1 : a.article.path > b.article.path ? 1 : 0;
}

/** "tayyip erdogan" fits "recep tayyip erdogan"; "lyn brown" does not fit "gordon brown". */
function fitsIn(short: string[], long: string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && (w === short[j] || (short[j].length === 1 && w.startsWith(short[j])))) j++;
  return j === short.length;
}

function articlesOf(g: Group): Set<ArticleState> {
  g.articleSet ??= new Set(g.members.filter((m) => m.group === g && m.cl.words.length > 1).map((m) => m.article));
  return g.articleSet;
}

/** Of several people sharing a surname, the one this article's other names point to, if any. */
function choosePerson(people: Group[], article: ArticleState): { chosen?: Group; looked: Group[] } {
  const here = new Set<Group>();
  // the article's other people: places are too common to tell two people apart, and depending
  // on them would redo this choice whenever any article naming the UK changes
  // (not other ambiguous surnames: their groups depend on the order of these choices)
  for (const r of article.refs) if (r.group?.kind === 'person' && !r.ambiguous && !people.includes(r.group)) here.add(r.group);
  const looked = [...here];
  const named = people.filter((p) => article.refs.some((r) => r.group === p && r.cl.words.length > 1));
  if (named.length === 1) return { chosen: named[0], looked };
  const scores = people.map((p) => {
    const mine = articlesOf(p);
    let score = 0;
    for (const other of here) if (intersects(articlesOf(other), mine)) score++;
    return score;
  });
  const best = Math.max(...scores);
  const winners = people.filter((_, i) => scores[i] === best);
  if (best > 0 && winners.length === 1) return { chosen: winners[0], looked };
  // no co-occurrence decides: a lone "Blair" is the Blair the corpus names far more than any other
  const sizes = winners.map((p) => articlesOf(p).size).sort((a, b) => b - a);
  const dominant = winners.find((p) => articlesOf(p).size === sizes[0]);
  if (sizes[0] >= 5 && sizes[0] >= 5 * (sizes[1] ?? 0)) return { chosen: dominant, looked };
  return { looked };
}

function groupKey(kind: EntityKind, words: string[], tag: string): string {
  return `${kind}|${words.join(' ')}|${tag}`;
}

function sameSet<T>(a: Set<T>, b: Set<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function intersects<T>(a: Set<T>, b: Set<T>): boolean {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/**
 * The fullest common form: among forms written in two or more articles (if any), the one with
 * most name words, then most often written, then alphabetical ("Mr" dropped). A one-off
 * "Exchequer Gordon Brown" does not rename Gordon Brown.
 */
function canonicalName(g: Group, refs: ClusterRef[]): string {
  return fullestForm(g, refs).replace(/^Mr\.? /, '');
}

function fullestForm(g: Group, refs: ClusterRef[]): string {
  const counts = new Map<string, number>();
  for (const r of refs) counts.set(r.cl.fullName, (counts.get(r.cl.fullName) ?? 0) + 1);
  let best = '';
  let bestWords = -1;
  let bestCount = -1;
  const common = [...counts].some(([, n]) => n > 1);
  for (const [form, count] of counts) {
    if (common && count < 2) continue;
    const words = g.kind === 'person' ? personWords(form).length : 1;
    if (words > bestWords || (words === bestWords && (count > bestCount || (count === bestCount && form < best)))) {
      best = form;
      bestWords = words;
      bestCount = count;
    }
  }
  return best;
}

export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019'`.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// linkCorpus keeps one Linker per curation, so a caller that re-links the whole corpus after
// each change (CorpusIndex) pays only for what changed.
const linkers = new WeakMap<Curation, Linker>();
let plainLinker: Linker | undefined;

function linkerFor(curation: Curation | undefined): Linker {
  let linker = curation ? linkers.get(curation) : plainLinker;
  if (!linker) {
    linker = new Linker(curation);
    if (curation) linkers.set(curation, linker);
    else plainLinker = linker;
  }
  return linker;
}

export function linkCorpus(analyses: Iterable<ArticleAnalysis>, curation?: Curation): LinkResult {
  return linkerFor(curation).update(analyses);
}

/**
 * Does linkCorpus's work ahead of time until `deadline` (performance.now()): takes in the
 * analyses the linker lacks and resolves their partitions. Returns true once linkCorpus on these
 * analyses has little left to do; while false, call again (after yielding to other work).
 */
export function prepareLinkCorpus(analyses: readonly ArticleAnalysis[], curation: Curation | undefined, deadline: number): boolean {
  const linker = linkerFor(curation);
  for (const analysis of analyses) {
    if (linker.holds(analysis)) continue;
    linker.add(analysis);
    if (performance.now() >= deadline) return false;
  }
  return linker.resolveUntil(deadline);
}
