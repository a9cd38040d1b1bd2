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
  return text.replace(/\u2019/g, "'");
}

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const phrases = new Map<string, Phrase>();
  const add = (text: string, fields: Phrase, override = false) => {
    const key = phraseKey(text);
    if (!override && phrases.has(key)) return;
    phrases.set(key, phraseOf(fields));
  };
  const placeCanonical = new Map<string, string>();
  const addPlace = (text: string, canonical: string, extra: Partial<Phrase> = {}, override = false) => {
    add(text, { kind: 'place', canonical, ...extra }, override);
    if (override || !placeCanonical.has(text)) placeCanonical.set(phraseKey(text), canonical);
  };

  // Curated lists first where they must win over the generated ones.
  for (const w of HONORIFICS) add(w, { kind: 'honorific' });
  for (const w of ORGANISATIONS) add(w, { kind: 'org' });
  for (const w of WORKS) add(w, { kind: 'org' });
  for (const d of data.demonyms) add(d, { kind: 'notName', demonym: true });
  for (const d of data.demonyms) if (!d.includes(' ')) add(d + 's', { kind: 'notName' });
  for (const w of NOT_NAMES) add(w, { kind: 'notName' });
  for (const [canonical, variants] of Object.entries(COUNTRY_VARIANTS)) {
    addPlace(canonical, canonical, {}, true);
    for (const v of variants) addPlace(v, canonical, {}, true);
  }
  for (const line of REGIONS) {
    const [canonical, ...variants] = line.split('=').map((s) => s.trim());
    addPlace(canonical, canonical);
    for (const v of variants) addPlace(v, canonical);
  }
  for (const [canonical, ...aliases] of data.countries as string[][]) {
    addPlace(canonical, canonical);
    for (const a of aliases) addPlace(a, canonical);
  }
  for (const [canonical, ...aliases] of data.countries as string[][]) {
    for (const n of [canonical, ...aliases]) {
      const p = phrases.get(phraseKey(n));
      if (p?.kind === 'place') p.nation = true;
    }
  }
  for (const n of ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Ireland', 'Britain', 'Great Britain', 'UK', 'Korea']) {
    const p = phrases.get(n);
    if (p?.kind === 'place') p.nation = true;
  }
  for (const [name, , canonical, ambiguous] of data.cities as string[][]) {
    addPlace(name, canonical || name, ambiguous ? { ambiguous: true } : {});
  }
  for (const w of TITLE_WORDS) add(w, { kind: 'title' });
  for (const club of CLUB_PLACE_NAMES) {
    const p = phrases.get(club);
    if (p?.kind === 'place' || p?.kind === 'org') p.club = true;
    else if (!p) add(club, { kind: 'org', club: true });
  }
  cached = {
    phrases,
    trie: phraseTree(phrases),
    stageNames: phraseTree(new Map([...STAGE_NAMES].map((name) => [phraseKey(name), phraseOf({ kind: 'person' })]))),
    firstNames: new Set([...data.firstNames, ...FIRST_NAMES_MORE]),
    commonWords: new Set(data.commonWords.split(' ')),
    placeCanonical,
  };
  return cached;
}

/** Every phrase has every field, in one order: one object shape keeps the matching code monomorphic. */
function phraseOf(p: Phrase): Phrase {
  return { kind: p.kind, canonical: p.canonical, ambiguous: p.ambiguous, club: p.club, demonym: p.demonym, nation: p.nation };
}

function phraseTree(phrases: Map<string, Phrase>): Map<string, PhraseNode> {
  const tree = new Map<string, PhraseNode>();
  for (const [key, phrase] of phrases) {
    let level = tree;
    const words = key.split(' ');
    for (let k = 0; ; k++) {
      let node = level.get(words[k]);
      if (!node) level.set(words[k], (node = { phrase: undefined, next: undefined }));
      if (k === words.length - 1) {
        node.phrase = phrase;
        break;
      }
      level = node.next ??= new Map();
    }
  }
  return tree;
}
