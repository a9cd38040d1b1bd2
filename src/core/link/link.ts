import type { Curation } from '../config/curation';
import { curationRules, type CurationRules } from '../config/rules';
import data from '../recognize/data/gazetteer.json';
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES } from '../recognize/lexicon';
import type { ArticleAnalysis, Entity, EntityKind } from '../types';

// Corpus-wide linking: one entity per real-world person or place. Works on the local clusters
// of each article (NameMention.local), so its cost grows with clusters, not mentions; each
// article's clusters are summarised once and cached with its analysis.
//
//   places   by canonical name (the recogniser already maps U.S./America/United States)
//   people   full names grouped by surname; forms that fit together ("Tayyip Erdogan" in
//            "Recep Tayyip Erdogan", "Zelenskyy" = "Zelensky") are one person, different
//            first names are different people (Gordon Brown, Lyn Brown)
//   lone surnames ("Mr Blair", "Putin") join the one person of that surname, or the one
//            the article's other names point to; if that stays ambiguous, a person of
//            their own rather than a blind merge
//   weak names (a lone word the article alone did not settle) are kept only when the corpus
//            knows them as a person or place.

export interface LinkResult {
  entities: Entity[];
  /** For each article path, the entity id of each of its NameMentions (same order), or null when dropped. */
  entityOf: Map<string, (string | null)[]>;
}

interface LocalCluster {
  kind: EntityKind;
  gender: Gender;
  weak: boolean;
  fullName: string;
  /** Normalised name words (people) or the canonical key (places). */
  words: string[];
  texts: Set<string>;
  mentions: number[];
}

interface ArticleSummary {
  clusters: LocalCluster[];
  /** Local cluster index of each NameMention. */
  clusterOf: number[];
}

const summaries = new WeakMap<ArticleAnalysis['names'], ArticleSummary>();

/** Lowercase, no accents or dots, transliteration endings folded: Zelenskyy = Zelensky = Zelenskiy. */
export function nameKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019'`.]/g, '')
    .replace(/(yy|iy|ii|ij|yi)$/, 'y');
}

export function personWords(fullName: string): string[] {
  return fullName
    .split(/[\s-]+/)
    .filter((w, i, all) => w && !NAME_PARTICLES.has(w.toLowerCase()) && !NAME_SUFFIXES.has(w) && !(i < all.length - 1 && HONORIFICS.has(w)))
    .map(nameKey)
    .filter(Boolean);
}

type Gender = 'f' | 'm' | undefined;
const FEMALE_TITLES = new Set(['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Lady', 'Baroness', 'Dame', 'Mme', 'Mlle']);
const MALE_TITLES = new Set(['Mr', 'Mr.', 'Sir', 'Lord', 'Baron', 'Herr']);
let genderLists: { female: Set<string>; male: Set<string> } | undefined;

/** Gender a full name states: by its honorific ("Mrs Howard") or an unambiguous first name. */
function genderOf(fullName: string): Gender {
  const first = fullName.split(/\s+/)[0];
  if (FEMALE_TITLES.has(first)) return 'f';
  if (MALE_TITLES.has(first)) return 'm';
  genderLists ??= { female: new Set(data.femaleOnly), male: new Set(data.maleOnly) };
  if (!fullName.includes(' ')) return undefined;
  return genderLists.female.has(first) ? 'f' : genderLists.male.has(first) ? 'm' : undefined;
}

function summarise(analysis: ArticleAnalysis): ArticleSummary {
  let s = summaries.get(analysis.names);
  if (s) return s;
  const clusters: LocalCluster[] = [];
  const byLocal = new Map<number, number>();
  const clusterOf: number[] = [];
  analysis.names.forEach((m, i) => {
    let c = byLocal.get(m.local);
    if (c === undefined) {
      c = clusters.length;
      byLocal.set(m.local, c);
      const words = m.kind === 'place' ? [nameKey(m.fullName)] : personWords(m.fullName);
      const gender = m.kind === 'person' ? genderOf(m.fullName) : undefined;
      clusters.push({ kind: m.kind, gender, weak: !!m.weak, fullName: m.fullName, words, texts: new Set(), mentions: [] });
    }
    const cl = clusters[c];
    cl.weak &&= !!m.weak;
    cl.texts.add(m.text);
    cl.mentions.push(i);
    clusterOf.push(c);
  });
  s = { clusters, clusterOf };
  summaries.set(analysis.names, s);
  return s;
}

