import data from './data/gazetteer.json';
import {
  CLUB_PLACE_NAMES, COUNTRY_VARIANTS, FIRST_NAMES_MORE, HONORIFICS, NOT_NAMES, ORGANISATIONS, REGIONS, STAGE_NAMES, TITLE_WORDS, WORKS,
} from './lexicon';

// One phrase table over the packaged gazetteer and the curated lists: what a run of words
// (joined by single spaces) names. Built once per process, on first use.

export type PhraseKind = 'place' | 'org' | 'title' | 'honorific' | 'notName' | 'person';

export interface Phrase {
  kind: PhraseKind;
  /** For places: the canonical name ("United States" for "U.S."). */
  canonical?: string;
  /** A place whose name is also a common word or first name (Reading, Florence): needs context. */
  ambiguous?: boolean;
  /** A place whose name is also a sports club's (Chelsea, Liverpool); or a club's name that is no place (Celtic, Arsenal). */
  club?: boolean;
  /** A nationality word (Russian, Australian): not a name, but a cue before a full name. */
  demonym?: boolean;
  /** A country or one of the UK's nations: in a sports story, usually its national team. */
  nation?: boolean;
}

export interface Gazetteer {
  phrases: Map<string, Phrase>;
  /** The same phrases as a tree of words: matching walks small maps instead of looking up ever longer keys. */
  trie: Map<string, PhraseNode>;
  /** Stage names ("50 Cent", "The Game") in a tree of their own: a person only where the name stands alone. */
  stageNames: Map<string, PhraseNode>;
  firstNames: Set<string>;
  /** Frequent English dictionary words, lowercase. */
  commonWords: Set<string>;
  /** Canonical place name for any spelling, for linking. */
  placeCanonical: Map<string, string>;
}

export interface PhraseNode {
  /** The phrase ending at this word, if any. */
  phrase?: Phrase;
  next?: Map<string, PhraseNode>;
}

let cached: Gazetteer | undefined;

/** Apostrophes vary between articles; phrases are keyed with straight ones. */
export function phraseKey(text: string): string {
  return text.includes('\u2019') ? text.replace(/\u2019/g, "'") : text; // (most text has none: no regular expression run)
}

/** The tables gazetteer() fills: every phrase goes into the map and the tree at once, so no second pass builds the tree. */
interface Tables {
  phrases: Map<string, Phrase>;
  trie: Map<string, PhraseNode>;
  placeCanonical: Map<string, string>;
}

/**
 * The phrase's fields given one by one (no object to copy them from); made only when the key is new or `override`:
 * the key's node of the tree, found or made in one walk, holds its phrase if it has one (as the map does).
 */
function add(tables: Tables, text: string, kind: PhraseKind, demonym: boolean | undefined, club: boolean | undefined, override = false): void {
  const key = phraseKey(text);
  const node = nodeOf(tables.trie, key);
  if (override || !node.phrase) setPhrase(tables, node, key, phraseOf(kind, undefined, undefined, club, demonym, undefined));
}

function addPlace(tables: Tables, text: string, canonical: string, ambiguous: boolean | undefined, override: boolean): void {
  const key = phraseKey(text);
  const node = nodeOf(tables.trie, key);
  // (the phrase made only when it is new: thousands of places, each object one more for the collector to copy)
  if (override || !node.phrase) setPhrase(tables, node, key, phraseOf('place', canonical, ambiguous, undefined, undefined, undefined));
  if (override || !tables.placeCanonical.has(text)) tables.placeCanonical.set(key, canonical);
}

