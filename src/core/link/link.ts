import type { Curation } from '../config/curation';
import { curationRules, type CurationRules } from '../config/rules';
// Named, not the default: the bundle then holds only these lists of the gazetteer, not its places.
import { commonWords, femaleOnly, firstNames, maleOnly } from '../recognize/data/gazetteer.json';
import { HONORIFICS, isNameParticle, NAME_SUFFIXES } from '../recognize/lexicon';
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
// calls: a place mention joining its place changes a count, other changes redo only the
// partitions they touch, and a lone surname's choice is redone only when something it looked
// at changed. The result depends only on the articles, never on the order they came in.

export interface LinkResult {
  entities: Entity[];
  /** For each article path, the entity id of each of its NameMentions (same order), or null when dropped. */
  entityOf: Map<string, (string | null)[]>;
  /**
   * Set by `Linker` from its second result on: what changed since `previous`, its result before
   * this one, so that a holder of `previous` updates only that. (A `Linker`'s `entities` and
   * `entityOf` are views of its live state: read them before its next update; `changes` stays.)
   */
  changes?: LinkChanges;
}

export interface LinkChanges {
  previous: LinkResult;
  /** The new ids of each article whose ids changed; null for an article no longer linked. */
  entityOf: Map<string, (string | null)[] | null>;
  /** Entities new or changed since `previous` (changed ones are new objects). */
  entities: Entity[];
  /** Ids that no entity has any more. */
  removedEntities: string[];
}

/**
 * What changed in the analyses since a result the caller holds: lets the linker take in only
 * these instead of checking every analysis (when it can tell that nothing else changed).
 */
export interface LinkSince {
  previous: LinkResult;
  /** Analyses added or replaced since `previous`. */
  upserted: readonly ArticleAnalysis[];
  /** Paths removed since `previous` (a path removed and added again is in both). */
  removed: readonly string[];
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
  /** Partition key when no curation claims it. */
  partition: string;
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
  /** Whether the cluster counts in its group's names and articles (see `setGroup`). */
  counted: boolean;
  /** Where it is in its partition's `refs`. */
  slot: number;
  /** Which of its article's clusters it is (orders clusters of one article). */
  cluster: number;
  /** Set while this is a lone surname that several people could be (see `rechoose`). */
  ambiguous?: Ambiguous;
}

interface ArticleState {
  path: string;
  /** `folderOf(path)` */
  folder: string;
  analysis: ArticleAnalysis;
  summary: ArticleSummary;
  refs: ClusterRef[];
  /** Set once one of its lone surnames is ambiguous: only then do its other clusters' groups matter to a choice. */
  hasAmbiguous?: boolean;
  /** Entity id of each NameMention, as last published. */
  ids?: (string | null)[];
}

interface Partition {
  key: string;
  /** In no order (removal moves the last one into the gap). */
  refs: ClusterRef[];
  /** Waiting in `Linker.dirty` to be resolved as a whole. */
  dirty?: boolean;
  groups: Group[];
  /** Lone names here that several people could be. */
  ambiguous: Ambiguous[];
  /** Places: how many mentions name it for sure (the place exists while one does). */
  sure: number;
  /** How many clusters it had when last resolved (linking ahead waits until it has twice as many). */
  resolvedRefs: number;
}

interface Ambiguous {
  ref: ClusterRef;
  people: Group[];
  /** Where the name goes when the article does not decide: a person of its own, or nowhere. */
  fallback: Group | null;
  /** Set once its partition is resolved again (a new entry replaces it). */
  dead?: boolean;
}

interface Group {
  /** (Its partition, kind, name words and tag are unique: see `orderKey`.) */
  partition: Partition;
  kind: EntityKind;
  gender?: Gender;
  words: string[];
  /** Tells apart lone-name groups of one surname ("Howard" for a woman, "Howard?" when ambiguous). */
  tag: string;
  /** Clusters that may link here (those whose `group` is this one do). */
  members: ClusterRef[];
  curatedName?: string;
  released?: boolean;
  /** Of the counted clusters linked here: their number, full names, texts, and the articles naming the group in full. */
  size: number;
  /**
   * Their full name while they have one (nine groups in ten: the count is `size`), else
   * undefined and `forms` counts each (see `countForm`).
   */
  form: string | undefined;
  forms: Map<string, number> | undefined;
  texts: Map<string, number>;
  /** (Made when first needed: most groups are places, or looked at by no choice.) */
  named?: Map<ArticleState, number>;
  /** The folders of the `named` articles (see `namedInFolderOf`): made when asked for, dropped when `named` changes. */
  namedFolders?: Set<string>;
  /** Lone-surname choices that looked at `named`: redone when it changes. */
  dependents?: Set<Ambiguous>;
  /** `kind:slug` of the name; the id is the base, or base-2, base-3... by `key` among the groups sharing it. */
  base?: string;
  id?: string;
  entity?: Entity;
}

const summaries = new WeakMap<ArticleAnalysis['names'], ArticleSummary>();

// The expressions names are read with, made once (a literal in a function is a new object each
// time it runs: hundreds of thousands in a cold index's link).
const ASCII_WORD = /^[A-Za-z]+$/;
const TRANSLITERATED_ENDING = /(yy|iy|ii|ij|yi)$/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES_AND_DOTS = /[\u2019'`.]/g;
const NAME_WORD_BREAKS = /[\s-]+/;
const WHITE_SPACE = /\s/;
const MR = /^Mr\.? /;
const ASCII_WORDS_SPACED = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const SPACES = / /g;
const NOT_ASCII_ALPHANUMERIC = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-|-$/g;

/** Lowercase, no accents or dots, transliteration endings folded: Zelenskyy = Zelensky = Zelenskiy. */
export function nameKey(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase().replace(TRANSLITERATED_ENDING, 'y');
  return word
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES_AND_DOTS, '')
    .replace(TRANSLITERATED_ENDING, 'y');
}

/** Name words of a person's full name, normalised, without honorifics, particles or suffixes. */
export function personWords(fullName: string): string[] {
  const parts = fullName.split(NAME_WORD_BREAKS);
  // not an empty literal (see emptyList): every function that reads name words was deoptimised
  // the first time it met one ("Den", "Mr Van")
  const words = emptyList<string>();
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i];
    // "Al Hendrix" is not Jimi Hendrix: read as recognizeNames reads it
    const particle = isNameParticle(w, i === 0 && fullName.startsWith('Al '));
    if (!w || particle || NAME_SUFFIXES.has(w) || (i < parts.length - 1 && HONORIFICS.has(w))) continue;
    const key = nameKey(w);
    if (key) words.push(key);
  }
  return words;
}