interface Group {
  kind: EntityKind;
  gender?: Gender;
  /** Name forms (full names as written) and how often each was a cluster's full name. */
  forms: Map<string, number>;
  aliases: Set<string>;
  words: string[];
  articles: Set<number>;
  curatedName?: string;
  id?: string;
}

export function linkCorpus(analyses: Iterable<ArticleAnalysis>, curation?: Curation): LinkResult {
  const list = [...analyses];
  const rules = curation ? curationRules(curation) : undefined;
  const sums = list.map(summarise);
  const groupOf: Array<Array<Group | null>> = sums.map((s) => new Array(s.clusters.length).fill(null));
  const groups: Group[] = [];
  const newGroup = (kind: EntityKind, words: string[]): Group => {
    const g: Group = { kind, forms: new Map(), aliases: new Set(), words, articles: new Set() };
    groups.push(g);
    return g;
  };

  // Curated names first: the reader's merges and splits decide before any rule.
  const curated = new Map<string, Group>();
  const curatedFor = (cl: LocalCluster, path: string): Group | undefined => {
    if (!rules) return undefined;
    for (const name of [cl.fullName, ...cl.texts]) {
      const canonical = rules.canonicalName(name, path);
      if (!canonical) continue;
      const kindOf = rules.kindOf(canonical);
      const kind: EntityKind = kindOf === 'person' || kindOf === 'place' ? kindOf : cl.kind;
      let g = curated.get(canonical);
      if (!g) {
        g = newGroup(kind, kind === 'place' ? [nameKey(canonical)] : personWords(canonical));
        g.curatedName = canonical;
        curated.set(canonical, g);
      }
      return g;
    }
    return undefined;
  };

  // 1. Places by canonical name, full person names by their words.
  const places = new Map<string, Group>();
  const personForms = new Map<string, Group>();
  const bySurname = new Map<string, Group[]>();
  sums.forEach((s, a) => {
    const path = list[a].article.path;
    s.clusters.forEach((cl, c) => {
      const g = curatedFor(cl, path);
      if (g) {
        groupOf[a][c] = g;
        return;
      }
      if (cl.weak) return;
      if (rules?.isSplit(cl.fullName)) return;
      if (cl.kind === 'place') {
        const key = cl.words[0];
        let p = places.get(key);
        if (!p) places.set(key, (p = newGroup('place', cl.words)));
        groupOf[a][c] = p;
      } else if (cl.words.length > 1) {
        const key = cl.words.join(' ');
        let p = personForms.get(key);
        if (!p) {
          p = newGroup('person', cl.words);
          p.gender = cl.gender;
          personForms.set(key, p);
          const surname = cl.words[cl.words.length - 1];
          bySurname.set(surname, [...(bySurname.get(surname) ?? []), p]);
        }
        groupOf[a][c] = p;
      }
    });
  });

  // 2. Full-name forms of one surname that fit together are one person.
  const merged = new Map<Group, Group>();
  const rootOf = (g: Group): Group => {
    let r = g;
    while (merged.has(r)) r = merged.get(r)!;
    return r;
  };
  for (const [surname, forms] of bySurname) {
    forms.sort((x, y) => y.words.length - x.words.length);
    for (let i = 1; i < forms.length; i++) {
      // a shorter form joins the longest form it fits, if only one fits
      const fits = forms.slice(0, i).filter((f) => f.words.length > forms[i].words.length && fitsIn(forms[i].words, f.words));
      const roots = new Set(fits.map(rootOf));
      if (roots.size === 1) merged.set(forms[i], [...roots][0]);
    }
    bySurname.set(surname, [...new Set(forms.map(rootOf))]);
  }
  const resolve = (g: Group | null) => (g ? rootOf(g) : null);
  sums.forEach((s, a) => s.clusters.forEach((_, c) => (groupOf[a][c] = resolve(groupOf[a][c]))));
  sums.forEach((s, a) => s.clusters.forEach((_, c) => groupOf[a][c]?.articles.add(a)));

  // 3. Lone names: a surname joins its person; a weak name needs the corpus to know it.
  const singles = new Map<string, Group>();
  const surenessOfSingle = new Map<string, boolean>();
  sums.forEach((s) => s.clusters.forEach((cl) => {
    if (cl.kind === 'person' && cl.words.length === 1 && !cl.weak) surenessOfSingle.set(cl.words[0], true);
  }));
  sums.forEach((s, a) => {
    s.clusters.forEach((cl, c) => {
      if (groupOf[a][c]) return;
      if (rules?.isSplit(cl.fullName)) return; // split names link only by curation
      if (cl.kind === 'place' || (cl.words.length > 1 && !cl.weak)) {
        // weak places and weak full names: only a known entity of the same name keeps them
        const known = cl.kind === 'place' ? places.get(cl.words[0]) : personForms.get(cl.words.join(' '));
        if (known) groupOf[a][c] = rootOf(known);
        return;
      }
      if (cl.words.length > 1) {
        const known = personForms.get(cl.words.join(' '));
        if (known) groupOf[a][c] = rootOf(known);
        else if (cl.weak && surnameKnown(bySurname, cl.words)) groupOf[a][c] = null;
        return;
      }
      const word = cl.words[0];
      if (!word) return;
      const people = bySurname.get(word)?.filter((p) => !cl.gender || !p.gender || p.gender === cl.gender);
      if (people?.length) {
        const chosen = people.length === 1 ? people[0] : choosePerson(people, groupOf[a], s, list.length);
        if (chosen) {
          groupOf[a][c] = chosen;
          chosen.articles.add(a);
          return;
        }
      }
      // a weak lone word that is a known place elsewhere ("Reading" in a business story)
      const place = places.get(nameKey(cl.fullName));
      if (place && cl.weak) {
        groupOf[a][c] = place;
        return;
      }
      if (cl.weak && !surenessOfSingle.get(word)) return;
      const key = `${word}${cl.gender ?? ''}${people?.length ? '?' : ''}`;
      let g = singles.get(key);
      if (!g) singles.set(key, (g = newGroup('person', [word])));
      groupOf[a][c] = g;
    });
  });

  // 4. Names and ids.
  const entities: Entity[] = [];
  const usedIds = new Set<string>();
  const live = new Set<Group>();
  sums.forEach((s, a) => s.clusters.forEach((cl, c) => {
    const g = groupOf[a][c];
    if (!g) return;
    live.add(g);
    g.forms.set(cl.fullName, (g.forms.get(cl.fullName) ?? 0) + 1);
    for (const t of cl.texts) g.aliases.add(t);
  }));
  for (const g of live) {
    const name = g.curatedName ?? canonicalName(g);
    const base = `${g.kind}:${slug(name) || 'unnamed'}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    g.id = id;
    for (const f of g.forms.keys()) g.aliases.add(f);
    g.aliases.delete(name);
    entities.push({ id, name, kind: g.kind, aliases: [...g.aliases].sort() });
  }

  const entityOf = new Map<string, (string | null)[]>();
  sums.forEach((s, a) => {
    const path = list[a].article.path;
    const names = list[a].names;
    const ids = s.clusterOf.map((c, i) => {
      const g = groupOf[a][c];
      if (!g) return null;
      if (rules?.isDropped(names[i].text)) return null;
      return g.id!;
    });
    entityOf.set(path, ids);
  });
  entities.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { entities, entityOf };
}

/** "tayyip erdogan" fits "recep tayyip erdogan"; "lyn brown" does not fit "gordon brown". */
function fitsIn(short: string[], long: string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && (w === short[j] || initialOf(short[j], w))) j++;
  return j === short.length;
}

function initialOf(a: string, b: string): boolean {
  return a.length === 1 && b.startsWith(a);
}

function surnameKnown(bySurname: Map<string, Group[]>, words: string[]): boolean {
  return bySurname.has(words[words.length - 1]);
}

/**
 * Of several people sharing a surname, the one this article's other names point to: the person
 * whose articles share the most entities with this one. Undefined when that does not decide.
 */
function choosePerson(people: Group[], articleGroups: Array<Group | null>, _s: ArticleSummary, _articles: number): Group | undefined {
  const here = new Set(articleGroups.filter((g): g is Group => !!g));
  const inHere = people.filter((p) => here.has(p));
  if (inHere.length === 1) return inHere[0];
  const scores = people.map((p) => {
    let score = 0;
    for (const other of here) if (other !== p && intersects(other.articles, p.articles)) score++;
    return score;
  });
  const best = Math.max(...scores);
  if (best === 0) return undefined;
  const winners = people.filter((_, i) => scores[i] === best);
  return winners.length === 1 ? winners[0] : undefined;
}

function intersects(a: Set<number>, b: Set<number>): boolean {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/** The fullest common form: most name words, then most often written. */
function canonicalName(g: Group): string {
  let best = '';
  let bestWords = -1;
  let bestCount = -1;
  for (const [form, count] of g.forms) {
    const words = g.kind === 'person' ? personWords(form).length : 1;
    if (words > bestWords || (words === bestWords && count > bestCount)) {
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