function setPhrase(tables: Tables, node: PhraseNode, key: string, phrase: Phrase): void {
  tables.phrases.set(key, phrase);
  node.phrase = phrase;
}

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const tables: Tables = { phrases: new Map(), trie: new Map(), placeCanonical: new Map() };
  const { phrases } = tables;

  // Curated lists first where they must win over the generated ones.
  for (const w of HONORIFICS) add(tables, w, 'honorific', undefined, undefined);
  for (const w of ORGANISATIONS) add(tables, w, 'org', undefined, undefined);
  for (const w of WORKS) add(tables, w, 'org', undefined, undefined);
  for (const d of data.demonyms) add(tables, d, 'notName', true, undefined);
  for (const d of data.demonyms) if (!d.includes(' ')) add(tables, d + 's', 'notName', undefined, undefined);
  for (const w of NOT_NAMES) add(tables, w, 'notName', undefined, undefined);
  for (const [canonical, variants] of Object.entries(COUNTRY_VARIANTS)) {
    addPlace(tables, canonical, canonical, undefined, true);
    for (const v of variants) addPlace(tables, v, canonical, undefined, true);
  }
  for (const line of REGIONS) {
    // (most lines name one region: only a line with variants is split)
    if (!line.includes('=')) {
      addPlace(tables, line, line, undefined, false);
      continue;
    }
    const [canonical, ...variants] = line.split('=').map((s) => s.trim());
    addPlace(tables, canonical, canonical, undefined, false);
    for (const v of variants) addPlace(tables, v, canonical, undefined, false);
  }
  // (the data's rows read by index: destructuring a row runs the iterator protocol, thousands of times in a cold isolate)
  const countries = data.countries as string[][];
  for (let k = 0; k < countries.length; k++) {
    const names = countries[k]; // the canonical name, then its aliases
    for (let a = 0; a < names.length; a++) addPlace(tables, names[a], names[0], undefined, false);
  }
  for (let k = 0; k < countries.length; k++) {
    for (const n of countries[k]) {
      const p = phrases.get(phraseKey(n));
      if (p?.kind === 'place') p.nation = true;
    }
  }
  for (const n of ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Ireland', 'Britain', 'Great Britain', 'UK', 'Korea']) {
    const p = phrases.get(n);
    if (p?.kind === 'place') p.nation = true;
  }
  const cities = data.cities as string[][];
  for (let k = 0; k < cities.length; k++) {
    const city = cities[k]; // name, country, canonical name ('' or absent: the name), 'ambiguous'
    addPlace(tables, city[0], city[2] || city[0], city[3] ? true : undefined, false);
  }
  for (const w of TITLE_WORDS) add(tables, w, 'title', undefined, undefined);
  for (const club of CLUB_PLACE_NAMES) {
    const p = phrases.get(club);
    if (p?.kind === 'place' || p?.kind === 'org') p.club = true;
    else if (!p) add(tables, club, 'org', undefined, true);
  }
  const stageNames = new Map<string, PhraseNode>();
  for (const name of STAGE_NAMES) nodeOf(stageNames, phraseKey(name)).phrase = phraseOf('person', undefined, undefined, undefined, undefined, undefined);
  const firstNames = new Set(data.firstNames);
  for (const n of FIRST_NAMES_MORE) firstNames.add(n);
  cached = {
    phrases,
    trie: tables.trie,
    stageNames,
    firstNames,
    commonWords: new Set(data.commonWords.split(' ')),
    placeCanonical: tables.placeCanonical,
  };
  return cached;
}

/** Every phrase has every field, in one order: one object shape keeps the matching code monomorphic. */
function phraseOf(kind: PhraseKind, canonical: string | undefined, ambiguous: boolean | undefined, club: boolean | undefined, demonym: boolean | undefined, nation: boolean | undefined): Phrase {
  return { kind, canonical, ambiguous, club, demonym, nation };
}

/** The node of the key's words in the tree, made with the nodes on the way if new (words found with indexOf, no split array). */
function nodeOf(tree: Map<string, PhraseNode>, key: string): PhraseNode {
  let level = tree;
  for (let from = 0; ; ) {
    const space = key.indexOf(' ', from);
    const word = space < 0 ? key.slice(from) : key.slice(from, space);
    let node = level.get(word);
    if (!node) level.set(word, (node = { phrase: undefined, next: undefined }));
    if (space < 0) return node;
    level = node.next ??= new Map();
    from = space + 1;
  }
}