const FEMALE_TITLES = new Set(['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Lady', 'Baroness', 'Dame', 'Mme', 'Mlle']);
const MALE_TITLES = new Set(['Mr', 'Mr.', 'Sir', 'Lord', 'Baron', 'Herr']);
let genderLists: { female: Set<string>; male: Set<string> } | undefined;

/** Gender a full name states: by its honorific ("Mrs Howard") or an unambiguous first name. */
function genderOf(fullName: string): Gender {
  const space = fullName.search(WHITE_SPACE);
  const first = space < 0 ? fullName : fullName.slice(0, space);
  if (FEMALE_TITLES.has(first)) return 'f';
  if (MALE_TITLES.has(first)) return 'm';
  if (!fullName.includes(' ')) return undefined;
  genderLists ??= { female: new Set(femaleOnly), male: new Set(maleOnly) };
  return genderLists.female.has(first) ? 'f' : genderLists.male.has(first) ? 'm' : undefined;
}

let wordLists: { common: Set<string>; firstNames: Set<string> } | undefined;
/** The word lists lone names are checked against (~30,000 words), made once: a cold index makes them in `takeInAhead`. */
function loneNameLists(): { common: Set<string>; firstNames: Set<string> } {
  return (wordLists ??= { common: new Set(commonWords.split(' ')), firstNames: new Set(firstNames.map((n) => nameKey(n))) });
}
const isCommonWord = (key: string) => loneNameLists().common.has(key);
const isFirstName = (key: string) => loneNameLists().firstNames.has(key);

interface NameForm {
  words: string[];
  gender: Gender;
  /** Partition of the name when no curation claims it: its place, or its surname. */
  partition: string;
}

/** Name forms by full name, people's and places' apart: the same names recur in thousands of articles. */
const nameForms = { person: new Map<string, NameForm>(), place: new Map<string, NameForm>() };
function nameForm(kind: EntityKind, fullName: string): NameForm {
  const forms = nameForms[kind];
  let form = forms.get(fullName);
  if (!form) {
    if (forms.size >= 500_000) forms.clear();
    if (kind === 'place') {
      const words = [nameKey(fullName)];
      form = { words, gender: undefined, partition: `p:${words[0]}` };
    } else {
      const words = personWords(fullName).slice(); // exact size (filter grows by push): kept per distinct name
      form = { words, gender: genderOf(fullName), partition: `s:${words[words.length - 1] ?? ''}` };
    }
    forms.set(fullName, form);
  }
  return form;
}

function summarise(analysis: ArticleAnalysis): ArticleSummary {
  let s = summaries.get(analysis.names);
  if (s) return s;
  const names = analysis.names;
  const clusters: LocalCluster[] = [];
  const byLocal: number[] = []; // local numbers are small
  const clusterOf = new Array<number>(names.length);
  for (let i = 0; i < names.length; i++) {
    const m = names[i];
    let c = byLocal[m.local];
    if (c === undefined) {
      c = clusters.length;
      byLocal[m.local] = c;
      const { words, gender, partition } = nameForm(m.kind, m.fullName);
      const texts = [m.text]; // (apart: see `newPartition`)
      clusters.push({ kind: m.kind, gender, weak: !!m.weak, fullName: m.fullName, words, texts, partition });
    } else {
      const cl = clusters[c];
      cl.weak &&= !!m.weak;
      if (!cl.texts.includes(m.text)) cl.texts.push(m.text);
    }
    clusterOf[i] = c;
  }
  // Kept for as long as the article is: arrays grown by push hold 17 slots or more, so the
  // summary keeps exact-size copies (at 20x, a million clusters of one or two texts each).
  for (let c = 0; c < clusters.length; c++) if (clusters[c].texts.length > 1) clusters[c].texts = clusters[c].texts.slice();
  s = { clusters: clusters.slice(), clusterOf };
  summaries.set(analysis.names, s);
  return s;
}


/**
 * Incremental corpus linker: `update` with the corpus's analyses (or `add`/`remove` one at a
 * time) and read `result()`. Work left by `add`/`remove` can be done ahead in slices
 * (`resolveUntil`), so that `result()` only hands over what changed.
 */
export class Linker {
  private readonly rules?: CurationRules;
  private readonly articles = new Map<string, ArticleState>();
  private readonly partitions = new Map<string, Partition>();
  /** Partitions to resolve again as a whole. */
  private readonly dirty = new Set<Partition>();
  /**
   * Dirty partitions with at least twice the clusters they had when last resolved: the ones
   * linking ahead resolves (`resolveAhead`), so that each is resolved a few times in all.
   */
  private readonly grown = new Set<Partition>();
  /** Lone-surname choices to make again. */
  private readonly recheck = new Set<Ambiguous>();
  /**
   * Groups no longer named in full in the article at these paths, their choices not yet redone: an
   * edited article is taken out and put back, and when it names the group in full again nothing
   * the choices look at has changed (at 20x the BBC, re-saving an article naming Gordon Brown
   * redid every lone "Brown" choice of the corpus: ~0.1 s).
   */
  private readonly unnamedAt = new Map<Group, Set<string>>();
  /**
   * Linking ahead makes the pending choices only once the articles held have doubled since it
   * last did: each new article naming a much-named person in full redoes the choices that
   * looked at that person, so made after every article they would be made over and over.
   */
  private choicesAheadAt = 0;
  /** Groups whose entity (name, aliases, id) may have changed. */
  private readonly stale = new Set<Group>();
  /** Articles whose ids may have changed. */
  private readonly changedArticles = new Set<ArticleState>();
  private readonly entities = new Map<string, Entity>();
  /** Groups sharing an id's base, in `key` order. */
  private readonly bases = new Map<string, Group[]>();
  /** The live ids of every article. */
  private readonly entityOf = new Map<string, (string | null)[]>();
  /** Since the last result: articles whose ids changed, entity ids set or deleted (none before the first: it reports no changes). */
  private readonly changedPaths = new Set<string>();
  private readonly changedIds = new Set<string>();
  /** Paths added or removed since the last result, by anyone (see `takeSince`). */
  private readonly touched = new Set<string>();
  private lastResult?: LinkResult;
  /**
   * Whether two much-named groups are named in a common article, as far as asked since the last
   * change of where any group is named: the same pairs (Gordon Brown and Tony Blair) come up in
   * many choices, and intersecting their articles is not cheap.
   */
  private meetings?: Map<Group, Map<Group, boolean>>;
  /** While a partition is resolved: its lone-surname choices as they were. */
  private previousEntries?: Map<ClusterRef, Ambiguous>;

  constructor(curation?: Curation) {
    this.rules = curation ? curationRules(curation) : undefined;
  }

  /**
   * Makes the linker hold exactly these analyses (unchanged ones, by identity, cost nothing).
   * With `since`, when it applies, only the analyses it names are looked at.
   */
  update(analyses: Iterable<ArticleAnalysis>, since?: LinkSince): LinkResult {
    if (this.takeSince(since)) return this.result();
    const list = Array.isArray(analyses) ? (analyses as ArticleAnalysis[]) : [...analyses];
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
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

  /**
   * Takes in the changes `since` names, if it describes this linker's state: its previous
   * result is the linker's last, and every article added or removed since is in it (another
   * caller of the same linker may have added others). False when it does not apply.
   */
  takeSince(since: LinkSince | undefined): boolean {
    if (!since || !this.lastResult || since.previous !== this.lastResult) return false;
    const upserted = new Set(since.upserted.map((a) => a.article.path));
    const removed = new Set(since.removed);
    for (const path of this.touched) if (!upserted.has(path) && !removed.has(path)) return false;
    // (called again with the same changes, e.g. slice after slice: what is held stays)
    for (const path of since.removed) if (!upserted.has(path)) this.remove(path);
    for (const a of since.upserted) {
      const old = this.articles.get(a.article.path);
      if (old && old.analysis.names === a.names) old.analysis = a;
      else this.add(a);
    }
    return true;
  }

  add(analysis: ArticleAnalysis): void {
    const path = analysis.article.path;
    if (this.articles.has(path)) this.remove(path);
    this.touched.add(path);
    const summary = summarise(analysis);
    // (every field in the literal: one fixed shape, no property store added later)
    const state: ArticleState = { path, folder: folderOf(path), analysis, summary, refs: new Array<ClusterRef>(summary.clusters.length), hasAmbiguous: false, ids: undefined };
    this.articles.set(path, state);
    this.changedArticles.add(state);
    for (let cluster = 0; cluster < summary.clusters.length; cluster++) {
      const cl = summary.clusters[cluster];
      const partition = this.partitionFor(cl, path);
      const ref: ClusterRef = { article: state, cl, partition, group: null, counted: false, slot: partition.refs.length, cluster, ambiguous: undefined };
      state.refs[cluster] = ref;
      partition.refs.push(ref);
      if (!this.joinPlace(partition, ref)) this.markDirty(partition);
    }
  }

  remove(path: string): void {
    const state = this.articles.get(path);
    if (!state) return;
    this.touched.add(path);
    this.articles.delete(path);
    for (const ref of state.refs) {
      const refs = ref.partition.refs;
      const last = refs.pop()!;
      if (last !== ref) {
        refs[ref.slot] = last;
        last.slot = ref.slot;
      }
      if (!this.leavePlace(ref.partition, ref)) this.markDirty(ref.partition);
      this.setGroup(ref, null, false);
    }
    if (this.entityOf.delete(path) && this.lastResult) this.changedPaths.add(path);
  }

  /** True when the linker holds this very analysis (so `update` would skip it). */
  holds(analysis: ArticleAnalysis): boolean {
    return this.articles.get(analysis.article.path)?.analysis.names === analysis.names;
  }

  /** Does the work `result()` would do, until `deadline` (a performance.now() time); true once none is left. */
  resolveUntil(deadline: number): boolean {
    let n = 0;
    const late = () => (++n & 15) === 0 && isPast(deadline);
    // In this order: choices, names and ids depend on the groups, ids on the names (see `drain`).
    for (;;) {
      for (const partition of this.dirty) {
        this.resolveDirty(partition);
        if (isPast(deadline)) return this.settled();
      }
      if (this.rechooseAll(late) || this.publishAll(late)) return this.settled();
      if (this.dirty.size || this.recheck.size) continue;
      this.grown.clear(); // every partition is resolved
      if (drain(this.changedArticles, (state) => this.updateIds(state), late)) return this.settled();
      if (this.settled()) return true;
    }
  }

  /**
   * Work done ahead while analyses are still coming in (`linkAhead`), until `deadline`: the
   * partitions that have doubled since last resolved (so a partition that keeps growing is
   * resolved a few times, not once per article), the lone-surname choices now and then (see
   * `choicesAheadAt`), and the names that follow.
   * Articles' ids wait for `result()`: most would change again. True while work is left.
   */
  resolveAhead(deadline: number): boolean {
    let n = 0;
    const late = () => (++n & 15) === 0 && isPast(deadline);
    for (const partition of this.grown) {
      this.grown.delete(partition);
      if (!partition.dirty) continue;
      this.resolveDirty(partition);
      if (isPast(deadline)) return true;
    }
    if (this.articles.size >= this.choicesAheadAt) {
      if (this.rechooseAll(late)) return true;
      this.choicesAheadAt = 2 * this.articles.size;
    }
    return this.publishAll(late);
  }

  private resolveDirty(partition: Partition): void {
    this.dirty.delete(partition);
    partition.dirty = false;
    this.resolvePartition(partition);
  }

  /** Redoes the lone-surname choices to redo; true if `late()` stopped it. */
  private rechooseAll(late: () => boolean): boolean {
    // the groups that an article left and did not come back to
    for (const g of this.unnamedAt.keys()) this.namedChanged(g);
    this.unnamedAt.clear();
    return drain(this.recheck, (entry) => this.rechoose(entry), late);
  }

  /** Publishes the groups whose entity is stale; true if `late()` stopped it. */
  private publishAll(late: () => boolean): boolean {
    return drain(this.stale, (group) => this.publish(group), late);
  }

  private settled(): boolean {
    return this.dirty.size === 0 && this.recheck.size === 0 && this.unnamedAt.size === 0 && this.stale.size === 0 && this.changedArticles.size === 0;
  }

  result(): LinkResult {
    this.resolveUntil(Infinity);
    const previous = this.lastResult;
    if (previous && this.changedPaths.size === 0 && this.changedIds.size === 0) return previous;
    const changes = previous ? this.takeChanges(previous) : undefined;
    this.touched.clear();
    let list: Entity[] | undefined;
    const all = this.entities;
    const result: LinkResult = {
      // made when asked for: a caller that applies `changes` never needs the whole list
      get entities() {
        return (list ??= [...all.values()]);
      },
      entityOf: this.entityOf,
    };
    if (changes) result.changes = changes;
    this.lastResult = result;
    return result;
  }

  /** What changed since `previous`, the last result. */
  private takeChanges(previous: LinkResult): LinkChanges {
    const entities: Entity[] = [];
    const removedEntities: string[] = [];
    for (const id of this.changedIds) {
      const entity = this.entities.get(id);
      if (entity) entities.push(entity);
      else removedEntities.push(id);
    }
    const entityOf = new Map<string, (string | null)[] | null>();
    for (const path of this.changedPaths) entityOf.set(path, this.entityOf.get(path) ?? null);
    this.changedIds.clear();
    this.changedPaths.clear();
    return { previous, entityOf, entities, removedEntities };
  }

  private partitionFor(cl: LocalCluster, path: string): Partition {
    const curated = this.curatedName(cl, path);
    // A split name in an article none of its readings covers is linked as if there were no split.
    const key = curated !== undefined ? `c:${curated}` : cl.partition;
    let p = this.partitions.get(key);
    if (!p) this.partitions.set(key, (p = newPartition(key)));
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

  private markDirty(p: Partition): void {
    if (!p.dirty) {
      p.dirty = true;
      this.dirty.add(p);
    }
    if (p.refs.length >= 2 * p.resolvedRefs) this.grown.add(p);
  }

  /** A mention of a place that stays as it is (named for sure elsewhere, or weak in a place nobody names for sure) just joins it. */
  private joinPlace(p: Partition, ref: ClusterRef): boolean {
    if (p.dirty || !p.key.startsWith('p:') || p.refs.length === 1) return false;
    const g = p.groups.length ? p.groups[0] : undefined; // (reading past the end deoptimises)
    if (!g) return ref.cl.weak;
    if (!ref.cl.weak) p.sure++;
    g.members.push(ref);
    this.setGroup(ref, g, true);
    return true;
  }

  /** The converse of `joinPlace`: false when the place must be resolved again (its last sure mention goes). */
  private leavePlace(p: Partition, ref: ClusterRef): boolean {
    if (p.dirty || !p.key.startsWith('p:') || p.refs.length === 0) return false;
    const g = p.groups.length ? p.groups[0] : undefined;
    if (!g) return true;
    if (!ref.cl.weak && --p.sure === 0) return false;
    const i = g.members.lastIndexOf(ref);
    if (i >= 0) g.members.splice(i, 1);
    return true;
  }

  /**
   * Links a cluster to a group. A counted cluster adds its names to the group's entity and its
   * article to where the group is named; clusters that only follow a group (a lone surname of
   * the one person so named, a weak full name) are not counted.
   */
  private setGroup(ref: ClusterRef, g: Group | null, counted: boolean): void {
    counted &&= g !== null;
    if (ref.group === g && ref.counted === counted) return;
    if (ref.group && ref.counted) this.tally(ref.group, ref, -1);
    if (ref.group !== g) {
      ref.group = g;
      this.changedArticles.add(ref.article);
      // the article's lone surnames are chosen by its other people
      if (!ref.ambiguous && ref.article.hasAmbiguous) {
        const refs = ref.article.refs;
        for (let i = 0; i < refs.length; i++) if (refs[i].ambiguous) this.recheck.add(refs[i].ambiguous!);
      }
    }
    ref.counted = counted;
    if (g && counted) this.tally(g, ref, 1);
  }

  private tally(g: Group, ref: ClusterRef, by: 1 | -1): void {
    g.size += by;
    const { fullName, texts, words } = ref.cl;
    countForm(g, fullName, by);
    bump(g.texts, fullName, by);
    for (let i = 0; i < texts.length; i++) if (texts[i] !== fullName) bump(g.texts, texts[i], by);
    if (words.length > 1) {
      const n = bump((g.named ??= new Map()), ref.article, by);
      if ((by > 0 && n === 1) || n === 0) {
        g.namedFolders = undefined;
        this.meetings = undefined;
        if (n === 0) this.unnamed(g, ref.article.path);
        else if (!this.namedAgain(g, ref.article.path)) this.namedChanged(g);
      }
    }
    this.stale.add(g);
  }

  private unnamed(g: Group, path: string): void {
    let paths = this.unnamedAt.get(g);
    if (!paths) this.unnamedAt.set(g, (paths = new Set()));
    paths.add(path);
  }

  /** Named in full again at a path it had left: true when that undoes the change. */
  private namedAgain(g: Group, path: string): boolean {
    const paths = this.unnamedAt.get(g);
    if (!paths?.delete(path)) return false;
    if (paths.size === 0) this.unnamedAt.delete(g);
    // the choices that are not redone keep looking at it; those replaced meanwhile are gone
    if (g.dependents) for (const entry of g.dependents) if (entry.dead) g.dependents.delete(entry);
    return true;
  }

  private namedChanged(g: Group): void {
    this.meetings = undefined;
    if (!g.dependents) return;
    for (const entry of g.dependents) if (!entry.dead) this.recheck.add(entry);
    g.dependents = undefined;
  }

  /** A new group of the partition. */
  private newGroup(p: Partition, kind: EntityKind, words: string[], tag: string): Group {
    const members: ClusterRef[] = []; // (apart: see `newPartition`)
    const g: Group = {
      partition: p,
      kind,
      gender: undefined,
      words,
      tag,
      members,
      curatedName: undefined,
      released: false,
      size: 0,
      form: undefined,
      forms: undefined,
      texts: new Map(),
      named: undefined,
      namedFolders: undefined,
      dependents: undefined,
      base: undefined,
      id: undefined,
      entity: undefined,
    };
    this.stale.add(g);
    return g;
  }

  private release(g: Group): void {
    g.released = true;
    g.members = [];
    this.namedChanged(g);
    this.stale.add(g);
  }

  /** Recomputes a partition's groups and the group of each of its clusters. */
  private resolvePartition(p: Partition): void {
    p.resolvedRefs = p.refs.length;
    // Groups that come out the same (same kind and name words) are reused, keeping their ids,
    // so the articles that link to them need no new output.
    // (none of these maps when the partition is resolved for the first time, as most are once)
    // (the rare cases here and below in functions of their own: resolvePartition is compiled in
    // every cold link, and the smaller it is the sooner)
    const old = p.groups.length ? groupsByKey(p.groups) : undefined;
    const made: Group[] = [];
    // lone-surname choices that come out the same (same people to choose from) are kept, with their choice
    const previous = p.ambiguous.length ? choicesByRef(p.ambiguous) : undefined;
    const wasAmbiguous = previous && new Set(previous.keys());
    this.previousEntries = previous;
    p.groups = emptyList();
    p.ambiguous = [];
    // people (and a curated entity of no stated kind) depend on the order of their clusters: by path, whatever came first
    const kindOf = p.key.startsWith('c:') ? this.rules!.kindOf(p.key.slice(2)) : undefined;
    const ordered = p.key.startsWith('s:') || (p.key.startsWith('c:') && kindOf !== 'person' && kindOf !== 'place');
    const refs = ordered && !inArticleOrder(p.refs) ? p.refs.slice().sort(byArticle) : p.refs;
    const newGroup = (kind: EntityKind, words: string[], tag = ''): Group => {
      // (a key made only to find the group it replaces: most partitions are resolved once)
      const key = old ? groupKey(kind, words, tag) : '';
      let g = old?.get(key);
      if (g) {
        old!.delete(key);
        g.members = [];
        g.gender = undefined;
      } else g = this.newGroup(p, kind, words, tag);
      made.push(g);
      p.groups.push(g);
      return g;
    };
    if (refs.length === 0) {
      if (old) for (const g of old.values()) this.release(g);
      this.partitions.delete(p.key);
      return;
    }

    if (p.key.startsWith('c:')) {
      this.resolveCurated(p, refs, kindOf, newGroup);
    } else if (p.key.startsWith('p:')) {
      // places: one group if any article names it for sure; weak mentions only join it
      p.sure = 0;
      for (let i = 0; i < refs.length; i++) if (!refs[i].cl.weak) p.sure++;
      const g = p.sure > 0 ? newGroup('place', refs[0].cl.words) : null;
      for (let i = 0; i < refs.length; i++) {
        const ref = refs[i];
        if (g) g.members.push(ref);
        this.setGroup(ref, g, true);
      }
    } else {
      this.resolvePeople(refs, newGroup, p);
    }
    this.previousEntries = undefined;
    if (previous || old || made.length !== p.groups.length) this.dropUnused(p, previous, old, made);
    // a lone surname that is now (or no longer) ambiguous leaves (or joins) the people its article's other choices look at
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      if (!ref.ambiguous === !wasAmbiguous?.has(ref) || !ref.article.hasAmbiguous) continue;
      this.recheckOthers(ref);
    }
    // An array grown by push keeps 17 slots or more, and most partitions and groups hold one or
    // two: kept at their size, they take a third of the linker's memory less (and of its GC work).
    if (p.refs.length < 16) p.refs = p.refs.slice();
    p.groups = p.groups.slice();
    if (p.ambiguous.length) p.ambiguous = p.ambiguous.slice();
    for (let i = 0; i < p.groups.length; i++) if (p.groups[i].members.length < 16) p.groups[i].members = p.groups[i].members.slice();
  }

  /** Redoes the lone-surname choices of the cluster's article but its own. */
  private recheckOthers(ref: ClusterRef): void {
    const refs = ref.article.refs;
    for (let i = 0; i < refs.length; i++) if (refs[i].ambiguous && refs[i] !== ref) this.recheck.add(refs[i].ambiguous!);
  }

  /**
   * The end of `resolvePartition` when groups or choices were dropped: the old choices not made
   * again die, and the old groups not made again, or made and merged away, are released.
   */
  private dropUnused(p: Partition, previous: Map<ClusterRef, Ambiguous> | undefined, old: Map<string, Group> | undefined, made: Group[]): void {
    if (previous) for (const entry of previous.values()) {
      entry.dead = true;
      if (entry.ref.ambiguous === entry) entry.ref.ambiguous = undefined;
    }
    if (old) for (const g of old.values()) if (!g.released) this.release(g);
    // merged-away forms (made but not kept) go too: the groups kept are the ones made, less those
    if (made.length !== p.groups.length) {
      const live = new Set(p.groups);
      for (const g of made) if (!live.has(g) && !g.released) this.release(g);
    }
  }

  /** A curated entity: every cluster the reader's names match, whatever its own reading. */
  private resolveCurated(
    p: Partition,
    refs: ClusterRef[],
    kindOf: ReturnType<CurationRules['kindOf']>,
    newGroup: (kind: EntityKind, words: string[], tag?: string) => Group,
  ): void {
    const name = p.key.slice(2);
    const kind: EntityKind = kindOf === 'person' || kindOf === 'place' ? kindOf : refs[0].cl.kind;
    const g = newGroup(kind, kind === 'place' ? [nameKey(name)] : personWords(name));
    if (g.curatedName !== name) this.stale.add(g);
    g.curatedName = name;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      g.members.push(ref);
      this.setGroup(ref, g, true);
    }
  }

  private resolvePeople(
    refs: ClusterRef[],
    newGroup: (kind: EntityKind, words: string[], tag?: string) => Group,
    p: Partition,
  ): void {
    // (each map made only when needed: most partitions hold one name)
    // 1. Full names (two or more words), one group per distinct form.
    let forms: Map<string, Group> | undefined;
    let lone = false;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      if (ref.cl.words.length < 2 || ref.cl.weak) {
        lone = true;
        continue;
      }
      const key = ref.cl.words.join(' ');
      let g = forms?.get(key);
      if (!g) {
        (forms ??= new Map()).set(key, (g = newGroup('person', ref.cl.words)));
        g.gender = ref.cl.gender;
      }
      g.members.push(ref);
    }
    // 2. Shorter forms join longer ones (see `mergeForms`).
    const rootOf = forms && forms.size > 1 ? mergeForms(forms) : undefined;
    const root = (g: Group): Group => rootOf?.get(g) ?? g;
    if (rootOf?.size) p.groups = p.groups.filter((g) => !rootOf!.has(g)); // merged-away forms are released by the caller
    const people = p.groups.slice();
    for (let i = 0; i < people.length; i++) {
      const g = people[i];
      for (let k = 0; k < g.members.length; k++) this.setGroup(g.members[k], g, true);
    }

    // 3. Lone names and weak full names.
    if (lone) this.resolveLoneNames(refs, p, people, forms, root, newGroup);
  }

  /** Step 3 of `resolvePeople`, for a partition with lone names or weak full names (apart: many have none). */
  private resolveLoneNames(
    refs: ClusterRef[],
    p: Partition,
    people: Group[],
    forms: Map<string, Group> | undefined,
    root: (g: Group) => Group,
    newGroup: (kind: EntityKind, words: string[], tag?: string) => Group,
  ): void {
    const sureSingle = refs.some((r) => r.cl.words.length === 1 && !r.cl.weak);
    let singles: Map<string, Group> | undefined;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      if (ref.cl.words.length > 1 && !ref.cl.weak) continue;
      if (ref.cl.words.length > 1) {
        // a weak full name joins the same name written for sure elsewhere, else is dropped
        const known = forms?.get(ref.cl.words.join(' '));
        this.setGroup(ref, known ? root(known) : null, false);
        continue;
      }
      let candidates = people.filter((g) => !ref.cl.gender || !g.gender || g.gender === ref.cl.gender);
      // a weak dictionary word ("Life", "Bush") joins only a person with a real first name ("George W Bush")
      if (ref.cl.weak && ref.cl.words.length === 1 && isCommonWord(ref.cl.words[0])) {
        candidates = candidates.filter((g) => isFirstName(g.words[0]));
      }
      if (candidates.length === 1 && ref.cl.weak && namedIn(candidates[0]) < 3) {
        // an unsure lone word and a little-known person of that surname ("Liddell" in a team
        // sheet, Helen Liddell in politics): only the article's other people can join them
        if (!this.ambiguous(p, ref, candidates, null)) this.setGroup(ref, null, false);
        continue;
      }
      if (candidates.length === 1 && namedInFolderOf(candidates[0], ref.article)) {
        this.setGroup(ref, candidates[0], false);
        continue;
      }
      if (ref.cl.weak && !sureSingle && candidates.length === 0) {
        this.setGroup(ref, null, false);
        continue;
      }
      const key = `${ref.cl.gender ?? ''}${candidates.length ? '?' : ''}`;
      let fallback = singles?.get(key);
      if (!fallback) {
        (singles ??= new Map()).set(key, (fallback = newGroup('person', ref.cl.words, key)));
        fallback.gender = ref.cl.gender;
      }
      fallback.members.push(ref);
      // several people share this surname, or the one who does is named in full only in other
      // folders (sections: "Brown" in a rugby team sheet, Gordon Brown in politics): the article's
      // other names decide, in rechoose
      if (candidates.length === 0 || !this.ambiguous(p, ref, candidates, fallback)) this.setGroup(ref, fallback, true);
    }
  }

  /** Records a lone surname several people could be; true when its last choice stands (until something it looked at changes). */
  private ambiguous(p: Partition, ref: ClusterRef, people: Group[], fallback: Group | null): boolean {
    let entry = this.previousEntries?.get(ref);
    const kept = !!entry && entry.fallback === fallback && sameIds(entry.people, people) && (ref.group === fallback || people.includes(ref.group!));
    if (kept) this.previousEntries!.delete(ref);
    else {
      entry = { ref, people, fallback, dead: false }; // (every field: a property added later is another shape)
      this.recheck.add(entry);
    }
    p.ambiguous.push(entry!);
    ref.ambiguous = entry;
    ref.article.hasAmbiguous = true;
    for (let i = 0; i < people.length; i++) people[i].members.push(ref);
    return kept;
  }

  /**
   * A lone surname shared by several people goes to the one whose articles share the most
   * entities with this article; a tie keeps it apart. Redone when the article's people or the
   * articles of a group it looked at change.
   */
  private rechoose(entry: Ambiguous): void {
    if (entry.dead || this.articles.get(entry.ref.article.path) !== entry.ref.article) return;
    const { ref, people, fallback } = entry;
    const { chosen, looked } = choosePerson(people, ref.article, (a, b) => this.meet(a, b));
    for (let i = 0; i < people.length; i++) (people[i].dependents ??= new Set()).add(entry);
    for (let i = 0; i < looked.length; i++) (looked[i].dependents ??= new Set()).add(entry);
    this.setGroup(ref, chosen ?? fallback, true);
  }

  private meet(a: Group, b: Group): boolean {
    if (!a.named || !b.named) return false;
    // Most pairs are asked once (a cache hit one time in five or fewer), and remembering a
    // million of them at 20x cost more than it saved: only pairs of much-named people are kept.
    if (a.named.size <= MEET_CACHED_FROM || b.named.size <= MEET_CACHED_FROM) return intersects(a.named, b.named);
    this.meetings ??= new Map();
    let row = this.meetings.get(a);
    if (!row) this.meetings.set(a, (row = new Map()));
    let met = row.get(b);
    if (met === undefined) row.set(b, (met = !!a.named && !!b.named && intersects(a.named, b.named)));
    return met;
  }

  /** Names the group, gives it its readable id and records its entity. */
  private publish(g: Group): void {
    if (g.released || g.size === 0) {
      if (g.base) this.leaveBase(g);
      return;
    }
    const name = g.curatedName ?? canonicalName(g);
    const base = `${g.kind}:${slug(name) || 'unnamed'}`;
    if (g.base !== base) {
      if (g.base) this.leaveBase(g);
      this.joinBase(g, base);
      this.stale.delete(g); // numbered just now: its entity follows here
    }
    const aliases: string[] = [];
    for (const t of g.texts.keys()) if (t !== name) aliases.push(t);
    aliases.sort();
    const kept = aliases.length ? aliases.slice() : aliases; // exact size: the entity keeps it
    const e = g.entity;
    if (e && e.id === g.id && e.name === name && sameIds(e.aliases, aliases)) return;
    g.entity = { id: g.id!, name, kind: g.kind, aliases: kept };
    this.entities.set(g.id!, g.entity);
    if (this.lastResult) this.changedIds.add(g.id!);
  }

  private joinBase(g: Group, base: string): void {
    let list = this.bases.get(base);
    let at = 0;
    // most bases are one group's: a list of one, not an empty one grown by push (17 slots, kept)
    if (!list) this.bases.set(base, (list = [g]));
    else {
      at = list.length;
      const key = orderKey(g);
      while (at > 0 && orderKey(list[at - 1]) > key) at--;
      if (at === list.length) list.push(g);
      else list.splice(at, 0, g);
    }
    g.base = base;
    this.numberFrom(list, at);
  }

  private leaveBase(g: Group): void {
    const list = this.bases.get(g.base!)!;
    const at = list.indexOf(g);
    list.splice(at, 1);
    if (list.length === 0) this.bases.delete(g.base!);
    this.numberFrom(list, at);
    this.setId(g, undefined);
    g.base = undefined;
    g.entity = undefined;
  }

  private numberFrom(list: Group[], from: number): void {
    for (let i = from; i < list.length; i++) this.setId(list[i], i === 0 ? list[i].base : `${list[i].base}-${i + 1}`);
  }

  private setId(g: Group, id: string | undefined): void {
    if (g.id === id) return;
    if (g.id && this.entities.get(g.id) === g.entity) {
      this.entities.delete(g.id);
      if (this.lastResult) this.changedIds.add(g.id);
    }
    const renamed = g.id !== undefined;
    g.id = id;
    this.stale.add(g);
    // (a group without an id had no clusters when ids were last written: each was marked as it joined)
    if (renamed) for (const r of g.partition.refs) if (r.group === g) this.changedArticles.add(r.article);
  }

  private updateIds(state: ArticleState): void {
    if (this.articles.get(state.path) !== state) return;
    const names = state.analysis.names;
    const ids = state.summary.clusterOf.map((c, i) => {
      const g = state.refs[c].group;
      if (!g?.id) return null;
      if (this.rules?.isDropped(names[i].text)) return null;
      return g.id;
    });
    if (state.ids && sameIds(state.ids, ids) && this.entityOf.get(state.path) === state.ids) return;
    state.ids = ids;
    this.entityOf.set(state.path, ids);
    if (this.lastResult) this.changedPaths.add(state.path);
  }
}

/**
 * Whether `deadline` (a performance.now() time) has passed. A whole link (`result()`: no deadline)
 * reads no clock: it was read once per partition, thousands of times in a cold index's link.
 */
function isPast(deadline: number): boolean {
  return deadline !== Infinity && performance.now() >= deadline;
}

/**
 * A partition with no clusters yet. Its arrays are made apart from the object: an object literal
 * that holds an array literal is copied by the runtime (~650 instructions more per object in a
 * cold isolate), one without by a builtin.
 */
function newPartition(key: string): Partition {
  const refs: ClusterRef[] = [];
  const ambiguous: Ambiguous[] = [];
  return { key, refs, dirty: false, groups: emptyList(), ambiguous, sure: 0, resolvedRefs: 0 };
}

/** A pair whose smaller side is named in this many articles or fewer is intersected every time it is asked. */
const MEET_CACHED_FROM = 32;

/**
 * An empty array for objects. To V8 an empty literal holds small integers, and code optimised
 * for partitions' groups was deoptimised each time it met a partition that had none.
 */
function emptyList<T>(): T[] {
  return [null].slice(1) as T[];
}

/**
 * Takes each item out of the set and hands it to `each`, until the set is empty; true if `late()`
 * stopped it first. The set is walked while it is emptied: taking its first item again and again
 * would walk the holes.
 */
function drain<T>(set: Set<T>, each: (item: T) => void, late: () => boolean): boolean {
  for (const item of set) {
    set.delete(item);
    each(item);
    if (late()) return true;
  }
  return false;
}

/** Counts a cluster's full name in (1) or out (-1) of the group's forms, once its `size` counts it. */
function countForm(g: Group, fullName: string, by: 1 | -1): void {
  if (g.forms) bump(g.forms, fullName, by);
  else if (g.size === 0) g.form = undefined;
  else if (g.form === undefined) g.form = fullName;
  else if (g.form !== fullName) g.forms = new Map([[g.form, g.size - 1], [fullName, 1]]);
}

function bump<K>(counts: Map<K, number>, key: K, by: number): number {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
  return n;
}

function sameIds<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether the clusters are in `byArticle` order already, as most partitions' are in a cold index
 * (articles come in about in path order): sorting a copy costs an allocation of the copy and of
 * the sort's work arrays, partition after partition.
 */
function inArticleOrder(refs: ClusterRef[]): boolean {
  for (let i = 1; i < refs.length; i++) if (byArticle(refs[i - 1], refs[i]) > 0) return false;
  return true;
}

function byArticle(a: ClusterRef, b: ClusterRef): number {
  return a.article.path < b.article.path ? -1 : a.article.path > b.article.path ? 1 : a.cluster - b.cluster;
}

/** A first name given by its initial ("b o'driscoll", the form of team sheets). */
function leadsWithInitial(words: string[]): boolean {
  return words.length > 1 && words[0].length === 1;
}

/** Whether the two groups' members are named in a common folder of the corpus (see `folderOf`). */
function shareFolder(a: Group, b: Group): boolean {
  const folders = new Set(a.members.map((m) => m.article.folder));
  return b.members.some((m) => folders.has(m.article.folder));
}

/**
 * "tayyip erdogan" fits "recep tayyip erdogan"; "lyn brown" does not fit "gordon brown"; a leading
 * initial stands for the first name ("g thomas" fits "gareth thomas", not "rhodri glyn thomas").
 */
function fitsIn(short: string[], long: string[]): boolean {
  if (leadsWithInitial(short) && !long[0].startsWith(short[0])) return false;
  let j = 0;
  for (let i = 0; i < long.length; i++) if (j < short.length && (long[i] === short[j] || (short[j].length === 1 && long[i].startsWith(short[j])))) j++;
  return j === short.length;
}

/**
 * Step 2 of `resolvePeople`, apart because few partitions have two full forms: a shorter form
 * joins the one longer form it fits ("Tayyip Erdogan" in "Recep Tayyip Erdogan"), and a form with
 * an initial the one that spells it out, when both are named in one folder ("B O'Driscoll" of a
 * team sheet is Brian O'Driscoll of the match reports; the "C Murphy" of a team sheet is not the
 * Catherine Murphy of another section). Returns the form each merged-away form joined.
 */
function mergeForms(forms: Map<string, Group>): Map<Group, Group> {
  const ordered = [...forms.values()].sort((x, y) => y.words.length - x.words.length || Number(leadsWithInitial(x.words)) - Number(leadsWithInitial(y.words)) || (x.words.join(' ') < y.words.join(' ') ? -1 : 1));
  const rootOf = new Map<Group, Group>();
  const root = (g: Group): Group => rootOf.get(g) ?? g;
  for (let i = 1; i < ordered.length; i++) {
    const roots = new Set<Group>();
    const short = ordered[i];
    const initial = leadsWithInitial(short.words);
    for (let j = 0; j < i; j++) {
      const f = ordered[j];
      const spelledOut = initial && f.words.length === short.words.length && !leadsWithInitial(f.words);
      if (!(f.words.length > short.words.length || spelledOut)) continue;
      if (fitsIn(short.words, f.words) && (!initial || shareFolder(f, short))) roots.add(root(f));
    }
    if (roots.size === 1) {
      const [r] = roots;
      rootOf.set(ordered[i], r);
      r.members.push(...ordered[i].members);
      r.gender ??= ordered[i].gender;
    }
  }
  return rootOf;
}

/** Of several people sharing a surname, the one this article's other names point to, if any. */
function choosePerson(people: Group[], article: ArticleState, meet: (a: Group, b: Group) => boolean): { chosen?: Group; looked: Group[] } {
  const here = new Set<Group>();
  // the article's other people: places are too common to tell two people apart, and depending
  // on them would redo this choice whenever any article naming the UK changes
  // (not other ambiguous surnames: their groups depend on the order of these choices)
  for (let i = 0; i < article.refs.length; i++) {
    const r = article.refs[i];
    if (r.group?.kind === 'person' && !r.ambiguous && !people.includes(r.group)) here.add(r.group);
  }
  const looked = [...here];
  const named = people.filter((p) => article.refs.some((r) => r.group === p && r.cl.words.length > 1));
  if (named.length === 1) return { chosen: named[0], looked };
  // (plain loops: the array builtins' callbacks and reads past the end deoptimised this often)
  const scores: number[] = [];
  let best = 0;
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    let score = 0;
    for (let k = 0; k < looked.length; k++) if (meet(looked[k], p)) score++; // (looked: the people here, in order)
    scores.push(score);
    if (score > best) best = score;
  }
  const winners: Group[] = [];
  for (let i = 0; i < people.length; i++) if (scores[i] === best) winners.push(people[i]);
  if (best > 0 && winners.length === 1) return { chosen: winners[0], looked };
  // no co-occurrence decides: a lone "Blair" is the Blair the corpus names far more than any other
  let dominant: Group | undefined;
  let most = -1;
  let next = 0;
  for (let i = 0; i < winners.length; i++) {
    const p = winners[i];
    const n = namedIn(p);
    if (n > most) {
      next = Math.max(most, 0);
      most = n;
      dominant = p;
    } else if (n > next) next = n;
  }
  // (and only a person named in the article's own folder: the chancellor is not the Brown of a rugby team sheet)
  if (most >= 5 && most >= 5 * next && namedInFolderOf(dominant!, article)) return { chosen: dominant, looked };
  return { looked };
}

/** The folder of a corpus path: "sport/x.txt" -> "sport", "" at the root. */
function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * Whether the group is named in full in an article of this article's folder. Folders are a corpus's
 * sections (business, sport) or its sources: a lone surname is taken for a person named only in
 * other folders when the article's other people say so, not on the name alone.
 */
function namedInFolderOf(g: Group, article: ArticleState): boolean {
  if (!g.named) return false;
  if (!g.namedFolders) {
    g.namedFolders = new Set();
    for (const named of g.named.keys()) g.namedFolders.add(named.folder);
  }
  return g.namedFolders.has(article.folder);
}

/** In how many articles the group is named in full. */
function namedIn(g: Group): number {
  return g.named?.size ?? 0;
}

/** A partition's groups by `groupKey`. */
function groupsByKey(groups: Group[]): Map<string, Group> {
  const byKey = new Map<string, Group>();
  for (const g of groups) byKey.set(groupKey(g.kind, g.words, g.tag), g);
  return byKey;
}

/** A partition's lone-surname choices by cluster. */
function choicesByRef(entries: Ambiguous[]): Map<ClusterRef, Ambiguous> {
  const byRef = new Map<ClusterRef, Ambiguous>();
  for (const entry of entries) byRef.set(entry.ref, entry);
  return byRef;
}

function groupKey(kind: EntityKind, words: string[], tag: string): string {
  return `${kind}|${words.join(' ')}|${tag}`;
}

/**
 * Orders the groups that share an id's base: unique (partition, kind, name words and tag). Made
 * when two groups meet in a base, a few dozen times in a corpus, rather than kept by every group.
 */
function orderKey(g: Group): string {
  return `${g.partition.key}\u0001${groupKey(g.kind, g.words, g.tag)}`;
}

function intersects<T>(a: Map<T, unknown>, b: Map<T, unknown>): boolean {
  const small = a.size < b.size ? a : b;
  const large = small === a ? b : a;
  for (const x of small.keys()) if (large.has(x)) return true;
  return false;
}

/**
 * The fullest common form: among forms written in two or more articles (if any), the one with
 * most name words, then most often written, then alphabetical ("Mr" dropped). A one-off
 * "Exchequer Gordon Brown" does not rename Gordon Brown.
 */
function canonicalName(g: Group): string {
  return fullestForm(g).replace(MR, '');
}

function fullestForm(g: Group): string {
  // one form (most groups'): the fullest whatever the rules below
  if (!g.forms) return g.form ?? ''; // ('' for no form, as an empty map of forms gave)
  if (g.forms.size === 1) return g.forms.keys().next().value as string;
  let best = '';
  let bestWords = -1;
  let bestCount = -1;
  // (a place's form is one word; forEach: a for-of over a map's entries allocates at each step in a cold isolate)
  const person = g.kind === 'person';
  // forms written once are left out when another is written more often (a misspelling, a rare
  // longest form), except a first name spelled out that team sheets give by its initial ("Eric
  // Miller" once, "E Miller" often)
  let common = false;
  const initialled: string[][] = [];
  g.forms.forEach((n, form) => {
    const words = person ? nameForm('person', form).words : undefined;
    if (words && leadsWithInitial(words)) initialled.push(words);
    else if (n > 1) common = true;
  });
  let bestInitial = true;
  g.forms.forEach((count, form) => {
    const words = person ? nameForm('person', form).words : undefined;
    const length = words ? words.length : 1;
    const initial = !!words && leadsWithInitial(words);
    if (common && count < 2 && !(initialled.length && !initial && initialled.some((short) => short.length === length && fitsIn(short, words!)))) return;
    // the first name spelled out ("Peter Stringer") before the team sheets' "P Stringer", however often they list him
    if (length > bestWords || (length === bestWords && ((bestInitial && !initial) || (bestInitial === initial && (count > bestCount || (count === bestCount && form < best)))))) {
      best = form;
      bestWords = length;
      bestCount = count;
      bestInitial = initial;
    }
  });
  return best;
}

export function slug(name: string): string {
  // words of plain letters and digits one space apart (most names): what the general case makes of them
  if (ASCII_WORDS_SPACED.test(name)) return name.toLowerCase().replace(SPACES, '-');
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES_AND_DOTS, '')
    .replace(NOT_ASCII_ALPHANUMERIC, '-')
    .replace(EDGE_DASHES, '');
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

export function linkCorpus(analyses: Iterable<ArticleAnalysis>, curation?: Curation, since?: LinkSince): LinkResult {
  return linkerFor(curation).update(analyses, since);
}

/**
 * Takes in analyses as they are made (a cold index, while the workers analyse the rest): the
 * work per article that linking does once whatever comes after, so that the linkCorpus call once
 * all are in does only the rest. Only for analyses linkCorpus will be given: any it is not given
 * are dropped then, at a cost.
 */
export function takeInAhead(analyses: readonly ArticleAnalysis[], curation: Curation | undefined): void {
  const linker = linkerFor(curation);
  // made now, while the workers analyse, rather than in the link after the last analysis
  loneNameLists();
  for (const analysis of analyses) if (!linker.holds(analysis)) linker.add(analysis);
}

/**
 * Resolves what `takeInAhead` has taken in, until `deadline` (performance.now()); true once done.
 * linkCorpus on those analyses then has nothing left to do, and with more, only what they touch.
 */
export function resolveTakenIn(curation: Curation | undefined, deadline: number): boolean {
  return linkerFor(curation).resolveUntil(deadline);
}

/**
 * `takeInAhead`, and what linking of the analyses held it can do ahead, until `deadline`
 * (performance.now()), so that linkCorpus has little left to do. Some of it is done again as more
 * articles come: worth it only on a core that would otherwise idle. True while work is left.
 */
export function linkAhead(analyses: readonly ArticleAnalysis[], curation: Curation | undefined, deadline: number): boolean {
  takeInAhead(analyses, curation);
  return linkerFor(curation).resolveAhead(deadline);
}

/**
 * Does linkCorpus's work ahead of time until `deadline` (performance.now()): takes in the
 * analyses the linker lacks and resolves their partitions. Returns true once linkCorpus on these
 * analyses has little left to do; while false, call again (after yielding to other work).
 */
export function prepareLinkCorpus(analyses: readonly ArticleAnalysis[], curation: Curation | undefined, deadline: number, since?: LinkSince): boolean {
  const linker = linkerFor(curation);
  // the changes alone when they say all (an edit must not cost a pass over the corpus)
  if (linker.takeSince(since)) return linker.resolveUntil(deadline);
  for (const analysis of analyses) {
    if (linker.holds(analysis)) continue;
    linker.add(analysis);
    if (isPast(deadline)) return false;
  }
  return linker.resolveUntil(deadline);
}
