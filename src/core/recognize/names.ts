import type { Curation } from '../config/curation';
import { addToList } from '../multimap';
import { curationRules } from '../config/rules';
import { isAsciiLetter, STARTS_LOWER, STARTS_UPPER, startsUpper } from '../nlp/chars';
import type { ArticleDoc, Token } from '../nlp/document';
import type { Article, EntityKind, NameMention } from '../types';
import { findLineups } from './lineups';
import { gazetteer, phraseKey, type Gazetteer, type Phrase, type PhraseKind, type PhraseNode } from './gazetteer';
import data from './data/gazetteer.json';
import {
  AUTHORING_VERBS, CAST_ROLES, ROLES_ALSO_OF_COMPANIES, COMPASS_WORDS, LOCATIVE_PREPOSITIONS, MONONYMS, NAME_PARTICLES, isNameParticle, ORG_NOUNS_AFTER, ORG_NOUNS_BEFORE,
  PLACE_PREPOSITIONS, ROLES_IN_ORG, SPORT_WORDS_LOOSE, TEAM_ROLES, NAME_SUFFIXES, ORGANISATION_HEADS, PLACE_HEADS,
  PERSONAL_RELATIONS, DAYS_AND_MONTHS, PLACE_HEAD_NOUNS, PLACE_OF_NOUNS, ROLE_NOUNS, SAYING_VERBS, SPORT_WORDS, WORK_NOUNS, NATIONALITY_NOUNS, PLAYING_POSITIONS, PARTIES, CLUB_SPORT_WORDS, SOLO_SPORT_WORDS,
} from './lexicon';

// Finds every named person and place of one article, with exact spans, and clusters the
// mentions that name the same one ("Tony Blair", "Mr Blair", "Blair"). The steps:
//   words   tokens, with hyphenated compounds joined ("Jean-Claude", "Ukraine-Russia")
//   chunks  runs of capitalised words in a sentence, cut into units by the phrase table
//           (places, organisations, titles, honorifics, words that are never names)
//   classify  each run between titles/honorifics/demonyms becomes a person, places, or nothing
//   cluster   people by full name then surname, places by canonical name
// Corpus-wide evidence is applied later by linking; here a name the article alone does not
// settle is returned with `weak: true`.

interface Word {
  start: number;
  end: number;
  text: string;
  cap: boolean;
  /** Starts with a digit: may open a stage name ("50 Cent"). */
  digit: boolean;
  sentence: number;
  firstToken: number;
  lastToken: number;
  /** Hyphenated compounds keep their parts, so "Ukraine-Russia" can become two places. */
  parts?: Array<{ start: number; end: number; text: string }>;
}

interface Unit {
  kind: PhraseKind | 'cap' | 'link';
  from: number;
  to: number;
  phrase?: Phrase;
}

type Cue = 'honorific' | 'title' | 'role' | 'none';

interface Candidate {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  weak: boolean;
  /** Places: canonical name. People: the name as written. */
  name: string;
  /** Name words of a person, without particles or suffixes. */
  nameWords: string[];
  female?: boolean;
  male?: boolean;
  /** "Moya, nicknamed Charly": another name of the person just named. */
  nickname?: boolean;
  /** Opens the headline, where any word is capitalised ("Faultless Federer has no equal"). */
  opensHeadline?: boolean;
  /** A player of a team sheet. */
  lineup?: boolean;
  /** Named after a role off the field ("coach Andy Robinson"): no player of a team sheet. */
  offField?: boolean;
  /** "his son Nick": a relative introduced by a first name alone, not someone named in full later. */
  relative?: boolean;
  /** Sentence-initial common word ("Brown said"): kept only if it matches a cluster. */
  needsCluster?: boolean;
  locative?: boolean;
  /** A place from the gazetteer (not a guess from "in X"). */
  known?: boolean;
  /** Context says organisation ("rival Xstrata", "Xstrata shares"). */
  org?: boolean;
  /** The organisation context is only a role before it ("director for Scorsese"): a first name outweighs it. */
  orgByRole?: boolean;
  /** A place named beside a sports club ("Chelsea and Celtic"): the club. */
  club?: boolean;
  /** Starts with a known first name ("Martin Scorsese"). */
  firstName?: boolean;
  /** Title, honorific or first name: a person whatever else the article says. */
  strong?: boolean;
  honorific?: string;
}

/**
 * A candidate with every field, in one order (one object shape keeps the classifying code
 * monomorphic); the optional fields stay undefined until a rule sets them. (Not a copy of an object
 * literal: each call site's literal had a shape of its own, and copying read all 23 fields of it.)
 */
function candidate(start: number, end: number, text: string, kind: EntityKind, weak: boolean, name: string, nameWords: string[]): Candidate {
  return {
    start, end, text, kind, weak, name, nameWords,
    female: undefined, male: undefined, nickname: undefined, opensHeadline: undefined, lineup: undefined, offField: undefined, relative: undefined, needsCluster: undefined,
    locative: undefined, known: undefined, org: undefined, orgByRole: undefined, club: undefined, firstName: undefined,
    strong: undefined, honorific: undefined,
  };
}

const FEMALE_HONORIFICS = new Set(['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Lady', 'Baroness', 'Dame', 'Mme', 'Mlle', 'Queen', 'Princess', 'Duchess', 'Countess']);
const MALE_HONORIFICS = new Set(['Mr', 'Mr.', 'Sir', 'Lord', 'Baron', 'Herr', 'King', 'Prince', 'Princes', 'Duke', 'Earl', 'Sheikh']);
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', ':', '-', '\u2013', '\u2014', '\u2022', '*', '|']);
const LINK_WORDS_AFTER_ORG = new Set(['of', 'for', 'on']);
const NATION_AS_PLACE_BEFORE = new Set(['in', 'In', 'from', 'at', 'to', 'across', 'around', 'throughout', 'within', 'near', 'into', 'visit', 'visited', 'tour', 'toured', 'touring', 'born']);
const POST_NOMINALS = new Set(['MP', 'MPs', 'MEP', 'MSP', 'AM', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'Jr.']);
const TITLE_CASE_FUNCTION_WORDS = new Set(['Of', 'The', 'And', 'For', 'In', 'On', 'At', 'To', 'A', 'An', 'With', 'From', 'By', 'Is', 'Are', 'My', 'Your', 'Our', 'Says', 'Say', 'Against']);
// \p tests shared by the rules, made once from strings (see nlp/chars.ts): a \p expression costs a cold isolate more to compile than to run
const STARTS_LETTER = new RegExp(String.raw`^\p{L}`, 'u');
const STARTS_LETTER_OR_DIGIT = new RegExp(String.raw`^[\p{L}\d]`, 'u');
const LETTER_OR_NUMBER = new RegExp(String.raw`[\p{L}\p{N}]`, 'u');
const LOWER_HYPHENATED = new RegExp(String.raw`^[\p{Ll}-]+$`, 'u');
const LOWER_DIGITS_HYPHENATED = new RegExp(String.raw`^[\p{Ll}\d-]+$`, 'u');
const LOWER_WORD_3 = new RegExp(String.raw`^\p{Ll}{3,}$`, 'u');
const LOWER_ED_WORD = new RegExp(String.raw`^\p{Ll}{3,}ed$`, 'u');
const CAP_THEN_LOWER = new RegExp(String.raw`^\p{Lu}\p{Ll}`, 'u');
const CAP_WORD_3 = new RegExp(String.raw`^\p{Lu}\p{Ll}{2,}$`, 'u');
const PERSON_NAME_WORD = new RegExp(String.raw`^\p{Lu}[\p{Ll}'\u2019-]*\p{Ll}[\p{L}'\u2019-]*$`, 'u');
/** "Leonardo diCaprio", "Danny deVito": a surname written with its particle in lower case. */
const LOWER_PREFIXED_SURNAME = new RegExp(String.raw`^(di|de|da|du|la|le|van|von)\p{Lu}\p{Ll}{2,}$`, 'u');
const LOWER_PARTICLE_PREFIX = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'ad', 'as', 'ash', 'ul', 'ud']);

let genderSets: { female: Set<string>; male: Set<string> } | undefined;
function genders() {
  genderSets ??= { female: new Set(data.femaleOnly), male: new Set(data.maleOnly) };
  return genderSets;
}

export function recognizeNames(article: Article, doc: ArticleDoc, curation?: Curation): NameMention[] {
  const gaz = gazetteer();
  const words = buildWords(doc.tokens);
  const sport = isSportArticle(doc.tokens);
  const candidates: Candidate[] = [];
  // Curation can make any word a name, so only without it are lone sentence-initial words put off
  const putOffSentenceStarts = !curation || (!Object.keys(curation.kinds ?? {}).length && !curationRules(curation).declaredNames().length);
  const ctx: Context = { text: article.text, gaz, doc, words, sport, clubSport: undefined, out: candidates, units: undefined, sentenceStarts: putOffSentenceStarts ? [] : undefined, things: undefined };
  // no sheet: an empty table, read past its end, so the loop's lookup always runs (and has type feedback)
  const inLineup = addLineupPlayers(ctx) ?? NO_LINEUP;
  classifyChunks(ctx, inLineup);
  if (ctx.things) dropNamedThings(ctx);
  if (ctx.sentenceStarts?.length) classifySentenceStarts(ctx);
  if (curation) addDeclaredNames(article, curation, candidates);
  settleListedNames(candidates, article.text, gaz);
  markRelatives(candidates, article.text);
  dropWordsBeforeSurnames(candidates, gaz);
  return cluster(candidates, gaz, curation);
}

/**
 * Cuts the article's words into chunks of capitalised words and classifies each (apart from recognizeNames, so
 * the hot loop is a small function of its own, compiled sooner and cheaper).
 */
function classifyChunks(ctx: Context, inLineup: Uint8Array): void {
  const { words, doc } = ctx;
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if ((!w.cap && !w.digit) || inLineup[w.firstToken]) {
      i++;
      continue;
    }
    // the seat and the works list only ever follow "for" or a list opener: their tests are asked only then
    const before = doc.tokens[w.firstToken - 1]?.text;
    const seat = (before === 'for' && constituencyEnd(ctx, i)) || (NAMED_FEATURE_WORDS.has(w.text) && namedFeatureEnd(ctx, i)) || ((before === 'as' || LIST_OPENERS.has(before ?? '')) && worksListEnd(ctx, i));
    if (seat) {
      i = seat;
      continue;
    }
    const end = chunkEnd(ctx, i);
    if (end === i) {
      i++;
      continue;
    }
    i = classifyChunkAt(ctx, i, end);
  }
}

const NO_LINEUP = new Uint8Array(0);

/**
 * Classifies the chunk of words i to end and returns the word after it, or after the nickname that follows it.
 * The rare nickname's code is here, not in classifyChunks' loop: code that has never run has no type feedback
 * and deoptimises the compiled function that reaches it, and this function is the cheaper one to recompile.
 */
function classifyChunkAt(ctx: Context, i: number, end: number): number {
  const nicknamed = nicknamedNameEnd(ctx, end - 1);
  if (nicknamed) {
    ctx.units!.pop(); // the first name: the words before it are a chunk of their own ("Saxophonist David")
    if (ctx.units!.length) classifyChunk(ctx, i);
    return nicknamed;
  }
  if (!namesNothing(ctx.units!) || gluedAfterPrefix(ctx, i)) classifyChunk(ctx, i);
  return end;
}

/**
 * A chunk of words that are never names, titles and organisations, no two organisations in a row ("The", "However",
 * "BBC", "The Times"): classifyChunk would find no one and nothing in it, so a third of the chunks are not classified.
 */
function namesNothing(units: Unit[]): boolean {
  for (let k = 0; k < units.length; k++) {
    const kind = units[k].kind;
    if (kind === 'org' ? k > 0 && units[k - 1].kind === 'org' : kind !== 'notName' && kind !== 'title') return false;
  }
  return true;
}

/** "pro-Chavez", "anti-Bush": the chunk's first word is glued after a prefix in its token (see classifyChunk). */
function gluedAfterPrefix(ctx: Context, i: number): boolean {
  const w = ctx.words[i];
  return w.start !== ctx.doc.tokens[w.firstToken].start;
}

function dropNamedThings(ctx: Context): void {
  let n = 0;
  for (const c of ctx.out) if (c.kind !== 'place' || !ctx.things!.has(c.name)) ctx.out[n++] = c;
  ctx.out.length = n;
}

/** Players of the article's team sheets, as people; returns which tokens the sheets cover (read no further). */
function addLineupPlayers(ctx: Context): Uint8Array | undefined {
  const lineups = findLineups(ctx.text, ctx.doc, ctx.gaz, ctx.sport);
  if (!lineups.length) return undefined;
  ctx.sport = true; // a team sheet makes a match report, whatever its words
  ctx.clubSport = true;
  const covered = new Uint8Array(ctx.doc.tokens.length);
  for (const l of lineups) {
    covered.fill(1, l.first, l.end);
    for (const p of l.players) {
      const player = candidate(p.start, p.end, p.text, 'person', false, p.nameWords.join(' '), p.nameWords);
      player.strong = true;
      player.lineup = true;
      ctx.out.push(player);
    }
  }
  return covered;
}

/**
 * Spellings the reader declared in `.dossier.yaml` (curated entities and `kinds`) are found even
 * where the rules above missed them ("Subs: Wright, ..."). A declared name replaces shorter
 * candidates inside it; a longer candidate around it ("Gordon Brown" around "Brown") stays.
 */
function addDeclaredNames(article: Article, curation: Curation, out: Candidate[]): void {
  const declared = curationRules(curation).declaredNames();
  const text = article.text;
  const { start: bodyStart, end: bodyEnd } = article.body;
  const isWordChar = (c: string | undefined) => c !== undefined && LETTER_OR_NUMBER.test(c);
  for (const { name, kind } of declared) {
    for (let at = text.indexOf(name, bodyStart); at >= 0 && at + name.length <= bodyEnd; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      if (out.some((c) => c.start <= at && c.end >= end && c.end - c.start > end - at)) continue;
      // What the reader declared wins over doubts about the same words ("Wright" after "Subs:").
      const same = out.find((c) => c.start === at && c.end === end);
      if (same) {
        Object.assign(same, { kind, weak: false, needsCluster: false, org: false, strong: kind === 'person' });
        if (!same.nameWords.length) same.nameWords = name.split(/\s+/);
        continue;
      }
      for (let k = out.length - 1; k >= 0; k--) if (out[k].start < end && out[k].end > at) out.splice(k, 1);
      const declared = candidate(at, end, name, kind, false, name, name.split(/\s+/));
      declared.strong = kind === 'person';
      out.push(declared);
    }
  }
}

/**
 * "competition from Bernal, Jamie Foxx, Jim Carrey and Johnny Depp": one unsure word in a list of
 * three or more whose other items are all people named with a first name and surname is a person too
 * (a band or film listed with people is not: "Coldplay, Dido and Robbie Williams" has two unsure).
 */
function settleListedNames(cands: Candidate[], text: string, gaz: Gazetteer): void {
  cands.sort((a, b) => a.start - b.start);
  const fullPerson = (c: Candidate) => c.kind === 'person' && !c.weak && c.nameWords.length > 1 && !c.org;
  let i = 0;
  while (i < cands.length) {
    let j = i;
    while (j + 1 < cands.length && cands[j + 1].start - cands[j].end <= 6 && LIST_GAP.test(text.slice(cands[j].end, cands[j + 1].start))) j++;
    if (j === i) {
      i++; // a name in no list, as most are: nothing to settle
      continue;
    }
    const list = cands.slice(i, j + 1);
    // "Balshaw, Cohen, Cueto, Lewsey, Robinson": a squad listed by surnames is a team sheet's players
    if (list.length >= 4 && list.every((c) => c.kind === 'person' && c.nameWords.length === 1)) for (const c of list) c.lineup = true;
    const unsure = list.filter((c) => !fullPerson(c));
    const c = unsure[0];
    // "Will Smith, Kevin Spacey and Keanu Reeves": so is an unsure full name, unless all its words are dictionary words
    if (list.length >= 3 && unsure.length === 1 && c.kind === 'person' && c.nameWords.length <= 2 && !c.org && !c.needsCluster && !c.nameWords.every((w) => gaz.commonWords.has(w.toLowerCase()))) c.weak = false;
    // "Jonny Wilkinson, Mike Tindall and Richard Hill": an unsure first name and place head among people is one
    else if (list.length >= 3 && unsure.length === 1 && c.kind === 'place' && c.weak && isFirstNameAndWord(gaz, c.text)) {
      Object.assign(c, { kind: 'person', weak: false, name: c.text, nameWords: c.text.split(' '), firstName: true, locative: false, known: false });
    } else if (list.length === 2) shareSurname(list[0], list[1], text, gaz);
    i = j + 1;
  }
}
const LIST_GAP = /^(, | and |, and )$/;

/**
 * "impresarios David and Ed Mirvish", "champions Mike and Bob Bryan": after people named in the plural a
 * first name joined by "and" to a first name and surname shares the surname.
 */
function shareSurname(c: Candidate, next: Candidate, text: string, gaz: Gazetteer): void {
  if (c.nameWords.length !== 1 || !gaz.firstNames.has(c.text) || c.org || next.kind !== 'person' || next.nameWords.length !== 2 || !gaz.firstNames.has(next.nameWords[0])) return;
  if (text.slice(c.end, next.start) !== ' and ') return;
  const plural = PLURAL_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
  if (!plural || !(ROLE_NOUNS.has(plural[1]) || FAMILY_PLURALS.has(plural[1] + 's'))) return;
  Object.assign(c, { kind: 'person', weak: false, name: `${c.text} ${next.nameWords[1]}`, nameWords: [c.text, next.nameWords[1]], firstName: true, locative: false });
}
const PLURAL_BEFORE = /([a-z-]+)s $/;
const FAMILY_PLURALS = new Set(['brothers', 'sisters', 'twins', 'siblings', 'cousins', 'impresarios', 'partners', 'founders']);

function isFirstNameAndWord(gaz: Gazetteer, text: string): boolean {
  const parts = text.split(' ');
  return parts.length === 2 && gaz.firstNames.has(parts[0]) && isNameWord(parts[1]);
}

interface Context {
  text: string;
  gaz: Gazetteer;
  doc: ArticleDoc;
  words: Word[];
  sport: boolean;
  /** Whether the sports story is about clubs (see isClubSport); found when first asked. */
  clubSport: boolean | undefined;
  out: Candidate[];
  units?: Unit[];
  /** Lone common words opening a sentence ("However", "Brown"), classified only if a name of the article matches them. */
  sentenceStarts?: Unit[];
  /** Town names the article uses for a thing ("the Aurora limped back"): no place anywhere in it. */
  things?: Set<string>;
}

/**
 * A lone sentence-initial common word is kept only when it matches a cluster (a surname, a first
 * name or a place of the article), so it is classified only then: most sentences open so.
 */
function classifySentenceStarts(ctx: Context): void {
  const named = new Set<string>();
  for (const c of ctx.out) {
    if (c.kind === 'person' && c.nameWords.length > 1) {
      named.add(c.nameWords[0]);
      named.add(c.nameWords[c.nameWords.length - 1]);
    } else if (c.kind === 'place') named.add(c.name);
    else if (c.kind === 'person' && (!c.weak || c.nickname)) named.add(c.name); // "Juninho", "Charly" settled elsewhere in the article
  }
  for (const u of ctx.sentenceStarts!) {
    if (named.has(ctx.words[u.from].text)) classifySegment(ctx, [u], 'none', { female: false, male: false, needsCluster: true, honorific: undefined });
  }
}

const ANY_SPORT_WORD = new Set([...SPORT_WORDS, ...SPORT_WORDS_LOOSE]);

/**
 * A word's shape for a test before a look-up: its length, and its first and last letters whatever their case (in
 * ASCII, c & 31 is the same for "G" and "g"). Nine words in ten have no sports word's shape, so they are not looked
 * up (a look-up of a token first hashes its fresh string) nor lowercased.
 */
function wordShape(length: number, first: number, last: number): number {
  return ((length & 15) << 10) | ((first & 31) << 5) | (last & 31);
}
const SPORT_WORD_SHAPES = shapesOf(ANY_SPORT_WORD);

function shapesOf(words: Iterable<string>): Uint8Array {
  const shapes = new Uint8Array(1 << 14);
  for (const w of words) shapes[wordShape(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
  return shapes;
}

function isSportArticle(tokens: Token[]): boolean {
  let strict = 0;
  let loose = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const text = t.text;
    let word: string;
    // no word of the lists is shorter than three letters ("cup", "60m"): of the short tokens, most of them, only a hyphen is read
    if (text.length < 3) {
      // "fly-half", "semi-final": the tokenizer splits at hyphens, the word lists hold the compound
      if (text !== '-' || i === 0 || i + 1 >= n || tokens[i - 1].end !== t.start || tokens[i + 1].start !== t.end) continue;
      word = `${tokens[i - 1].text.toLowerCase()}-${tokens[i + 1].text.toLowerCase()}`;
    } else {
      const c = text.charCodeAt(0);
      const last = text.charCodeAt(text.length - 1);
      // wordShape, read here without a call (a last letter outside ASCII is looked up: the Kelvin sign lowercases to "k")
      if (last < 128 && !SPORT_WORD_SHAPES[((text.length & 15) << 10) | ((c & 31) << 5) | (last & 31)]) continue;
      word = c >= 65 && c <= 90 ? text.toLowerCase() : text; // "Premiership", "Goal"
    }
    if (!ANY_SPORT_WORD.has(word)) continue; // most words: one lookup instead of two
    if (SPORT_WORDS.has(word) && !(word === t.text && SPORT_WORDS_CAPITALISED.has(word))) strict++; // not "the premiership of Margaret Thatcher"
    else if (SPORT_WORDS_LOOSE.has(word) && !(PLAYER_WORDS.has(word) && DEVICE_BEFORE_PLAYER.has(i > 0 ? tokens[i - 1].text.toLowerCase() : ''))) loose++; // not "media players"
    if (strict >= 2 || strict + loose >= 6) return true;
  }
  return false;
}

/**
 * A sports story about clubs (football, rugby, cricket), where a town is its club, and not one of a
 * sport played by one person ("races in Erfurt and Stuttgart", "at the same Madrid venue"). Asked only
 * of a town that is also a club, so the scan runs in few articles.
 */
const CLUB_OR_SOLO_SPORT_WORD = new Set([...CLUB_SPORT_WORDS, ...SOLO_SPORT_WORDS]);

function isClubSport(ctx: Context): boolean {
  if (!ctx.sport) return false;
  if (ctx.clubSport !== undefined) return ctx.clubSport;
  const tokens = ctx.doc.tokens;
  let club = 0;
  let solo = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    const c = t.charCodeAt(0);
    const word = c >= 65 && c <= 90 ? t.toLowerCase() : t;
    if (!CLUB_OR_SOLO_SPORT_WORD.has(word)) continue; // most words: one lookup instead of two
    if (CLUB_SPORT_WORDS.has(word)) club++;
    else if (SOLO_SPORT_WORDS.has(word)) solo++;
  }
  return (ctx.clubSport = club > 0 && club * 2 >= solo);
}

const PLAYER_WORDS = new Set(['player', 'players']);
/** Sports words only when capitalised: the Premiership is a league, a premiership a prime minister's term. */
const SPORT_WORDS_CAPITALISED = new Set(['premiership']);
const DEVICE_BEFORE_PLAYER = new Set(['media', 'music', 'mp3', 'dvd', 'cd', 'video', 'digital', 'portable', 'games', 'game', 'flash', 'blu-ray', 'jukebox', 'ipod', 'industry', 'market']);

/** Tokens as words: "Jean" "-" "Claude" with no spaces is one word; so is "al-Qaeda". */
function buildWords(tokens: Token[]): Word[] {
  const words: Word[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    // a hyphen right after the token is rare: only then is it asked whether a compound starts here
    const parts = i + 2 < n && tokens[i + 1].text === '-' ? compoundPartsAt(tokens, i) : undefined;
    if (parts) {
      const compound = compoundWord(tokens, i, parts);
      words[words.length] = compound;
      i = compound.lastToken;
      continue;
    }
    const t = tokens[i];
    const tokenText = t.text;
    // "pro-Chavez squatters", "anti-Bush film": the tokenizer keeps the compound whole; the name after the prefix is a word
    const c0 = tokenText.charCodeAt(0);
    const prefix = c0 !== 112 && c0 !== 97 ? 0 : sidePrefixLength(tokenText); // p a (see sidePrefixLength)
    const text = prefix ? tokenText.slice(prefix) : tokenText;
    const c = prefix ? text.charCodeAt(0) : c0;
    // (an indexed store, not push: with TurboFan's inlining off, as for a short run, push is a call to a builtin)
    words[words.length] = {
      start: t.start + prefix,
      end: t.end,
      text,
      // startsUpper, read here without a call; only a first letter d, l or v may start a lower-prefixed surname
      cap: (c < 128 ? c >= 65 && c <= 90 : STARTS_UPPER.test(text)) || ((c === 100 || c === 108 || c === 118) && LOWER_PREFIXED_SURNAME.test(text)),
      digit: c >= 48 && c <= 57,
      sentence: t.sentence,
      firstToken: i,
      lastToken: i,
      parts: undefined,
    };
  }
  return words;
}

/**
 * The word of the hyphenated compound at token i ("Jean-Claude"): apart from buildWords' loop, which then stays
 * small and has no rarely-run code whose missing type feedback would deoptimise it.
 */
function compoundWord(tokens: Token[], i: number, parts: NonNullable<Word['parts']>): Word {
  const t = tokens[i];
  const last = i + 2 * (parts.length - 1);
  const text = compoundText(parts);
  const c = text.charCodeAt(0);
  return {
    start: t.start,
    end: tokens[last].end,
    text,
    cap: startsUpper(text) || startsUpper(parts[parts.length - 1].text) || ((c === 100 || c === 108 || c === 118) && LOWER_PREFIXED_SURNAME.test(text)),
    digit: c >= 48 && c <= 57,
    sentence: t.sentence,
    firstToken: i,
    lastToken: last,
    parts,
  };
}

/** "Jean-Claude", "al-Sadr": the parts of the compound of capitalised words joined by hyphens starting at token i, if any. */
function compoundPartsAt(tokens: Token[], i: number): Word['parts'] {
  const n = tokens.length;
  const t = tokens[i];
  let last = i;
  let parts: Word['parts'];
  while (
    last + 2 < n &&
    tokens[last + 1].text === '-' &&
    tokens[last + 1].start === tokens[last].end &&
    tokens[last + 2].start === tokens[last + 1].end &&
    tokens[last + 2].sentence === t.sentence &&
    startsUpper(tokens[last + 2].text) &&
    STARTS_LETTER.test(tokens[last + 2].text) &&
    (startsUpper(tokens[last].text) || (last === i && LOWER_PARTICLE_PREFIX.has(t.text)))
  ) {
    parts ??= [{ start: t.start, end: t.end, text: t.text }];
    parts.push({ start: tokens[last + 2].start, end: tokens[last + 2].end, text: tokens[last + 2].text });
    last += 2;
  }
  return parts;
}

/** "Jean-Claude": the parts of a compound joined by hyphens (apart from buildWords' loop, which then needs no closure in it). */
function compoundText(parts: NonNullable<Word['parts']>): string {
  return parts.map((p) => p.text).join('-');
}

/** The length of "pro-" or "anti-" before a capitalised word in one token, else 0. */
function sidePrefixLength(text: string): number {
  const c = text.charCodeAt(0);
  if (c !== 112 && c !== 97) return 0; // p a ("Anti-Doping Agency" is a name of its own)
  const n = text.startsWith('pro-') ? 4 : text.startsWith('anti-') ? 5 : 0;
  return n && text.length > n + 1 && startsUpper(text.slice(n)) ? n : 0;
}

/** The longest phrase of the table starting at word i (within its sentence). */
function phraseAt(ctx: Context, i: number, tree: Map<string, PhraseNode> = ctx.gaz.trie): { phrase: Phrase; length: number } | undefined {
  const { words } = ctx;
  let w = i;
  // (possessiveStep only where a word is glued after word w: most words are followed by a space)
  // (the bound asked first: a read past the end of the words deoptimises the compiled function)
  const possessive = w + 1 < words.length && words[w + 1].start === words[w].end ? possessiveStep(ctx, tree, w) : undefined;
  let node = possessive ?? tree.get(keyOf(words[w].text));
  // the possessive mark is a word of its own; the add runs every time, as a rarely-run w++ has no type feedback
  // and deoptimises the compiled function the first time it runs
  w += possessive ? 1 : 0;
  let found = node?.phrase && { phrase: node.phrase, length: w - i + 1 };
  while (node?.next && w + 1 < words.length) {
    const next = words[w + 1];
    if (next.sentence !== words[i].sentence) break;
    // words of a phrase are separated by one space (or nothing before a final period)
    if (next.start - words[w].end > 1) break;
    const level = node.next;
    w++;
    const possessiveNext = w + 1 < words.length && words[w + 1].start === next.end ? possessiveStep(ctx, level, w) : undefined;
    node = possessiveNext ?? level.get(keyOf(next.text));
    w += possessiveNext ? 1 : 0;
    if (node?.phrase) found = { phrase: node.phrase, length: w - i + 1 };
  }
  return found;
}

/**
 * "at St James' Park", "at King's Cross": the table's word with the possessive glued to word w, when it has one and
 * the phrase goes on after it ("Mr Lord's wife" stays Lord); the possessive is a word of its own, so this is looked
 * up only where one follows.
 */
function possessiveStep(ctx: Context, level: Map<string, PhraseNode>, w: number): PhraseNode | undefined {
  const { words } = ctx;
  const mark = words[w + 1];
  const after = words[w + 2];
  if (!mark || !after || mark.start !== words[w].end || !POSSESSIVE_MARKS.has(mark.text) || after.start - mark.end !== 1 || after.sentence !== mark.sentence) return undefined;
  const node = level.get(keyOf(words[w].text) + (mark.text.length === 1 ? "'" : "'s"));
  return node?.next?.has(keyOf(after.text)) ? node : undefined;
}

/** Phrase-table key of a word: straight apostrophes; accents dropped ("Défense" finds "Defense"). */
function keyOf(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const key = phraseKey(text);
  return /[\u00c0-\u024f]/.test(key) ? key.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : key;
}
const NON_ASCII = /[^\x00-\x7f]/;

/** Cuts the chunk starting at word i into units; returns the index after it (i if none). */
function chunkEnd(ctx: Context, i: number): number {
  const { words } = ctx;
  const stageEnd = stageNameChunkEnd(ctx, i);
  if (stageEnd) return stageEnd;
  if (!words[i].cap) return i;
  const units: Unit[] = [];
  let j = i;
  while (j < words.length && words[j].sentence === words[i].sentence) {
    if (j > i && hasBreakBetween(ctx, j - 1, j)) break;
    const w = words[j];
    if (j > i && POST_NOMINALS.has(w.text)) break; // "Frank Field MP", "John Smith QC"
    if (j > i && w.start !== ctx.doc.tokens[w.firstToken].start) break; // "The anti-Nazi league": a glued name starts its own chunk
    if (w.cap) {
      if (j === i + 1 && units[0].kind === 'cap' && atSentenceStart(ctx, i) && commonOrRole(ctx, words[i].text) && stageNameAt(ctx, j)) break; // "Model Caprice"
      const match = phraseAt(ctx, j);
      if (match && !(match.length === 1 && match.phrase.kind === 'title' && j > i && units[units.length - 1].kind === 'cap' && !TITLE_NEEDS_FOLLOWER(ctx, j))) {
        units.push({ kind: match.phrase.kind, from: j, to: j + match.length, phrase: match.phrase });
        j += match.length;
      } else {
        units.push({ kind: 'cap', from: j, to: j + 1, phrase: undefined });
        j++;
      }
      continue;
    }
    // lowercase words inside a name: particles ("von der"), and "of"/"for" after an organisation head
    const k = afterParticles(words, j);
    const next = words[k];
    if (!next || !next.cap || next.sentence !== w.sentence || units.length === 0) break;
    const prev = units[units.length - 1];
    const prevWord = words[prev.to - 1].text;
    const afterOrg = prev.kind === 'org' || (prev.kind === 'cap' && ORGANISATION_HEADS.has(prevWord));
    if (NAME_PARTICLES.has(w.text) && (prev.kind === 'cap' || prev.kind === 'honorific')) { // "Theo van Gogh", "Mr van Gogh"
      units.push({ kind: 'link', from: j, to: k, phrase: undefined });
      j = k;
      continue;
    }
    if (LINK_WORDS_AFTER_ORG.has(w.text) && afterOrg && !SEAT_HOLDERS.has(prevWord)) units.push({ kind: 'link', from: j, to: j + 1, phrase: undefined });
    else break;
    j++;
  }
  while (units.length && units[units.length - 1].kind === 'link') {
    units.pop();
    j--;
  }
  ctx.units = units;
  return units.length ? units[units.length - 1].to : i;
}

/**
 * The word after words[j] and, if it is a particle, the particles after it ("von der Leyen").
 * Apart from chunkEnd: a run of particles, rare and met late in a cold run, would deoptimise its compiled code.
 */
function afterParticles(words: Word[], j: number): number {
  let k = j + 1;
  while (k < words.length && NAME_PARTICLES.has(words[k].text) && NAME_PARTICLES.has(words[j].text)) k++;
  return k;
}

const FEATURE_PREFIXES = new Set(['River', 'Mount', 'Mt', 'Lake', 'Loch', 'Lough']);

/**
 * "climb Mount Everest", "overlooking the River Lagan", "revealing the River Senne": a river, mountain or
 * lake named after its kind is a place, whatever the name. Pushes it and returns the word after it, else 0.
 */
function namedFeatureEnd(ctx: Context, i: number): number {
  const { words } = ctx;
  const w = words[i];
  if (SEAS.has(w.text)) return seaEnd(ctx, i);
  if (w.text === 'States') return theStatesEnd(ctx, i);
  if (!FEATURE_PREFIXES.has(w.text)) return 0;
  let last = i;
  while (last + 1 < words.length && words[last + 1].cap && words[last + 1].sentence === w.sentence && !hasBreakBetween(ctx, last, last + 1)) last++;
  if (last === i || last > i + 2) return 0;
  const known = phraseAt(ctx, i);
  if (known && known.length === last - i + 1) return 0; // a listed place ("River Thames") or a firm ("River Island") is read as listed
  pushPlace(ctx, w.start, words[last].end, ctx.text.slice(w.start, words[last].end), false, true);
  return last + 1;
}

const SEAS = new Set(['Atlantic', 'Pacific', 'Mediterranean', 'Caribbean', 'Baltic', 'Adriatic', 'Aegean', 'Arctic', 'Antarctic']);
/** The words that can open a named feature (see namedFeatureEnd): one lookup for most capitalised words. */
const NAMED_FEATURE_WORDS = new Set(['States', ...FEATURE_PREFIXES, ...SEAS]);
const AFTER_SEA = new Set([',', '.', ';', ':', ')', '!', '?', '"', "'s", '\u2019s', 'and', 'or', 'to', 'in', 'on', 'from', 'for', 'with', 'by', 'at', 'coast', 'island', 'islands', 'region']);

/**
 * "fans across the Atlantic,", "both sides of the Atlantic.", "Latin America and the Caribbean.": a sea word after
 * "the" with no noun after it to qualify (or "Ocean", "Sea") is the sea or region itself (not "the Atlantic crossing", "Pirates of the
 * Caribbean" after a capitalised word, "Atlantic Records"). Pushes it and returns the word after it, else 0.
 */
function seaEnd(ctx: Context, i: number): number {
  const w = ctx.words[i];
  // "the Pacific Ocean", "the Baltic Sea": one place
  const sea = ctx.words[i + 1];
  if (sea && (sea.text === 'Ocean' || sea.text === 'Sea') && sea.sentence === w.sentence && !hasBreakBetween(ctx, i, i + 1)) {
    pushPlace(ctx, w.start, sea.end, `${w.text} ${sea.text}`, false, true);
    return i + 2;
  }
  const the = tokenBefore(ctx, i);
  if (the?.text !== 'the' && the?.text !== 'The') return 0;
  const next = tokenAfter(ctx, i);
  if (next && !AFTER_SEA.has(next.text)) return 0;
  const t = ctx.doc.tokens;
  const k = w.firstToken - 2;
  if (t[k]?.text === 'of' && t[k - 1] && t[k - 1].sentence === w.sentence && startsUpper(t[k - 1].text)) return 0;
  pushPlace(ctx, w.start, w.end, w.text, false, true);
  return i + 1;
}

/**
 * "sold 500,000 in the States", "a coaching role in the States.": "the States" after a place preposition, standing
 * alone, is the United States (not "the States of Jersey", "EU member States").
 */
function theStatesEnd(ctx: Context, i: number): number {
  const w = ctx.words[i];
  const t = ctx.doc.tokens;
  const k = w.firstToken;
  if (t[k - 1]?.text !== 'the' || !PLACE_PREPOSITIONS.has(t[k - 2]?.text ?? '') || t[k - 2].sentence !== w.sentence) return 0;
  const next = tokenAfter(ctx, i);
  if (next && (startsUpper(next.text) || next.text === 'of')) return 0;
  pushPlace(ctx, w.start, w.end, 'United States', false, true);
  return i + 1;
}

const LISTED_WORKS = new Set(['films', 'movies', 'hits', 'albums', 'songs', 'singles', 'books', 'novels', 'plays', 'shows', 'series', 'credits', 'programmes', 'games']);
const LIST_OPENERS = new Set(['include', 'includes', 'included', 'including', 'like']);
const IN_TITLE_LIST = new Set([',', 'and', 'or', 'plus', '&', 'of', 'the', 'in', 'on', 'a', 'to', 'for', 'at', "'s", '\u2019s']);

/**
 * "whose films include Schindler's List, Michael Collins and Star Wars", "hits such as Open Water, Napoleon
 * Dynamite, Garden State": titles listed after works are no people nor places. Returns the word after the
 * list, else 0. Asked once per capitalised run (the tokens before it).
 */
function worksListEnd(ctx: Context, i: number): number {
  const { words, doc } = ctx;
  const w = words[i];
  let k = w.firstToken - 1;
  const t = doc.tokens;
  if (k < 1 || t[k].sentence !== w.sentence) return 0;
  if (t[k].text === 'as' && t[k - 1].text === 'such') k--;
  else if (!LIST_OPENERS.has(t[k].text)) return 0;
  if (!LISTED_WORKS.has(t[k - 1]?.text ?? '')) return 0;
  let last = i;
  for (let j = i + 1; j < words.length && words[j].sentence === w.sentence; j++) {
    const x = words[j];
    if (x.cap || x.digit) last = j;
    else if (!IN_TITLE_LIST.has(x.text) || !(words[j + 1]?.cap || words[j + 1]?.digit || IN_TITLE_LIST.has(words[j + 1]?.text ?? ''))) break;
  }
  return last + 1;
}

const SEAT_HOLDERS = new Set(['MP', 'MPs', 'MSP', 'MSPs', 'AM', 'AMs', 'MEP', 'MEPs', 'member']);

/**
 * "Labour MP for Hornsey and Wood Green", "the MP for Henley-on-Thames", "MP for Sleaford and North Hykeham":
 * the seat after "MP for" is one place, "and" and hyphens included. Pushes it and returns the word after
 * it, else 0. Asked once per capitalised run.
 */
function constituencyEnd(ctx: Context, i: number): number {
  const { words, doc } = ctx;
  const w = words[i];
  const before = tokenBefore(ctx, i);
  if (!w.cap || before?.text !== 'for' || !SEAT_HOLDERS.has(doc.tokens[w.firstToken - 2]?.text ?? '')) return 0;
  let last = i;
  let j = i + 1;
  while (j < words.length && words[j].sentence === w.sentence) {
    const x = words[j];
    if (x.cap && x.start === doc.tokens[x.firstToken].start && !hasBreakBetween(ctx, j - 1, j)) last = j;
    else if (x.text === 'and' && words[j + 1]?.cap && words[j + 1].sentence === w.sentence && !personAfterAnd(ctx, words[j + 1].text)) {
      // "and" joins two parts of one seat, not the seat and a person ("MP for Witney and David Cameron")
    } else if (!(x.start === words[j - 1].end && words[j + 1]?.start === x.end)) break; // "Henley-on-Thames": glued pieces
    j++;
  }
  pushPlace(ctx, w.start, words[last].end, ctx.text.slice(w.start, words[last].end), false, true);
  return last + 1;
}

/** A first name that is no word, compass word nor place ("David", not "Wood", "North" nor "Chelsea"). */
function personAfterAnd(ctx: Context, word: string): boolean {
  return ctx.gaz.firstNames.has(word) && !ctx.gaz.commonWords.has(word.toLowerCase()) && !COMPASS_WORDS.has(word) && !ctx.gaz.phrases.has(keyOf(word));
}

const NICKNAME_CLOSERS = new Map([["'", "'"], ['"', '"'], ['\u2018', '\u2019'], ['\u201c', '\u201d']]);

/**
 * "Brian 'Head' Welch", 'Marion "Suge" Knight', "Ahmed 'Mido' Hossam": a first name ending a run, a
 * capitalised word in quotes and a surname are one person, "Brian Welch", and "Welch" is he later.
 * Pushes the person and returns the word after the surname, else 0. Asked once per run.
 */
function nicknamedNameEnd(ctx: Context, w: number): number {
  const { words } = ctx;
  const open = words[w + 1];
  const closer = open && NICKNAME_CLOSERS.get(open.text);
  if (!closer || w + 4 >= words.length) return 0;
  const units = ctx.units!;
  const last = units[units.length - 1];
  const nick = words[w + 2];
  const surname = words[w + 4];
  const after = words[w + 5];
  if (last.to - last.from !== 1 || !ctx.gaz.firstNames.has(words[w].text) || words[w + 3].text !== closer) return 0;
  if (!nick.cap || !surname.cap || surname.sentence !== words[w].sentence) return 0;
  if (after && after.cap && after.sentence === surname.sentence) return 0; // a longer name than first name and surname
  const nameWords = [words[w].text, surname.text];
  const person = candidate(words[w].start, surname.end, ctx.text.slice(words[w].start, surname.end), 'person', false, nameWords.join(' '), nameWords);
  person.strong = true;
  ctx.out.push(person);
  return w + 5;
}

/**
 * A stage name standing alone as the chunk at word i: its unit and the word after it, else 0. Apart from chunkEnd,
 * whose compiled code the rarely-run unit list (no type feedback) would deoptimise.
 */
function stageNameChunkEnd(ctx: Context, i: number): number {
  const stage = stageNameAt(ctx, i);
  if (!stage) return 0;
  ctx.units = [stage];
  return stage.to;
}

/** A stage name standing alone ("50 Cent", "The Game"); inside a longer run of names ("Kylie Minogue") it is an ordinary word. */
function stageNameAt(ctx: Context, i: number): Unit | undefined {
  const { words } = ctx;
  if (!words[i].cap && !words[i].digit) return undefined;
  const match = phraseAt(ctx, i, ctx.gaz.stageNames);
  if (!match) return undefined;
  const to = i + match.length;
  if (to < words.length && words[to].cap && words[to].sentence === words[i].sentence && !hasBreakBetween(ctx, to - 1, to)) return undefined;
  // "Model Caprice", "When 50 Cent": a sentence-initial role noun or common word may precede it
  const prev = words[i - 1];
  if (prev && prev.cap && prev.sentence === words[i].sentence && !hasBreakBetween(ctx, i - 1, i) && !(atSentenceStart(ctx, i - 1) && commonOrRole(ctx, prev.text))) return undefined;
  return { kind: 'person', from: i, to, phrase: match.phrase };
}

function commonOrRole(ctx: Context, word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_NOUNS.has(lower) || ctx.gaz.commonWords.has(lower);
}

/** A title word after a name is part of the name ("John Major") unless another name follows it. */
function TITLE_NEEDS_FOLLOWER(ctx: Context, j: number): boolean {
  const next = ctx.words[j + 1];
  return !!next && next.cap && !POST_NOMINALS.has(next.text) && next.sentence === ctx.words[j].sentence && !hasBreakBetween(ctx, j, j + 1);
}

/** Punctuation between two words (commas, quotes, possessives) ends a chunk. */
function hasBreakBetween(ctx: Context, a: number, b: number): boolean {
  return ctx.words[b].firstToken !== ctx.words[a].lastToken + 1;
}

/** "Blair's" (POSSESSIVE_S), and with the plural's bare apostrophe, "Evans'" (POSSESSIVE_MARKS): tokens after a name. */
const POSSESSIVE_S = new Set(["'s", '\u2019s']);
const POSSESSIVE_MARKS = new Set([...POSSESSIVE_S, "'", '\u2019']);
const VERSION_NOUNS = new Set(['version', 'versions', 'production', 'productions', 'staging', 'revival', 'adaptation', 'remake', 'recording']);

/** "version of", "production of" right before word w (see VERSION_NOUNS). */
function workOfBefore(ctx: Context, w: number): boolean {
  const tokens = ctx.doc.tokens;
  const at = ctx.words[w].firstToken;
  // not "the Biblical version of Jesus' life": a possessive is the person's
  return tokens[at - 1]?.text === 'of' && VERSION_NOUNS.has(tokens[at - 2]?.text.toLowerCase() ?? '') && !POSSESSIVE_MARKS.has(tokenAfter(ctx, w)?.text ?? '');
}

function tokenBefore(ctx: Context, w: number): Token | undefined {
  const word = ctx.words[w];
  const t = ctx.doc.tokens[word.firstToken - 1];
  return t && t.sentence === word.sentence ? t : undefined;
}

function tokenAfter(ctx: Context, w: number, k = 1): Token | undefined {
  const word = ctx.words[w];
  const t = ctx.doc.tokens[word.lastToken + k];
  return t && t.sentence === word.sentence ? t : undefined;
}

function atSentenceStart(ctx: Context, w: number): boolean {
  const before = tokenBefore(ctx, w);
  return !before || OPENERS.has(before.text);
}

function classifyChunk(ctx: Context, from: number): void {
  const units = ctx.units!; // chunkEnd makes a new list for every chunk: this one is classifyChunk's to change
  const { gaz, words } = ctx;
  if (units[0].kind === 'person') {
    const text = textOf(ctx, units[0].from, units[0].to - 1);
    // "Kanye West" is then "West", as other names; "50 Cent" and "The Game" are one word each
    const parts = text.split(' ');
    // ("JRR Tolkien" is "Tolkien" too: initials before a surname)
    const nameWords = parts.length > 1 && parts.every((p, k) => isNameWord(p) || (k === 0 && GLUED_INITIALS.test(p))) ? parts : [text];
    const person = candidate(words[units[0].from].start, words[units[0].to - 1].end, text, 'person', false, text, nameWords);
    person.strong = true;
    ctx.out.push(person);
    return;
  }
  // A sentence's first word is capitalised anyway: drop it when it is a common word.
  let needsCluster = false;
  let roleOpens = false;
  // "Economist Colen Garrow said": a role that also names a paper or a firm opens the sentence as a role
  if (units.length === 3 && units[0].kind === 'org' && units[0].to - units[0].from === 1 && units[1].kind === 'cap' && units[2].kind === 'cap' && ROLE_NOUNS.has(words[from].text.toLowerCase()) && atSentenceStart(ctx, from)) units[0] = { kind: 'cap', from: units[0].from, to: units[0].to, phrase: undefined };
  if (units.length && units[0].kind === 'cap' && atSentenceStart(ctx, from)) {
    const w = words[from].text;
    const lower = w.toLowerCase();
    const count = units.length;
    const second = units[1]; // (none in a chunk of one unit)
    // "Mike Leigh is...": a first name before a town's name that ends the run is a full name too
    const townAsSurname = count === 2 && second.kind === 'place' && second.to - second.from === 1 && !second.phrase!.nation;
    const firstNameBeforeName = gaz.firstNames.has(w) && !ORG_NOUNS_BEFORE.has(lower) && count > 1 && (second.kind === 'cap' || townAsSurname);
    // "Bank of America said": the first word heads an "X of Y" name and stays
    const headsOfName = count > 1 && second.kind === 'link';
    // "Bookmaker William Hill", "Singer Kenzie": a sentence-initial noun before a name is not part of it
    const nounBeforeName = count > 1 && (ORG_NOUNS_BEFORE.has(lower) || ROLE_NOUNS.has(lower) || (ctx.sport && PLAYING_POSITIONS.has(lower))); // "Hooker Robin McBryde"
    if ((gaz.commonWords.has(lower) || nounBeforeName || (w.charCodeAt(w.length - 1) === 121 && /^[A-Z][a-z]+ly$/.test(w))) && !firstNameBeforeName && !headsOfName) { // ("Clearly": a final y before the pattern)
      // ('"...it was very disappointing," Davies said': a surname that is a word too, speaking in the first person, is named)
      if (count === 1) needsCluster = !firstPersonSpeaker(ctx, from, from);
      else {
        units.shift();
        // "Comedian Harry Hill will host": a person's role opening the sentence before a first name and a surname is a cue, as in lower case
        // "Economist Colen Garrow said": a first name no list holds, when the two words say something
        roleOpens = ROLE_NOUNS.has(lower) && !ROLES_ALSO_OF_COMPANIES.has(lower) && !ORG_NOUNS_BEFORE.has(lower) && units.length === 2 && units[0].kind === 'cap' && (gaz.firstNames.has(words[units[0].from].text) || (units[1].kind === 'cap' && units[0].to - units[0].from === 1 && units[1].to - units[1].from === 1 && sayingAround(ctx, units[1].from, units[0].from)));
      }
    }
    if (needsCluster && ctx.sentenceStarts && !words[from].parts && !roleBefore(ctx, from)) {
      ctx.sentenceStarts.push(units[0]);
      return;
    }
  }
  // "pro-Chavez", "anti-Bush": a name glued after a prefix is one only when the article names it elsewhere
  if (words[from].start !== ctx.doc.tokens[words[from].firstToken].start) {
    if (units.length === 1 && ctx.sentenceStarts) ctx.sentenceStarts.push(units[0]);
    return;
  }
  // "Democrat John Kerry", "Tory Liam Fox", "Lib Dem Norman Baker": a party before a first name and a surname qualifies the person
  // (a firm's name may go on with a first name: "Citigroup Smith Barney")
  if (units.length >= 3 && units[0].kind === 'org' && PARTIES.has(textOf(ctx, units[0].from, units[0].to - 1)) && units[1].to - units[1].from === 1 && (units[1].kind === 'cap' || units[1].kind === 'place') && gaz.firstNames.has(words[units[1].from].text) && units[2].kind !== 'link') units.shift();
  // "US Federal Communications Commission", "the British Retail Consortium": a chunk that ends in an
  // organisation head names the organisation, and the places and titles inside it are part of its name
  // "The Jewel Of The Nile", "Lord Of The Rings": a capitalised "Of" inside makes the run a title
  for (let k = 1; k < units.length; k++) {
    const u = units[k];
    if (u.to - u.from === 1 && words[u.from].text === 'Of') return;
  }
  // "radio DJ Mike Read", "Capital Radio DJ Margherita Taylor", "Olympian Andy Turner", "Sex Pistol John Lydon": words that
  // describe the person before a first name and a surname ending the run are not part of the name
  const described = units.length >= 3 ? describedNameStart(ctx, units) : 0;
  if (described > 0) {
    // the places among those words stay ("Nottingham City Councillor Brian Parbutt")
    if (!units.some((u, k) => k < described && u.kind === 'org')) for (let k = 0; k < described; k++) if (units[k].kind === 'place') emitPlaceUnit(ctx, units[k]);
    units.splice(0, described);
  }
  if (units.length > 1 && venueAt(ctx, units)) {
    const first = units[0].from;
    const last = units[units.length - 1].to - 1;
    pushPlace(ctx, words[first].start, words[last].end, textOf(ctx, first, last), false, true);
    return;
  }
  // "security firm Saint Bernard Software": an organisation noun before the run outweighs an honorific inside it
  if (units.length > 1 && endsInOrganisation(ctx, units) && !firstNameAndNameHead(ctx, units) && !roleAndFirstName(ctx, units) && (!units.some((u) => u.kind === 'honorific') || ORG_NOUNS_BEFORE.has(tokenBefore(ctx, units[0].from)?.text ?? ''))) return;
  // Split the chunk at titles, honorifics and words that are never names.
  // "written by Bollywood composer AR Rahman": a run before a role noun qualifies it, it is not the maker
  // (the noun after the run is looked at only after a role)
  let cue: Cue = (roleOpens || roleBefore(ctx, units[0]?.from ?? from)) && !ROLE_NOUNS.has(tokenAfter(ctx, (units[units.length - 1]?.to ?? from + 1) - 1)?.text ?? '') ? 'role' : 'none';
  let female = false;
  let male = false;
  let honorific: string | undefined;
  let segment: Unit[] = [];
  // (the count and each unit's kind read once, kept beside u: this loop runs as baseline code through a cold run,
  // where each property read is a call to an inline cache; units no longer change)
  const n = units.length;
  for (let k = 0; k < n; k++) {
    let u = units[k];
    let kind = u.kind;
    // "Jean-Claude Van Damme": a town named like a particle, between name words, is the particle
    if (kind === 'place' && u.to - u.from === 1 && k > 0 && k < n - 1 && units[k - 1].kind === 'cap' && units[k + 1].kind === 'cap' && NAME_PARTICLES.has(words[u.from].text.toLowerCase())) {
      u = asCap(u);
      kind = 'cap';
    }
    // "Welshman Jimmy Watkins", "Frenchman Ronald Pognon": a nationality noun reads as a demonym
    if (kind === 'cap' && u.to - u.from === 1 && k < n - 1 && NATIONALITY_NOUNS.has(words[u.from].text)) {
      u = { kind: 'notName', from: u.from, to: u.to, phrase: NATIONALITY_PHRASE };
      kind = 'notName';
    }
    // "Christian Slater": a word that is never a name alone is a first name before a surname that ends the run
    if (kind === 'notName' && k === n - 2 && firstNameBeforeSurname(ctx, u, units[k + 1])) {
      u = asCap(u);
      kind = 'cap';
    }
    // "the Observer's Philip French", "lawyer Louise Christian": a demonym or a word that is a first name too ending the run
    // after a first name, with no noun after it to qualify, is a surname
    if (kind === 'notName' && (u.phrase?.demonym || gaz.firstNames.has(words[u.from].text)) && k > 0 && k === n - 1 && surnameAfterFirstName(ctx, units[k - 1], u)) {
      u = asCap(u);
      kind = 'cap';
    }
    // after an honorific every word is a name: "Mr Fox", "Mrs May", "Mr Jordan"
    // (a title word too when it ends the run and is no form of address: "Mr Champion", not "Mr President")
    // ("Ms King", "Mr Major": after Mr, Mrs, Ms or Miss any rank or title word ending the run is a surname)
    const surnameTitle = (kind === 'title' || kind === 'honorific') && k === n - 1 && units[k - 1]?.kind === 'honorific' && !ADDRESS_TITLES.has(words[u.from].text) && (PLAIN_HONORIFICS.has(words[units[k - 1].from].text) || (kind === 'title' && ROLE_NOUNS.has(words[u.from].text.toLowerCase())));
    if (cue === 'honorific' && segment.length === 0 && (kind === 'org' || kind === 'place' || kind === 'notName' || surnameTitle) && u.to - u.from === 1) {
      u = asCap(u);
      kind = 'cap';
    }
    if (kind === 'honorific' || kind === 'title' || kind === 'notName') {
      // "Constitutional Affairs Committee", "Energy Secretary": unknown words before a title are its modifiers
      if (kind === 'title' && cue === 'none' && segment.length && segment.every((x) => x.kind === 'cap')) segment = [];
      if (segment.length) {
        classifySegment(ctx, segment, cue, { female, male, needsCluster, honorific });
        segment = [];
      }
      if (kind === 'notName') {
        // "Australian Lynton Crosby": a demonym right before a full name reads as a title
        const next = units[k + 1];
        const after = units[k + 2];
        cue = u.phrase?.demonym && nameLike(next) && nameLike(after) && after!.from === next!.to ? 'title' : 'none';
        continue;
      }
      const text = words[u.from].text;
      cue = kind === 'honorific' ? 'honorific' : cue === 'honorific' ? 'honorific' : 'title';
      female ||= FEMALE_HONORIFICS.has(text);
      male ||= MALE_HONORIFICS.has(text);
      if (kind === 'honorific') honorific = text;
      continue;
    }
    segment.push(u);
  }
  if (segment.length) classifySegment(ctx, segment, cue, { female, male, needsCluster, honorific });
}

/** The unit read as an unknown capitalised word. */
function asCap(u: Unit): Unit {
  return { kind: 'cap', from: u.from, to: u.to, phrase: undefined };
}

/** A unit that may be part of a person's name after a demonym: a capitalised word, or a town whose name is a word too. */
function nameLike(x?: Unit): boolean {
  return x?.kind === 'cap' || (x?.kind === 'place' && !!x.phrase?.ambiguous);
}

/**
 * Where a first name and a surname end a run after a word that describes the person (an acronym, a role noun,
 * a nationality noun or a dictionary word: "DJ", "EADS", "Olympian", "Pistol"), else 0. A first name before
 * the first name keeps the run whole ("Kristin Scott Thomas", "Martin Luther King").
 */
function describedNameStart(ctx: Context, units: Unit[]): number {
  const n = units.length;
  if (n < 3) return 0;
  const { gaz, words } = ctx;
  let f = n - 2;
  while (f > 0 && units[f].kind === 'link' && NAME_PARTICLES.has(words[units[f].from].text)) f--; // "Robin van Persie"
  const single = (u: Unit) => u.kind === 'cap' && u.to - u.from === 1;
  if (f < 1 || !single(units[f]) || !single(units[n - 1])) return 0;
  const first = words[units[f].from].text;
  const surname = words[units[n - 1].from].text;
  if (!gaz.firstNames.has(first) || NAME_PARTICLES.has(first.toLowerCase()) || !isNameWord(surname) || ORGANISATION_HEADS.has(surname) || PLACE_HEADS.has(surname)) return 0;
  if (units.some((u) => TITLE_CASE_FUNCTION_WORDS.has(words[u.from].text))) return 0; // "An Audience With Alastair Campbell"
  const before = units[f - 1];
  // (not after a firm's name, which may go on with a first name: "Citigroup Smith Barney")
  const word = words[before.to - 1].text;
  // (a hyphenated office is a role too: "US Treasury Under-Secretary John Taylor")
  const role = (ROLE_NOUNS.has(word.toLowerCase()) && !ORGANISATION_HEADS.has(word)) || /^[A-Z]{2,5}$/.test(word) || (word.includes('-') && gaz.phrases.get(word.slice(word.lastIndexOf('-') + 1))?.kind === 'title');
  if (!single(before) && !(before.kind === 'org' && role && before.to - before.from === 1)) return 0; // "BBC Michael Howard", not "US Court of Appeal"
  if (!role && !NATIONALITY_NOUNS.has(word) && !isDictionaryWord(gaz, word)) return 0;
  if (gaz.commonWords.has(first.toLowerCase()) && isDictionaryWord(gaz, surname) && !role) return 0; // "International Cross Country"
  return f;
}

/** Titles that follow an honorific as a form of address ("Mr President", "Madam Speaker"), not as a surname. */
/** Honorifics that only address a person ("Mr", not "Lord" or "King"): a title word after them is the surname. */
const PLAIN_HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss']);
const ADDRESS_TITLES = new Set(['President', 'Speaker', 'Chairman', 'Chairwoman', 'Chancellor', 'Secretary', 'Minister', 'Mayor', 'Governor', 'Ambassador', 'Commissioner', 'Deputy', 'Justice', 'Judge', 'Prime', 'Chief', 'Leader']);
const NATIONALITY_PHRASE: Phrase = { kind: 'notName', canonical: undefined, ambiguous: undefined, club: undefined, demonym: true, nation: undefined };

function surnameAfterFirstName(ctx: Context, prev: Unit, u: Unit): boolean {
  if (prev.kind !== 'cap' || prev.to - prev.from !== 1 || u.to - u.from !== 1 || prev.to !== u.from) return false;
  const first = ctx.words[prev.from].text;
  // a first name that is a word too needs a person's context after the name: "predicts Oliver Irish, editor of"
  if (!ctx.gaz.firstNames.has(first) || (ctx.gaz.commonWords.has(first.toLowerCase()) && !hasPersonCommaCue(ctx, u.from)) || (prev.from > 0 && ctx.words[prev.from - 1].cap && !hasBreakBetween(ctx, prev.from - 1, prev.from) && !ROLE_NOUNS.has(ctx.words[prev.from - 1].text.toLowerCase()))) return false;
  const after = tokenAfter(ctx, u.from);
  return !after || !STARTS_LOWER.test(after.text) || SAYING_VERBS.has(after.text);
}

function firstNameBeforeSurname(ctx: Context, u: Unit, next: Unit): boolean {
  if (u.to - u.from !== 1 || next.kind !== 'cap' || next.to - next.from !== 1 || u.phrase?.demonym) return false;
  const surname = ctx.words[next.from].text;
  const first = ctx.words[u.from].text;
  if (first.length < 3 || !isNameWord(first) || !ctx.gaz.firstNames.has(first) || ORGANISATION_HEADS.has(surname)) return false;
  // "Jan Berry said", "chairman Jan Berry": the name's own context
  if (isNameWord(surname) && (sayingAround(ctx, next.from, u.from) || roleBefore(ctx, u.from))) return true;
  if (ctx.gaz.firstNames.has(surname)) return false; // not "My Jeeves"
  if (looksLikePersonName(ctx.gaz, [surname])) return true;
  // a surname that is also a word ("Slater") needs a list of people: "Pierce Brosnan, Christian Slater and Richard Gere"
  const after = tokenAfter(ctx, next.from);
  const before = tokenBefore(ctx, u.from);
  return !!after && !!before && (before.text === ',' || before.text === 'and') && (after.text === ',' || after.text === 'and') && ctx.gaz.firstNames.has(tokenAfter(ctx, next.from, 2)?.text ?? '');
}

/** "at the Mercury Theatre", "in the Royal Albert Hall": a theatre or hall where something happens is a place. */
function venueAt(ctx: Context, units: Unit[]): boolean {
  const last = units[units.length - 1];
  if (last.kind !== 'cap' || !VENUE_HEADS.has(ctx.words[last.to - 1].text)) return false;
  const first = units[0].from;
  let before = tokenBefore(ctx, first);
  if (before?.text === 'the') before = ctx.doc.tokens[ctx.words[first].firstToken - 2];
  return !!before && before.sentence === ctx.words[first].sentence && (before.text === 'at' || before.text === 'in');
}
const VENUE_HEADS = new Set(['Theatre', 'Theater', 'Hall', 'Playhouse', 'Coliseum', 'Arena']);

/** "Jude Law", "Shirley Temple": a first name and a head word that is a first name too is a person's name. */
function firstNameAndNameHead(ctx: Context, units: Unit[]): boolean {
  if (units.length !== 2 || units[0].kind !== 'cap' || units[0].to - units[0].from !== 1 || units[1].to - units[1].from !== 1) return false;
  const first = ctx.words[units[0].from].text;
  return ctx.gaz.firstNames.has(first) && !ctx.gaz.commonWords.has(first.toLowerCase()) && ctx.gaz.firstNames.has(ctx.words[units[1].from].text) && !ORG_NOUNS_BEFORE.has(tokenBefore(ctx, units[0].from)?.text ?? '');
}

/** "actress Doris Day", "Sideways star Thomas Hayden Church": a person's role before a first name and one or two words, the last a head word. */
function roleAndFirstName(ctx: Context, units: Unit[]): boolean {
  if (units.length < 2 || units.length > 3 || !units.every((u) => u.kind === 'cap' && u.to - u.from === 1)) return false;
  return ctx.gaz.firstNames.has(ctx.words[units[0].from].text) && roleBefore(ctx, units[0].from) && !ROLES_ALSO_OF_COMPANIES.has(tokenBefore(ctx, units[0].from)!.text);
}

function endsInOrganisation(ctx: Context, units: Unit[]): boolean {
  const last = units[units.length - 1];
  const head = ctx.words[last.to - 1].text;
  // a listed head word alone ("Commission") ends the name too, unless an office follows ("Commission President")
  return ORGANISATION_HEADS.has(head) && (last.kind === 'cap' || (last.kind === 'org' && last.to - last.from === 1 && !titleAfter(ctx, last.to - 1)));
}

/** "striker Wayne Rooney", "adviser Mykhailo Podolyak": a role noun right before the name; or its maker, "directed by Southan Morris". */
function roleBefore(ctx: Context, w: number): boolean {
  const before = tokenBefore(ctx, w);
  if (!before) return false;
  if (before.text === 'by') {
    const verb = ctx.doc.tokens[ctx.words[w].firstToken - 2];
    return !!verb && verb.sentence === ctx.words[w].sentence && AUTHORING_VERBS.has(verb.text);
  }
  if (before.text === ',') return kinBeforeComma(ctx, ctx.words[w].firstToken - 2);
  return (ROLE_NOUNS.has(before.text.toLowerCase()) && !startsUpper(before.text)) || kinDescribedBefore(ctx, w);
}

/** "his wife, ex-model Sandra": a relation and a comma, then a word or two describing the person, before the name. */
function kinDescribedBefore(ctx: Context, w: number): boolean {
  const t = ctx.doc.tokens;
  const k = ctx.words[w].firstToken;
  let comma = k - 2;
  while (comma >= k - 4 && comma > 0 && t[comma].text !== ',') comma--;
  if (comma < k - 4 || comma < 1 || !kinBeforeComma(ctx, comma - 1)) return false;
  for (let j = comma + 1; j < k; j++) if (!LOWER_HYPHENATED.test(t[j].text) || t[j].sentence !== t[k].sentence) return false;
  return true;
}

const KIN_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'His', 'Her', 'Their', 'My', 'Our', 'one']); // ("she leaves one son, Alan")

/** "His mother, Giselle, said": a possessive and a relation only a person has, then a comma before the name. */
function kinBeforeComma(ctx: Context, k: number): boolean {
  const t = ctx.doc.tokens;
  if (k < 1 || !PERSONAL_RELATIONS.has(t[k].text) || t[k - 1].sentence !== t[k].sentence) return false;
  // ("Michael Howard's wife, Sandra", "Michael Howard's ex-model wife, Sandra": a named person's relation)
  const owner = (x: string) => KIN_POSSESSIVES.has(x) || POSSESSIVE_S.has(x);
  return owner(t[k - 1].text) || (k > 1 && t[k - 2].sentence === t[k].sentence && LOWER_HYPHENATED.test(t[k - 1].text) && owner(t[k - 2].text));
}

/** "Michael Howard's wife, Sandra": the surname of the one whose spouse is named by first name alone after the comma, else "". */
function spouseSurname(ctx: Context, first: number): string {
  const t = ctx.doc.tokens;
  const k = ctx.words[first].firstToken - 2; // the relation, before the comma
  if (t[k + 1]?.text !== ',' || !SPOUSES.has(t[k]?.text ?? '')) return '';
  const s = POSSESSIVE_S.has(t[k - 1]?.text ?? '') ? k - 1 : POSSESSIVE_S.has(t[k - 2]?.text ?? '') && LOWER_HYPHENATED.test(t[k - 1].text) ? k - 2 : -1;
  const surname = s > 0 ? t[s - 1] : undefined;
  return surname && surname.sentence === t[k].sentence && isNameWord(surname.text) ? surname.text : '';
}
const SPOUSES = new Set(['wife', 'husband']);

function sayingAround(ctx: Context, lastWord: number, firstWord: number): boolean {
  const after = tokenAfter(ctx, lastWord);
  if (after && SAYING_VERBS.has(after.text)) return true;
  if (after && after.text === ',' && tokenAfter(ctx, lastWord, 2)?.text === 'who') return true;
  const before = tokenBefore(ctx, firstWord);
  return !!before && (before.text === 'said' || before.text === 'says' || before.text === 'told');
}

/**
 * 'Evans said: "..."', '"...," said Hassel.': one word quoted as a speaker. Firms are said to say
 * things too ("Gartner said", "said Gartner"), but seldom with a colon or right after the quotation.
 */
function quotedSpeaker(ctx: Context, first: number, last: number): boolean {
  const after = tokenAfter(ctx, last);
  if (after && SAYING_VERBS.has(after.text) && tokenAfter(ctx, last, 2)?.text === ':') return true;
  const before = tokenBefore(ctx, first);
  if (!before || !SAYING_VERBS.has(before.text)) return false;
  const quote = ctx.doc.tokens[ctx.words[first].firstToken - 2];
  const next = tokenAfter(ctx, last)?.text;
  return !!quote && CLOSING_QUOTES.has(quote.text) && (!next || next === '.' || next === ','); // not "said Gartner analyst Ben Wood"
}
const CLOSING_QUOTES = new Set(['"', '\u201d', "'", '\u2019']);

/**
 * '"It was very disappointing, they didn't give me any help," Davies said', '"I'm so happy," a tearful Claxton told
 * BBC Sport': one word saying words in the first person singular right after them is a person (a firm says "we").
 */
function firstPersonSpeaker(ctx: Context, first: number, last: number): boolean {
  if (!SAYING_VERBS.has(tokenAfter(ctx, last)?.text ?? '')) return false;
  const t = ctx.doc.tokens;
  // back over a few lowercase words ("a tearful", "the 28-year-old") to the quotation's closing mark after its comma
  let j = ctx.words[first].firstToken - 1;
  for (let n = 0; n < 3 && j > 0 && STARTS_LOWER.test(t[j].text); n++) j--;
  if (j < 2 || !(t[j].text === '"' || t[j].text === '\u201d') || !QUOTE_ENDS.has(t[j - 1].text)) return false;
  for (let k = j - 2, n = 0; k >= 0 && n < 120; k--, n++) {
    const w = t[k].text;
    if (w === '"' || w === '\u201c') return false;
    if (w === 'I' || w === 'me' || w === 'my' || w === 'myself' || ((w.charCodeAt(1) === 39 || w.charCodeAt(1) === 0x2019) && w[0] === 'I')) return true; // "I'm", "I've"
  }
  return false;
}
const QUOTE_ENDS = new Set([',', '?', '!']);

/** "Moya, nicknamed Charly": a comma, "nicknamed", and the name right after a capitalised name. */
function nicknameOfPrevious(ctx: Context, first: number): boolean {
  const k = ctx.words[first].firstToken;
  const t = ctx.doc.tokens;
  return t[k - 1]?.text === 'nicknamed' && t[k - 2]?.text === ',' && !!t[k - 3] && startsUpper(t[k - 3].text) && t[k - 3].sentence === t[k].sentence;
}

/** "Juninho's agent", "Evans' wife": a possessive and a relation only a person has. */
function relationAfter(ctx: Context, last: number): boolean {
  if (!POSSESSIVE_MARKS.has(tokenAfter(ctx, last)?.text ?? '')) return false;
  return PERSONAL_RELATIONS.has(tokenAfter(ctx, last, 2)?.text ?? '');
}

function isLocative(ctx: Context, firstWord: number): boolean {
  const before = tokenBefore(ctx, firstWord);
  if (!before) return false;
  if (LOCATIVE_PREPOSITIONS.has(before.text)) return true;
  if (before.text === 'of') {
    const noun = ctx.doc.tokens[ctx.words[firstWord].firstToken - 2];
    return !!noun && PLACE_OF_NOUNS.has(noun.text.toLowerCase());
  }
  return false;
}

function placeNounAfter(ctx: Context, lastWord: number): boolean {
  const after = tokenAfter(ctx, lastWord);
  return !!after && PLACE_HEAD_NOUNS.has(after.text);
}

interface SegmentFlags {
  female: boolean;
  male: boolean;
  needsCluster: boolean;
  /** The honorific right before the name ("Mrs"), kept in a lone surname's full name: "Mrs Howard". */
  honorific?: string;
}

/** The flags for the rest of a segment once its first part is classified: built whole, one object shape. */
function restOf(flags: SegmentFlags): SegmentFlags {
  return { female: flags.female, male: flags.male, needsCluster: false, honorific: flags.honorific };
}

/** (indexOfKind, countOfKind, linkAfterOrganisation: loops, not array methods with a closure, as they run for every segment) */
function indexOfKind(units: Unit[], kind: Unit['kind']): number {
  for (let k = 0; k < units.length; k++) if (units[k].kind === kind) return k;
  return -1;
}

function countOfKind(units: Unit[], kind: Unit['kind']): number {
  let n = 0;
  for (let k = 0; k < units.length; k++) if (units[k].kind === kind) n++;
  return n;
}

/** "Bank of America", "US Department of Justice": an organisation, or its head word, joined by "of" to what follows. */
function linkAfterOrganisation(ctx: Context, units: Unit[]): boolean {
  for (let k = 1; k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'link' && (units[k - 1].kind === 'org' || ORGANISATION_HEADS.has(ctx.words[u.from - 1].text))) return true;
  }
  return false;
}

/**
 * "Mike Lake, a spokesman", "Alexandra Tower said", "costume designer Alexandra Byrne": a person's context, which with a
 * first name outweighs a head word ending or opening the run (asked only then).
 */
function personContextAround(ctx: Context, cue: Cue, first: number, last: number): boolean {
  return cue === 'role' || hasPersonCommaCue(ctx, last) || sayingAround(ctx, last, first);
}

function classifySegment(ctx: Context, units: Unit[], cue: Cue, flags: SegmentFlags): void {
  // (the units' count, ends and kinds, the word lists and the cue read once: this function runs as baseline code through
  // a cold run, where each property read is a call to an inline cache)
  const { words, gaz } = ctx;
  const { firstNames, commonWords } = gaz;
  const n = units.length;
  const head = units[0];
  const tail = units[n - 1];
  const headKind = head.kind;
  const first = head.from;
  const last = tail.to - 1;
  const lastWord = words[last].text;
  const firstWord = words[first].text;
  const startsWithFirstName = n > 1 && firstNames.has(firstWord);
  const byHonorific = cue === 'honorific';
  const byTitle = cue === 'title';
  // "Way Of Life", "Lord Of The Rings": capitalised function words make a title, not a name
  for (let w = first + 1; w <= last; w++) if (TITLE_CASE_FUNCTION_WORDS.has(words[w].text)) return;
  // "St Fintian's High School", "did not attend St Fintian's": a school or church named after a saint
  if (n > 1 && SAINT_WORDS.has(firstWord) && /^['\u2019]s$/.test(tokenAfter(ctx, last)?.text ?? '')) return;
  const personCue = cue !== 'none';
  // "Happy Mondays star Bez", "Little Britain star Matt Lucas": a band, show or film (a place alone stays a place)
  if (!byHonorific && castRoleBeforeName(ctx, last) && !units.every((u) => u.kind === 'place')) return;
  // a role noun ("chief UK economist") does not turn a known place into a person
  const titleCue = byHonorific || byTitle;
  // "Bank Oyens & Van Eeghen", "Bruce & Terry": names joined by "&" name a firm or an act (a headline's "&" is "and": "Henman & Murray claim")
  if (!byHonorific && words[first].sentence !== words[0].sentence && joinedByAmpersand(ctx, first, last)) return;
  // "Former Olympic champion Michael Johnson": after a title word one word before a role noun and a name qualifies the role
  if (byTitle && first === last && !firstNames.has(lastWord) && ROLE_NOUNS.has(tokenAfter(ctx, last)?.text ?? '') && startsUpper(tokenAfter(ctx, last, 2)?.text ?? '')) return;
  // "the next General Election", "the Royal Regiments": after a determiner a title word qualifies a dictionary word, no name
  if (byTitle && first === last && first >= 2 && DETERMINERS.has(words[first - 2].text) && !hasBreakBetween(ctx, first - 2, first - 1) && !hasBreakBetween(ctx, first - 1, first) && isDictionaryWord(gaz, lastWord)) return;

  // "in Parliament Square": a square or street where something is, though an organisation's word names it
  if (n > 1 && tail.kind === 'cap' && STREET_HEADS.has(lastWord) && STREET_PREPOSITIONS.has(tokenBefore(ctx, first)?.text ?? '') && endsLikePlace(ctx, last, true) && !personCue) { // not "in High Street stores"
    pushPlace(ctx, words[first].start, words[last].end, textOf(ctx, first, last), false, true);
    return;
  }
  // Organisations, events and works: "Absa Group", "Ministry of Defence", "Manchester United".
  const orgAt = indexOfKind(units, 'org');
  if (orgAt >= 0 && !(startsWithFirstName && orgAt === n - 1 && n === 2)) {
    // "US Treasury Secretary": places before an office held by a person are still places;
    // "the US Senate", "US Federal Communications Commission" are organisations, not places
    if (orgAt === n - 1 && titleAfter(ctx, last) && units.slice(0, orgAt).every((u) => u.kind === 'place' && !u.phrase!.club)) {
      for (const u of units.slice(0, orgAt)) emitPlaceUnit(ctx, u);
    }
    return;
  }
  if (n > 1 && ORGANISATION_HEADS.has(lastWord) && tail.kind === 'cap' && !byHonorific && !firstNameAndNameHead(ctx, units) && !roleAndFirstName(ctx, units)) return;
  // "Bank of America", "US Department of Justice": an organisation head joined by "of" names the organisation
  if (n > 1 && !byHonorific && linkAfterOrganisation(ctx, units)) return;
  if (n === 1 && headKind === 'cap' && ORGANISATION_HEADS.has(lastWord) && !byHonorific) return;

  // "Bank One", "Temple Bar"; not "(tour manager) Bill Beaumont": a first name before a surname that is no word
  // (the person's context and the surname are asked only after such a head word: most runs have none)
  if (n > 1 && headKind === 'cap' && ORGANISATION_HEADS.has(firstWord) && !(startsWithFirstName && (personContextAround(ctx, cue, first, last) || (n === 2 && isNameWord(lastWord) && !commonWords.has(lastWord.toLowerCase())))) && !byHonorific) return;

  // "hit song Jailhouse Rock", "the film Submission", "the sci-fi thriller Constantine": the title of a work, also
  // when it names a place (not "the blockbuster West End musicals")
  // (a town's name so used is the work in all its mentions: "the sci-fi thriller Constantine ... Constantine, based on the comics")
  if (!personCue && !startsWithFirstName && WORK_NOUNS.has(workNounBefore(ctx, first)) && !WORK_NOUNS.has((tokenAfter(ctx, last)?.text ?? '').replace(/s$/, ''))) {
    if (n === 1 && headKind === 'place') (ctx.things ??= new Set()).add(head.phrase!.canonical ?? textOf(ctx, first, last));
    return;
  }
  // "her version of Giselle", "a new production of Carmen": one word after these is a work, though a
  // person bears the name elsewhere in the corpus
  if (!personCue && first === last && headKind === 'cap' && workOfBefore(ctx, first)) return;

  // "Leicester South": a place and a compass word are one place (a constituency)
  if (n === 2 && headKind === 'place' && units[1].kind === 'cap' && COMPASS_WORDS.has(lastWord) && !personCue) {
    pushPlace(ctx, words[first].start, words[last].end, textOf(ctx, first, last), false);
    return;
  }

  // "the River Thames", "Mount Everest": a feature word before a place makes one place
  if (n === 2 && headKind === 'cap' && FEATURES_BEFORE.has(firstWord) && units[1].kind === 'place' && !personCue) {
    pushPlace(ctx, words[first].start, words[last].end, textOf(ctx, first, last), false);
    return;
  }

  // "North Africa", "West Edmonton": a compass word and a place are one place.
  if (n === 2 && headKind === 'cap' && COMPASS_WORDS.has(firstWord) && units[1].kind === 'place' && !personCue) {
    pushPlace(ctx, words[first].start, words[last].end, textOf(ctx, first, last), false);
    return;
  }

  // "the North East", "the South West": a region of the country
  if (n === 2 && (firstWord === 'North' || firstWord === 'South') && (lastWord === 'East' || lastWord === 'West') && headKind === 'cap' && tail.kind === 'cap' && !personCue) {
    pushPlace(ctx, words[first].start, words[last].end, textOf(ctx, first, last), false);
    return;
  }

  // Facilities and features: "Dolmabahce Palace", "Fratton Park", "Leicester Square".
  const personLikeFirst = startsWithFirstName && headKind === 'cap' && !commonWords.has(firstWord.toLowerCase());
  // "Bookmaker William Hill", "William Hill spokesman" are organisations; "William Hill" alone is only maybe a place
  // "players like Richard Hill", "left-back Wayne Bridge": a first name before a head word that is a common surname, away
  // from a preposition or "the", is a person (not "in Beverly Hills", "to Griffin Park", "the Victoria Park court")
  const surnameHeaded = personLikeFirst && n === 2 && SURNAME_HEADS.has(lastWord) && !PLACE_PREPOSITIONS.has(tokenBefore(ctx, first)?.text ?? '') && !isThe(tokenBefore(ctx, first)?.text ?? '') && !placeNounAfter(ctx, last) && !orgAround(ctx, first, last);
  const placeHeaded = n > 1 && PLACE_HEADS.has(lastWord) && !personCue && !(startsWithFirstName && personContextAround(ctx, cue, first, last)) && !surnameHeaded;
  // "former Buckingham Palace press spokesman": a building standing for its institution holds no town
  if (placeHeaded && headKind === 'place' && tail.kind === 'cap' && orgAround(ctx, first, last)) return;
  if (placeHeaded && !orgAround(ctx, first, last)) {
    // "on George Street": a street is where something is; "Coronation Street", "High Street retailers" are not places
    const onStreet = STREET_HEADS.has(lastWord) && STREET_PREPOSITIONS.has(tokenBefore(ctx, first)?.text ?? '');
    if (lastWord === 'Street' && !onStreet) {
      for (const u of units) if (u.kind === 'place') emitPlaceUnit(ctx, u); // "the UK High Street"
      return;
    }
    pushPlace(ctx, words[first].start, words[last].end, textOf(ctx, first, last), personLikeFirst && !isLocative(ctx, first) && !onStreet && !(n > 2 && knownPlaceAfterComma(ctx, last))); // ("Bryce Canyon National Park, in Utah", not "Richard Hill, England")
    return;
  }

  // "Victoria Hamilton", "JM Barrie", "Denzel Washington": a town's name beside a first name or initials is a surname
  if (n === 2 && nameWithTown(ctx, units)) {
    classifySegment(ctx, units.map((u) => ({ kind: 'cap', from: u.from, to: u.to, phrase: undefined })), cue, flags);
    return;
  }
  // "the United Jewish Israel Appeal": a nation that is also a first name, before a dictionary word, names a body
  if (!byHonorific && n === 2 && startsWithFirstName && headKind === 'place' && head.phrase!.nation && units[1].kind === 'cap' && isDictionaryWord(gaz, lastWord)) return;
  // "Secretary of State John Bolton": a dictionary word before a first name and a town's name qualifies the person
  if (n === 3 && headKind === 'cap' && head.to - head.from === 1 && isDictionaryWord(gaz, firstWord) && nameWithTown(ctx, units.slice(1))) {
    classifySegment(ctx, units.slice(1), cue, restOf(flags));
    return;
  }
  const places = countOfKind(units, 'place');
  // "Hutch India, the largest mobile firm in the country": a name described as a firm holds no place
  if (places && n > 1 && !titleCue && !startsWithFirstName && orgApposition(ctx, last)) return;
  if (places === n) {
    // All places: each is its own mention ("Ukraine" and "Russia" in "Ukraine Russia"), unless
    // a person cue or first name makes the run a person ("Mr Washington", "Chelsea Clinton").
    // "Former Northern Ireland minister", "Former England captain": after a title word and before
    // a role noun, places say where the role is held.
    const qualifiesRole = byTitle && ROLE_NOUNS.has(tokenAfter(ctx, last)?.text ?? '');
    // "his daughter Victoria", "Victoria, a lobbyist,": a person named by a first name that is also a town
    const personByFirstName = n === 1 && firstNames.has(firstWord) && !head.phrase!.nation && (PERSONAL_RELATIONS.has(tokenBefore(ctx, first)?.text ?? '') || (hasPersonCommaCue(ctx, last) && tokenAfter(ctx, last, 3)?.text !== '%'));
    // "Health Canada", "Trade Ireland": a title word before a nation alone names an office, not a person
    if (byTitle && !qualifiesRole && n === 1 && head.phrase!.nation) return;
    if ((!titleCue || qualifiesRole) && !(startsWithFirstName && head.phrase!.ambiguous) && !personByFirstName) {
      for (const u of units) emitPlaceUnit(ctx, u);
      return;
    }
  }
  // "Swansea UAF", "Wales TUC": a place before an unknown acronym is part of an organisation's name
  if (places && n === 2 && headKind === 'place' && tail.kind === 'cap' && /^[A-Z]{2,5}$/.test(lastWord) && lastWord !== 'HQ' && !titleCue) return;
  if (places && places < n && !titleCue && !startsWithFirstName) {
    // "Kenya Airways" is caught above; here places are modifiers of a following name
    // ("London Mayor" was split at the title), so each part is classified alone.
    let rest: Unit[] = [];
    // "US Immigration", "US Customs": one dictionary word after a place names its office, not a person
    const office = (r: Unit[]) => r.length === 1 && r[0].kind === 'cap' && r[0].to - r[0].from === 1 && isDictionaryWord(gaz, words[r[0].from].text);
    for (const u of units) {
      if (u.kind === 'place') {
        if (rest.length && !(office(rest) && rest[0].from > first)) classifySegment(ctx, rest, 'none', restOf(flags));
        rest = [];
        emitPlaceUnit(ctx, u);
      } else rest.push(u);
    }
    if (rest.length && !office(rest)) classifySegment(ctx, rest, 'none', restOf(flags));
    return;
  }

  // A compound of places is two places ("Ukraine-Russia talks").
  if (n === 1 && headKind === 'cap' && words[first].parts && !personCue) {
    const parts = words[first].parts!;
    const asPlaces = parts.map((p) => gaz.phrases.get(phraseKey(p.text)));
    if (asPlaces.every((p) => p?.kind === 'place' || p?.kind === 'notName' || p?.kind === 'org')) {
      parts.forEach((p, k) => {
        const ph = asPlaces[k]!;
        if (ph.kind === 'place' && !(ph.club && isClubSport(ctx))) pushPlace(ctx, p.start, p.end, ph.canonical ?? p.text, false); // "the Derby-Fulham replay"
      });
      return;
    }
  }

  // "Free Mojtaba", "Protect Bloggers": a leading dictionary word is not part of a name
  if (!personCue && n > 1 && headKind === 'cap' && units[1].kind === 'cap' && isDictionaryWord(gaz, firstWord) && !units.some((u) => u.kind === 'link')) {
    classifySegment(ctx, units.slice(1), cue, restOf(flags));
    return;
  }

  // "Santa Monica-based Activision": where a firm is based is a place
  if (!personCue && basedAfter(ctx, last) && !/^[A-Z]+$/.test(lastWord)) { // not "ILO-based figures"
    pushPlace(ctx, words[first].start, words[last].end, textOf(ctx, first, last), false, true);
    return;
  }

  // What remains names a person, or is unknown.
  const nameWords: string[] = [];
  for (let w = first; w <= last; w++) {
    const t = words[w].text;
    const particle = NAME_PARTICLES.has(t) || (w < last && isNameParticle(t, w === first));
    if (!particle && !NAME_SUFFIXES.has(t)) nameWords.push(t.charCodeAt(0) > 96 && LOWER_PREFIXED_SURNAME.test(t) ? t[0].toUpperCase() + t.slice(1) : t); // "diCaprio", then "DiCaprio"
  }
  if (nameWords.length === 0) return;
  // "BitTorrent", "OutKast", "EastEnders", "AstraZeneca": one word with a capital inside after three small letters
  // is a brand, band or show (not "MacDonald", "FitzGerald"; "Lomana LuaLua" has more words)
  if (!personCue && nameWords.length === 1 && CAMEL_CASE.test(nameWords[0]) && !CAMEL_NAME_PREFIX.test(nameWords[0])) return;
  const text = textOf(ctx, first, last);
  const { female, male } = genders();
  const cand = candidate(words[first].start, words[last].end, text, 'person', true, text, nameWords);
  cand.female = flags.female || (nameWords.length > 1 && female.has(nameWords[0]));
  cand.male = flags.male || (nameWords.length > 1 && male.has(nameWords[0]));
  const allCapsAcronym = nameWords.length === 1 && text.length <= 6 && /^[A-Z0-9.&]+$/.test(text);
  if (allCapsAcronym && !personCue) return; // ABC, CRE, WPP: organisations
  cand.org = orgAround(ctx, first, last);
  // "London-based Levy's novel": where one is based says no more than a role does, so Andrea Levy named elsewhere outweighs it
  cand.orgByRole = cand.org && (roleInOrgBefore(ctx, first) || tokenBefore(ctx, first)?.text === 'based');
  if (flags.honorific && nameWords.length === 1 && byHonorific) cand.honorific = flags.honorific;
  // "the Crystal Harmony", "the Amber Spyglass": people are seldom "the X"
  // ("the Charles Manson murders": a first name and a surname qualifying a noun are a person's still)
  const afterThe = !personCue && isThe(tokenBefore(ctx, first)?.text ?? '') && !(startsWithFirstName && headKind === 'cap' && nameWords.length === 2 && !commonWords.has(firstWord.toLowerCase()) && !commonWords.has(lastWord.toLowerCase()) && nounAfter(ctx, last));
  // "International Finance Facility", "BBC Sport Interactive", "Credit Suisse First Boston": after a title word that
  // no person holds alone, dictionary words or a town are more often the rest of a body's name than a surname;
  // unsure, so kept only where a person so named is known (not "President Bush", "Chancellor Brown")
  cand.strong = byHonorific || (byTitle && (!allCommonWords(gaz, nameWords) || ROLE_NOUNS.has(tokenBefore(ctx, first)?.text.toLowerCase() ?? '')));
  cand.firstName = startsWithFirstName && !afterThe;
  if (cand.strong || (startsWithFirstName && !afterThe) || (nameWords.length === 1 && MONONYMS.has(text))) cand.weak = false;
  // "singer Kenzie", "midfielder Edu": a person's role, which outweighs firm-like context elsewhere ("Edu's deal")
  // ("sister company", but "his sister Claire": a relation before a first name is a person's)
  else if (cue === 'role' && nameWords.length === 1 && !afterThe && !cand.org && !(ROLES_ALSO_OF_COMPANIES.has(tokenBefore(ctx, first)?.text ?? '') && !(PERSONAL_RELATIONS.has(tokenBefore(ctx, first)!.text) && firstNames.has(firstWord)))) {
    cand.weak = false;
    cand.strong = true;
    const surname = firstNames.has(firstWord) ? spouseSurname(ctx, first) : '';
    if (surname) {
      cand.name = `${text} ${surname}`;
      cand.nameWords = [text, surname];
    }
  }
  else if (nameWords.length > 1 && !afterThe && !allCommonWords(gaz, nameWords) && (cue === 'role' || sayingAround(ctx, last, first) || hasPersonCommaCue(ctx, last) || looksLikePersonName(gaz, nameWords) || (ctx.sport && nationPossessiveBefore(ctx, first)) || affiliationAfterInitial(ctx, nameWords, last) || ageBefore(ctx, first, last))) cand.weak = false;
  // "Evans said:", "said Hassel", "Juninho's agent": the article itself says one word is a person
  else if (nameWords.length === 1 && n === 1 && headKind === 'cap' && !afterThe && !cand.org && (!commonWords.has(text.toLowerCase()) || surnameInParentheses(ctx, first, last) || firstPersonSpeaker(ctx, first, last)) && (quotedSpeaker(ctx, first, last) || firstPersonSpeaker(ctx, first, last) || relationAfter(ctx, last) || roleApposition(ctx, last) || personalPronounAfter(ctx, last) || bracketedSurname(ctx, first, last) || pairedWithSpeaker(ctx, first, last) || personPredicate(ctx, last) || bracketedFirstName(ctx, first) || ageBefore(ctx, first, last))) {
    cand.weak = false;
    cand.strong = true;
    // "Gethin [Jenkins]", "John (Kirwan)": the first name carries the surname in brackets, so the two are one person
    const t = ctx.doc.tokens;
    const a = words[last].lastToken;
    if ((t[a + 1]?.text === '[' && t[a + 3]?.text === ']') || surnameInParentheses(ctx, first, last)) {
      cand.name = `${text} ${t[a + 2].text}`;
      cand.nameWords = [text, t[a + 2].text];
    }
    // "(Dietmar) Hamann": so does the surname after a bracketed first name
    const given = bracketedFirstName(ctx, first);
    if (given) {
      cand.name = `${given} ${text}`;
      cand.nameWords = [...given.split(' '), text];
      // the bracketed first name is the same person ("Jon Dahl" in "(Jon Dahl) Tomasson")
      const inBrackets = ctx.out[ctx.out.length - 1];
      if (inBrackets?.kind === 'person' && inBrackets.text === given) Object.assign(inBrackets, { name: cand.name, nameWords: cand.nameWords, weak: false });
    }
  } else if (nameWords.length === 1 && n === 1 && headKind === 'cap' && !afterThe && !cand.org && firstNames.has(text) && andAfterSurePerson(ctx, first)) {
    cand.weak = false;
    cand.strong = true;
  }

  // "the sister Xiluodu dam": a place noun after the name outweighs a role word before it
  if (!titleCue && !startsWithFirstName && (placeNounAfter(ctx, last) || (!personCue && isLocative(ctx, first)))) {
    cand.kind = 'place';
    // in someone's words a first name after "in" may be a person's ("faith in Jonatan"), not in narration ("as Ray Charles in Ray")
    cand.locative = !(nameWords.length === 1 && insideQuotation(ctx, first));
    // "in Chalfont St Peter", "Bury St Edmunds": a town named after a saint's parish
    cand.weak = !(placeNounAfter(ctx, last) || precededByPlaceOf(ctx, first) || SAINT_TOWN.test(text) || settlementApposition(ctx, last) || (cand.locative && (knownPlaceBeside(ctx, last) || siteBefore(ctx, first))));
  }
  if (!personCue && !startsWithFirstName && ((nameWords.length === 1 && townBeforeKnownPlace(ctx, first, last)) || (nameWords.length <= 2 && !cand.org && (venueOnDate(ctx, first, last) || worksAt(ctx, first))))) {
    Object.assign(cand, { kind: 'place', locative: true, weak: false });
  }
  if (flags.needsCluster) cand.needsCluster = true;
  if (ctx.sport && nameWords.length > 1 && OFF_FIELD_ROLES.has(tokenBefore(ctx, first)?.text.toLowerCase() ?? '')) cand.offField = true;
  if (nameWords.length === 2 && !titleCue && words[first].sentence === words[0].sentence && atSentenceStart(ctx, first)) cand.opensHeadline = true;
  if (nameWords.length === 1 && !personCue && nicknameOfPrevious(ctx, first)) cand.nickname = true;
  ctx.out.push(cand);
}

/** '"Gethin [Jenkins] won't be"': a surname the editor put in brackets after a first name; both are the person. */
function bracketedSurname(ctx: Context, first: number, last: number): boolean {
  const t = ctx.doc.tokens;
  const k = ctx.words[first].firstToken;
  const a = ctx.words[last].lastToken;
  if (t[a + 1]?.text === '[') return !!t[a + 2] && startsUpper(t[a + 2].text) && t[a + 3]?.text === ']';
  if (surnameInParentheses(ctx, first, last)) return true;
  return t[k - 1]?.text === '[' && t[a + 1]?.text === ']' && !!t[k - 2] && t[k - 2].sentence === t[k].sentence && startsUpper(t[k - 2].text);
}

/**
 * '"(coach) John (Kirwan) has put together"', '"me and Ato (Boldon)"', '"I said to Gareth (Thomas, the Wales captain)"':
 * a first name with a surname in round brackets; a place, firm or office in them says where or what ("Victoria (Australia)").
 */
function surnameInParentheses(ctx: Context, first: number, last: number): boolean {
  const t = ctx.doc.tokens;
  const a = ctx.words[last].lastToken;
  if (first !== last || t[a + 1]?.text !== '(' || (t[a + 3]?.text !== ')' && t[a + 3]?.text !== ',') || !ctx.gaz.firstNames.has(ctx.words[first].text)) return false;
  const surname = t[a + 2].text;
  return isNameWord(surname) && !ctx.gaz.phrases.has(keyOf(surname)) && !ctx.gaz.commonWords.has(surname.toLowerCase());
}

/** '"(Dietmar) Hamann and (Igor) Biscan"', "(Jon Dahl) Tomasson": the first name in brackets before one word, else "". */
function bracketedFirstName(ctx: Context, first: number): string {
  const t = ctx.doc.tokens;
  const k = ctx.words[first].firstToken;
  if (t[k - 1]?.text !== ')' || t[k - 1].end !== ctx.words[first].start - 1) return '';
  const open = t[k - 3]?.text === '(' ? k - 3 : t[k - 4]?.text === '(' && startsUpper(t[k - 2].text) ? k - 4 : -1;
  if (open < 0 || t[open].sentence !== t[k].sentence || !ctx.gaz.firstNames.has(t[open + 1].text)) return '';
  return open === k - 3 ? t[k - 2].text : `${t[k - 3].text} ${t[k - 2].text}`;
}

/** '"Me and Gethin are quite young"', "Gethin and I": one word joined to the speaker is a person. */
function pairedWithSpeaker(ctx: Context, first: number, last: number): boolean {
  const t = ctx.doc.tokens;
  const k = ctx.words[first].firstToken;
  const a = ctx.words[last].lastToken;
  if (t[k - 1]?.text === 'and' && (t[k - 2]?.text === 'Me' || t[k - 2]?.text === 'me') && t[k - 2].sentence === t[k].sentence) return true;
  return t[a + 1]?.text === 'and' && (t[a + 2]?.text === 'I' || t[a + 2]?.text === 'me') && t[a + 2].sentence === t[a].sentence;
}

/**
 * "admitted the 28-year-old Morientes", "Ten-year-old Dakota Fanning will play": an age right before a name ending the
 * run (not "the 25-year-old Dubliner", one from a place, nor "the 24-year-old Reds skipper", a team's player).
 */
function ageBefore(ctx: Context, first: number, last: number): boolean {
  const t = ctx.doc.tokens;
  const k = ctx.words[first].firstToken;
  // the tokenizer splits "28-year-old" at its hyphens
  if (t[k - 1]?.text !== 'old' || t[k - 2]?.text !== '-' || t[k - 3]?.text !== 'year' || t[k - 1].sentence !== t[k].sentence) return false;
  const after = tokenAfter(ctx, last)?.text ?? '';
  if (ROLE_NOUNS.has(after) || PLAYING_POSITIONS.has(after) || after === "'" || after === '\u2019') return false; // not "Nineteen-year-old Blazin' Squad singer Kenzie"
  const word = ctx.words[last].text;
  if (NATIONALITY_NOUNS.has(word)) return false; // "the 31-year-old Dane"
  return !(word.endsWith('er') && ctx.gaz.phrases.get(keyOf(word.slice(0, -2)))?.kind === 'place'); // "Dubliner", "Londoner"
}

/** '"Mefin is a good thinker"', "Edu is a great player": one word said to be a person of some kind. */
function personPredicate(ctx: Context, last: number): boolean {
  const verb = tokenAfter(ctx, last)?.text;
  if (verb !== 'is' && verb !== 'was') return false;
  const article = tokenAfter(ctx, last, 2)?.text;
  if (article !== 'a' && article !== 'an') return false;
  for (let k = 3; k < 6; k++) {
    const t = tokenAfter(ctx, last, k);
    if (!t || !STARTS_LOWER.test(t.text)) return false;
    if (PERSON_KINDS.has(t.text) || (ROLE_NOUNS.has(t.text) && !ROLES_ALSO_OF_COMPANIES.has(t.text))) return true;
  }
  return false;
}
const PERSON_KINDS = new Set(['thinker', 'man', 'guy', 'lad', 'bloke', 'person', 'woman', 'girl', 'boy', 'gentleman', 'competitor', 'professional', 'talent', 'character', 'footballer', 'sportsman']);

/** The word before a title, over an opening quotation mark: "the film 'Ray'". */
function workNounBefore(ctx: Context, first: number): string {
  const before = tokenBefore(ctx, first);
  if (!before || !OPENING_QUOTES.has(before.text)) return before?.text ?? '';
  const t = ctx.doc.tokens[ctx.words[first].firstToken - 2];
  return t && t.sentence === before.sentence ? t.text : '';
}
const OPENING_QUOTES = new Set(["'", '\u2018', '"', '\u201c']);

/** ", in Utah", ", Utah": a known place named right after the comma that follows the name. */
function knownPlaceAfterComma(ctx: Context, last: number): boolean {
  if (tokenAfter(ctx, last)?.text !== ',') return false;
  let t = tokenAfter(ctx, last, 2);
  if (t && TOWN_PREPOSITIONS.has(t.text)) t = tokenAfter(ctx, last, 3);
  const p = t && ctx.gaz.phrases.get(keyOf(t.text));
  return !!p && p.kind === 'place' && !p.club;
}

/** A lowercase word after the name that is no verb or function word ("the Charles Manson murders", not "The Beverly Hillbillies was"). */
function nounAfter(ctx: Context, last: number): boolean {
  const t = tokenAfter(ctx, last)?.text ?? '';
  return LOWER_WORD_3.test(t) && !WORDS_AFTER_A_PLACE.has(t) && !t.endsWith('ed');
}

/** An odd number of double quotation marks between the paragraph's start and word w. */
function insideQuotation(ctx: Context, w: number): boolean {
  // an odd number of double quotation marks between the start of the line and the word (counted by the regular expression engine)
  const { text } = ctx;
  const at = ctx.words[w].start;
  const lineStart = at > 0 ? Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1 : 0;
  return (text.slice(lineStart, at).match(DOUBLE_QUOTES)?.length ?? 0) % 2 === 1;
}
const DOUBLE_QUOTES = /["\u201c\u201d]/g;

/** "Dementieva held her nerve", "Hassall made it clear that he": a verb and a personal pronoun right after one word. */
function personalPronounAfter(ctx: Context, last: number): boolean {
  const verb = tokenAfter(ctx, last);
  if (!verb || !LOWER_WORD_3.test(verb.text) || WORDS_AFTER_A_PLACE.has(verb.text) || !PERSONAL_PRONOUNS.has(tokenAfter(ctx, last, 2)?.text ?? '')) return false;
  return true;
}
const PERSONAL_PRONOUNS = new Set(['his', 'her', 'him', 'himself', 'herself']);

/** "princes William and Harry", "midfielders Edu and Gilberto": one word after "and" and one word a role made a person. */
function andAfterSurePerson(ctx: Context, first: number): boolean {
  const and = tokenBefore(ctx, first);
  const prev = ctx.out[ctx.out.length - 1];
  return !!and && and.text === 'and' && !!prev && prev.end === and.start - 1 && prev.kind === 'person' && !!prev.strong && prev.nameWords.length === 1 && !prev.honorific;
}

/**
 * "H Webb (S Yorkshire)", "D Greaves (Newham and Essex Beagles)": an initial and a surname before a bracketed place
 * or club is a person (a referee's county, an athlete's club).
 */
function affiliationAfterInitial(ctx: Context, nameWords: string[], last: number): boolean {
  if (nameWords.length !== 2 || nameWords[0].length !== 1 || !isNameWord(nameWords[1])) return false;
  return tokenAfter(ctx, last)?.text === '(' && startsUpper(tokenAfter(ctx, last, 2)?.text ?? '');
}

/** "South Africa's Schalk Burger", "Sweden's Mats Wilander": a country's player. */
function nationPossessiveBefore(ctx: Context, first: number): boolean {
  if (!POSSESSIVE_S.has(tokenBefore(ctx, first)?.text ?? '')) return false;
  const nation = ctx.doc.tokens[ctx.words[first].firstToken - 2];
  return !!nation && nation.sentence === ctx.words[first].sentence && ctx.gaz.phrases.get(keyOf(nation.text))?.kind === 'place';
}

function basedAfter(ctx: Context, last: number): boolean {
  const dash = tokenAfter(ctx, last);
  if (!dash || dash.text !== '-' || dash.start !== ctx.words[last].end) return false;
  const based = tokenAfter(ctx, last, 2);
  return !!based && based.text === 'based' && based.start === dash.end;
}

/**
 * "the Mercedes factory in Sindelfingen", "the G8 summit in Gleneagles", "her studio near Llangadfan", "from near
 * Cullumpton": a site or a gathering is somewhere, and "near" places one thing by another (a stake, a role or faith
 * "in" a name is no place).
 */
function siteBefore(ctx: Context, first: number): boolean {
  const prep = tokenBefore(ctx, first);
  if (!prep) return false;
  if (prep.text === 'near') return true;
  if (prep.text !== 'in' && prep.text !== 'at') return false;
  const noun = ctx.doc.tokens[ctx.words[first].firstToken - 2];
  return !!noun && noun.sentence === prep.sentence && SITE_NOUNS.has(noun.text) && !POSSESSIVE_MARKS.has(tokenAfter(ctx, first)?.text ?? ''); // not "works in Carnival's favour"
}
const SITE_NOUNS = new Set(['factory', 'factories', 'plant', 'plants', 'site', 'sites', 'centre', 'center', 'headquarters', 'offices', 'base', 'studio', 'studios', 'prison', 'jail', 'hospital', 'camp', 'summit', 'conference', 'rally', 'festival', 'ceremony', 'parade', 'protest', 'march', 'hotel', 'farm', 'mine', 'refinery', 'airport', 'station', 'school', 'university', 'college', 'church', 'mosque', 'temple', 'village', 'town', 'township', 'born', 'living', 'lives', 'lived', 'based', 'held', 'staged', 'killed', 'arrested', 'buried']);

/**
 * "the Siemens plant at Boscholt makes", "the Fiat Powertrain plant at Arese near Milan": a plant or mine "at" a
 * name is somewhere (not "an analyst at Nomura", not "Peoplesoft's headquarters").
 */
function worksAt(ctx: Context, first: number): boolean {
  const at = tokenBefore(ctx, first);
  if (at?.text !== 'at') return false;
  const noun = ctx.doc.tokens[ctx.words[first].firstToken - 2];
  return !!noun && noun.sentence === at.sentence && WORKS_NOUNS.has(noun.text) && !POSSESSIVE_MARKS.has(tokenAfter(ctx, first)?.text ?? '');
}
const WORKS_NOUNS = new Set(['plant', 'plants', 'factory', 'factories', 'refinery', 'refineries', 'mine', 'mines', 'smelter', 'shipyard', 'prison', 'jail']);

/** "in Cuyo, a 50-family community with no electricity", "in Oksibil, a remote town": the name of a settlement. */
function settlementApposition(ctx: Context, last: number): boolean {
  const comma = tokenAfter(ctx, last);
  const article = tokenAfter(ctx, last, 2);
  if (comma?.text !== ',' || (article?.text !== 'a' && article?.text !== 'an')) return false;
  for (let k = 3; k <= 7; k++) {
    const t = tokenAfter(ctx, last, k);
    if (!t || t.sentence !== comma.sentence) return false;
    if (SETTLEMENT_NOUNS.has(t.text)) return true;
    if (!LOWER_DIGITS_HYPHENATED.test(t.text)) return false;
  }
  return false;
}
const SETTLEMENT_NOUNS = new Set(['village', 'town', 'community', 'settlement', 'hamlet', 'city', 'suburb', 'township']);

/**
 * "in Blomefontein and Cape Town", "in Neasden, north west London", "in Sakhalin, in the far east of Russia", "in
 * Armentieres, about 20 miles from Lille", "in Sakhnin, which is near Haifa": a known place joined to the name, or
 * placed relative to it a few lowercase words on, says the name is a place too.
 */
function knownPlaceBeside(ctx: Context, last: number): boolean {
  const { words } = ctx;
  const next = words[last + 1];
  if (!next || next.sentence !== words[last].sentence || (next.text !== ',' && next.text !== 'and' && next.text !== 'in')) return false;
  const known = (w: number) => {
    const m = words[w]?.cap && words[w].sentence === next.sentence ? phraseAt(ctx, w) : undefined;
    return !!m && m.phrase.kind === 'place' && !m.phrase.club && !m.phrase.ambiguous ? m.length : 0;
  };
  if (next.text === 'and') return known(last + 2) > 0;
  // "in Gleneagles in Perthshire", "in Lucerne, Switzerland from 3-8 May": the region it lies in (not "in Rome, Italy's capital")
  const region = known(last + 2);
  if (region) return !POSSESSIVE_MARKS.has(tokenAfter(ctx, last + 1 + region)?.text ?? '');
  if (next.text === 'in') return false;
  for (let w = last + 2; w <= last + 9 && w < words.length && words[w].sentence === next.sentence; w++) {
    if (LOWER_DIGITS_HYPHENATED.test(words[w].text)) continue;
    if (!known(w)) return false;
    const before = words[w - 1].text;
    return PLACED_BY.has(before) || (before === 'of' && PLACED_BY.has(words[w - 2].text));
  }
  return false;
}
const PLACED_BY = new Set(['near', 'from', 'outside', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'mid', 'outskirts']);

function isNameWord(w: string): boolean {
  return CAP_THEN_LOWER.test(w) && !TITLE_CASE_FUNCTION_WORDS.has(w);
}

function castRoleBeforeName(ctx: Context, last: number): boolean {
  const role = tokenAfter(ctx, last);
  if (!role || !CAST_ROLES.has(role.text)) return false;
  const name = tokenAfter(ctx, last, 2);
  return !!name && startsUpper(name.text);
}

/**
 * "the Glasgow clubs at Parkhead on Sunday", "Borders at Netherdale on Friday night", "4.89 metres in Lievin on
 * Saturday", "a similar case at Ravenhill in January": where something happened on a day is a place (a ground, a town).
 */
function venueOnDate(ctx: Context, first: number, last: number): boolean {
  const before = tokenBefore(ctx, first)?.text;
  if (before !== 'at' && !(before === 'in' && ctx.sport)) return false; // not "starred in Closer in 2004", "shares in Sina on Monday"
  const prep = tokenAfter(ctx, last)?.text ?? '';
  if (prep !== 'on' && prep !== 'in' && prep !== 'last' && prep !== 'this' && prep !== 'next') return false;
  const when = tokenAfter(ctx, last, 2)?.text ?? '';
  return DAYS_AND_MONTHS.has(when) || when === 'weekend' || (prep === 'in' && /^(19|20)\d\d$/.test(when));
}

/** "based in Beaverton, Oregon", "of Woodbridge, Suffolk": an unknown town before its county or state. */
function townBeforeKnownPlace(ctx: Context, first: number, last: number): boolean {
  const before = tokenBefore(ctx, first);
  if (!before || !TOWN_PREPOSITIONS.has(before.text)) return false;
  if (tokenAfter(ctx, last)?.text !== ',') return false;
  // "near Welshpool, mid Wales", "from Bromesberrow, near Ledbury", "stored at Sellafield, in Cumbria,"
  const modifier = tokenAfter(ctx, last, 2)?.text ?? '';
  const k = REGION_MODIFIERS.has(modifier) || modifier === 'near' || modifier === 'in' ? 1 : 0;
  const region = tokenAfter(ctx, last, 2 + k);
  const phrase = region && ctx.gaz.phrases.get(keyOf(region.text));
  if (!phrase || phrase.kind !== 'place' || phrase.club) return false;
  const after = tokenAfter(ctx, last, 3 + k);
  return !after || after.text === ',' || after.text === '.' || after.text === '-';
}
const REGION_MODIFIERS = new Set(['mid', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
const FEATURES_BEFORE = new Set(['River', 'Lake', 'Mount', 'Mt', 'Loch', 'Isle', 'Cape', 'Port', 'County']);
const STREET_HEADS = new Set(['Street', 'Road', 'Lane', 'Avenue', 'Square']);
/** Place heads that are common surnames too (Keith Hill, Graham Lane, Wayne Bridge, Mike Lake). */
const SURNAME_HEADS = new Set(['Hill', 'Hills', 'Lane', 'Bridge', 'Lake']);
const STREET_PREPOSITIONS = new Set(['on', 'in', 'at', 'off', 'along']);
const SAINT_TOWN = new RegExp(String.raw`^\p{Lu}\p{Ll}+ St\.? \p{Lu}\p{Ll}+$`, 'u');
const SAINT_WORDS = new Set(['St', 'St.', 'Saint']);
const TOWN_PREPOSITIONS = new Set(['in', 'of', 'from', 'near', 'at']);

/** A title right after word w ("US Treasury Secretary"). */
function titleAfter(ctx: Context, w: number): boolean {
  const next = ctx.words[w + 1];
  if (!next || next.sentence !== ctx.words[w].sentence || hasBreakBetween(ctx, w, w + 1)) return false;
  return ctx.gaz.phrases.get(keyOf(next.text))?.kind === 'title';
}

/** "Global Insight", "Policy Centre": every word a dictionary word, no first name: not a person's name. */
/** A dictionary word that is not also a first name ("Free", not "Will"). */
function isDictionaryWord(gaz: Gazetteer, word: string): boolean {
  return gaz.commonWords.has(word.toLowerCase()) && !gaz.firstNames.has(word);
}

function allCommonWords(gaz: Gazetteer, nameWords: string[]): boolean {
  return nameWords.every((w) => isDictionaryWord(gaz, w));
}

/** Two or more name-like words none of which is a common word: "Andriy Shevchenko", "Rui Costa". */
function looksLikePersonName(gaz: Gazetteer, nameWords: string[]): boolean {
  if (nameWords.length > 4) return false;
  for (const w of nameWords) if (!PERSON_NAME_WORD.test(w) || gaz.commonWords.has(w.toLowerCase()) || ORGANISATION_HEADS.has(w)) return false;
  return true;
}

/** Context that makes a name an organisation: "rival Xstrata", "chairman of WMC", "Xstrata shares", "Absa said it". */
function orgAround(ctx: Context, first: number, last: number): boolean {
  const b1 = tokenBefore(ctx, first);
  const b1Lower = b1?.text.toLowerCase();
  // (what may outweigh the noun is asked only after one)
  if (b1 && ORG_NOUNS_BEFORE.has(b1Lower!)) {
    // "Broadcaster Chris Evans": a noun people hold too does not make a first name and surname a firm
    const personRole = ROLE_NOUNS.has(b1Lower!) && last > first && ctx.gaz.firstNames.has(ctx.words[first].text);
    // "open-side Martyn Williams", "film-maker Gary Winick": the noun ends a compound that describes a person's
    // role; "-based" does so only before a first name ("US-based Alistair Cragg", not "Florida-based Falic")
    const hyphen = ctx.doc.tokens[ctx.words[first].firstToken - 2];
    const compoundTail = hyphen?.text === '-' && hyphen.end === b1.start && (b1.text !== 'based' || (last > first && ctx.gaz.firstNames.has(ctx.words[first].text)));
    if (!personRole && !compoundTail) return true; // "rival Xstrata", "Bookmaker William Hill"
  }
  if (roleInOrgBefore(ctx, first)) return true;
  let a1 = tokenAfter(ctx, last);
  let k = 1;
  if (a1 && POSSESSIVE_S.has(a1.text)) a1 = tokenAfter(ctx, last, ++k);
  if (!a1) return false;
  if (ORG_NOUNS_AFTER.has(a1.text)) return true;
  // "Buckingham Palace press spokesman"
  // ", said GW Pharma executive chairman Dr Geoffrey Guy"
  if ((a1.text === 'press' || (a1.text === 'executive' && k === 1)) && ORG_NOUNS_AFTER.has(tokenAfter(ctx, last, k + 1)?.text ?? '')) return true; // not "Mackay's executive board"
  const a2 = tokenAfter(ctx, last, k + 1);
  if (k === 1 && SAYING_VERBS.has(a1.text) && a2?.text === 'its') return true;
  return k === 1 && a1.text === ',' && a2?.text === 'which';
}

/** "chairman of WMC", "director for Scorsese": a role and a preposition before the name. */
function roleInOrgBefore(ctx: Context, first: number): boolean {
  const b1 = tokenBefore(ctx, first);
  if (!b1 || !(b1.text === 'of' || b1.text === 'at' || b1.text === 'for')) return false;
  const b2 = ctx.doc.tokens[ctx.words[first].firstToken - 2];
  return !!b2 && b2.sentence === ctx.words[first].sentence && ROLES_IN_ORG.has(b2.text);
}

/** "Tony Blair, 51," / "Maria Hutchings, who" / "Alexandra Tower, a spokeswoman": an age, relative clause or role after a name. */
function hasPersonCommaCue(ctx: Context, last: number): boolean {
  const after = tokenAfter(ctx, last);
  const next = tokenAfter(ctx, last, 2);
  if (!after || after.text !== ',' || !next) return false;
  if (/^\d{1,2}$/.test(next.text) || next.text === 'who' || next.text === 'aged') return true;
  let k = next.text === 'a' || next.text === 'the' ? 3 : 2;
  if (k === 3 && ORDINALS.has(tokenAfter(ctx, last, 3)?.text ?? '')) k++; // "Myskina, the third seed"
  const role = tokenAfter(ctx, last, k);
  return !!role && ROLE_NOUNS.has(role.text) && !POSSESSIVE_S.has(tokenAfter(ctx, last, k + 1)?.text ?? '');
}

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'top', 'former', 'new']);

/** "Myskina, the third seed,", "Evans, 38,": an age or a person's role after one word (not ", who": clubs take it too). */
function roleApposition(ctx: Context, last: number): boolean {
  if (!hasPersonCommaCue(ctx, last)) return false;
  const next = tokenAfter(ctx, last, 2)!.text;
  if (next === 'who' || next === 'aged') return false;
  // the word after the age or role ends the apposition: not "according to Gartner, 95%", "Azkaban, runner-up"
  let k = 3;
  while (k < 6 && !/^\d+$/.test(tokenAfter(ctx, last, k - 1)?.text ?? '') && !ROLE_NOUNS.has(tokenAfter(ctx, last, k - 1)?.text ?? '')) k++;
  return APPOSITION_CLOSERS.has(tokenAfter(ctx, last, k)?.text ?? '');
}
const APPOSITION_CLOSERS = new Set([',', '.', 'of', 'at', 'for', 'in', 'with']);

/** ", the largest mobile firm in", ", a daily Amsterdam newspaper,": an organisation noun heads the apposition after the name. */
function orgApposition(ctx: Context, last: number): boolean {
  if (tokenAfter(ctx, last)?.text !== ',') return false;
  const det = tokenAfter(ctx, last, 2)?.text;
  if (det !== 'a' && det !== 'an' && det !== 'the') return false;
  for (let k = 3; k <= 6; k++) {
    const t = tokenAfter(ctx, last, k);
    if (!t || t.text === ',') return false;
    if (ORG_NOUNS_BEFORE.has(t.text)) {
      const next = tokenAfter(ctx, last, k + 1);
      return !next || !STARTS_LETTER.test(next.text) || APPOSITION_ENDS.has(next.text);
    }
  }
  return false;
}
const APPOSITION_ENDS = new Set(['in', 'of', 'which', 'that', 'based', 'and', 'with', 'for', 'owned', 'run']);

function precededByPlaceOf(ctx: Context, first: number): boolean {
  const before = tokenBefore(ctx, first);
  const noun = ctx.doc.tokens[ctx.words[first].firstToken - 2];
  return !!before && before.text === 'of' && !!noun && PLACE_OF_NOUNS.has(noun.text.toLowerCase());
}

function textOf(ctx: Context, first: number, last: number): string {
  return ctx.text.slice(ctx.words[first].start, ctx.words[last].end);
}

function emitPlaceUnit(ctx: Context, u: Unit): void {
  const { words } = ctx;
  const p = u.phrase!;
  const first = u.from;
  const last = u.to - 1;
  const start = words[first].start;
  const end = words[last].end;
  const before = tokenBefore(ctx, first);
  const beforeText = before?.text ?? '';
  if (p.club && isClubSport(ctx) && beforeText !== 'in' && !basedAfter(ctx, last)) return; // "Liverpool beat Chelsea", not "the Newport-based athlete"
  if (isBrandName(beforeText)) return; // "eBay UK", "iTunes UK": the brand's national arm
  if (SHIP_PREFIXES.has(beforeText)) return; // "HMS Belfast": a ship
  if (!p.nation && joinedByAmpersand(ctx, first, last)) return; // "Bradford & Bingley", "Alliance & Leicester": a firm
  if (ctx.sport && teamRoleAfter(ctx, last)) return; // "England defender Ledley King": the national team
  if (ctx.sport && atSentenceStart(ctx, first) && PLURAL_VERBS.has(tokenAfter(ctx, last)?.text ?? '')) return; // "Edinburgh were not in action": a team
  // "England beat Wales": in a sports story a nation is its team, unless it is where something is
  if (ctx.sport && p.nation && !nationAsPlace(ctx, first, last)) return;
  const locative = isLocative(ctx, first) || placeNounAfter(ctx, last);
  const weak = !!p.ambiguous && !locative && !(before && PLACE_PREPOSITIONS.has(before.text)) && !basedAfter(ctx, last); // "the Washington-based think-tank"
  // "was edged out by Radcliffe", "to challenge Radcliffe": in a story of a sport played by one person, a lone
  // town named like a surname, not where something is, is rather a competitor; weak, so kept where the corpus knows him
  if (weak && first === last && ctx.sport && !isClubSport(ctx)) {
    const text = textOf(ctx, first, last);
    ctx.out.push(candidate(start, end, text, 'person', true, text, [text]));
    return;
  }
  if (namedThing(ctx, first, last)) (ctx.things ??= new Set()).add(p.canonical ?? textOf(ctx, first, last));
  pushPlace(ctx, start, end, p.canonical ?? textOf(ctx, first, last), weak, locative);
  // "deals with Chelsea and Celtic": named beside a club that is no place, it is the club (in the whole article)
  if (p.club && clubBeside(ctx, first, last)) ctx.out[ctx.out.length - 1].club = true;
}

const BRAND_BEFORE = new RegExp(String.raw`^[a-z]{1,2}\p{Lu}\p{Ll}`, 'u');

/** "eBay", "iTunes" (BRAND_BEFORE); most words before a place, "in", "the", have small letters where its capital would be. */
function isBrandName(text: string): boolean {
  const second = text.charCodeAt(1);
  const third = text.charCodeAt(2);
  if (text.length < 3 || (second >= 97 && second <= 122 && third >= 97 && third <= 122)) return false;
  return BRAND_BEFORE.test(text);
}

/** "the", "The", in any case (no regular expression: asked before most names). */
function isThe(text: string): boolean {
  return text.length === 3 && (text === 'the' || text === 'The' || text.toLowerCase() === 'the');
}
const SHIP_PREFIXES = new Set(['HMS', 'USS', 'RMS', 'HMAS', 'HMCS', 'HMNZS', 'MV', 'SS']);

/** A capitalised word and "&" on either side: one name of a firm or an act. */
function joinedByAmpersand(ctx: Context, first: number, last: number): boolean {
  const k = ctx.words[first].firstToken;
  const t = ctx.doc.tokens;
  const sentence = t[k].sentence;
  if (t[k - 1]?.text === '&' && inSentence(t[k - 2], sentence) && startsUpper(t[k - 2].text)) return true;
  const after = ctx.words[last].lastToken + 1;
  return t[after]?.text === '&' && inSentence(t[after + 1], sentence) && startsUpper(t[after + 1].text);
}

function inSentence(t: Token | undefined, sentence: number): boolean {
  return !!t && t.sentence === sentence;
}

/**
 * "As the Aurora limped back", "on the Aurora have got": a town's name after "the", standing alone
 * (not "the Paris office"), names a thing of the article (a ship, a show), in all its mentions.
 */
function namedThing(ctx: Context, first: number, last: number): boolean {
  const before = tokenBefore(ctx, first);
  if (first !== last || !before || (before.text !== 'the' && before.text !== 'The') || !townNames().has(ctx.words[first].text)) return false;
  const next = tokenAfter(ctx, last);
  if (!next || next.sentence !== before.sentence) return true;
  return THING_FOLLOWERS.has(next.text) || LOWER_ED_WORD.test(next.text);
}
/** Words after "the Aurora" that show it stands alone: a verb or a preposition, not a noun it qualifies. */
const THING_FOLLOWERS = new Set(['is', 'was', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'in', 'on', 'at', 'with', 'for', 'as', 'which', 'that', '.', ';', ':', '?', '!']);
let towns: Set<string> | undefined;
function townNames(): Set<string> {
  return (towns ??= new Set((data.cities as string[][]).map((c) => c[0])));
}
/** British English gives a team a plural verb, a town a singular one. */
const PLURAL_VERBS = new Set(['were', 'are', 'have', "'re", 'remain']);

function clubBeside(ctx: Context, first: number, last: number): boolean {
  const isClubOnly = (t?: Token) => {
    const p = t && ctx.gaz.phrases.get(keyOf(t.text));
    return !!p && p.kind === 'org' && !!p.club;
  };
  const joins = (t?: Token) => !!t && (t.text === 'and' || t.text === 'or' || t.text === ',');
  return (joins(tokenAfter(ctx, last)) && isClubOnly(tokenAfter(ctx, last, 2))) || (joins(tokenBefore(ctx, first)) && isClubOnly(ctx.doc.tokens[ctx.words[first].firstToken - 2]));
}

/**
 * In a sports story a nation is where something is ("in Wales", "trip to Ireland") or whose a player
 * is ("Germany's Tommy Haas"); after a result ("losses to Wales") or alone it is the team.
 */
function nationAsPlace(ctx: Context, first: number, last: number): boolean {
  const before = tokenBefore(ctx, first);
  if (before && NATION_AS_PLACE_BEFORE.has(before.text)) {
    const b2 = ctx.doc.tokens[ctx.words[first].firstToken - 2];
    return !(before.text === 'to' && b2 && b2.sentence === before.sentence && RESULT_WORDS.has(b2.text.toLowerCase()));
  }
  if (nationAfterPlaceWords(ctx, first, last)) return true;
  if (basedAfter(ctx, last)) return true; // "US-based Alistair Cragg": where one is based
  // "Northern Ireland man James McIlroy", "Northern Ireland athlete": in a sport played by one person, where one is from
  if (NATIVE_NOUNS.has(tokenAfter(ctx, last)?.text ?? '') && !isClubSport(ctx)) return true;
  if (listedAfterPlace(ctx, first)) return true;
  if (playerOfNation(ctx, first)) return true;
  // "the US investment bank", "a US television programme", "the US tycoon": the country, not its team
  const next = tokenAfter(ctx, last)?.text ?? '';
  if ((before?.text === 'the' || before?.text === 'a' || before?.text === 'an') && (COUNTRY_QUALIFIED.has(next) || ORG_NOUNS_BEFORE.has(next))) return true;
  if (!POSSESSIVE_S.has(tokenAfter(ctx, last)?.text ?? '')) return false;
  if (officeOfNationAfter(ctx, last)) return true;
  const name = tokenAfter(ctx, last, 2);
  const surname = tokenAfter(ctx, last, 3);
  // "Germany's Tommy Haas", "South Africa's Schalk Burger": a first name, or a name that is no word
  const firstName = !!name && (ctx.gaz.firstNames.has(name.text) || (isNameWord(name.text) && !ctx.gaz.commonWords.has(name.text.toLowerCase()) && !ctx.gaz.phrases.has(keyOf(name.text))));
  return firstName && !!surname && startsUpper(surname.text) && surname.start === name!.end + 1;
}
const NATIVE_NOUNS = new Set(['man', 'woman', 'girl', 'boy', 'lad', 'athlete', 'runner', 'sprinter', 'hurdler', 'golfer', 'boxer']);
/**
 * "Spain's Football Federation", "Spain's anti-violence commission", "Spain's minister of sport": a body or
 * an office of the nation a few words after its possessive is the country's, not its team's.
 */
function officeOfNationAfter(ctx: Context, last: number): boolean {
  for (let k = 2; k < 5; k++) {
    const t = tokenAfter(ctx, last, k);
    if (!t || !STARTS_LETTER.test(t.text) || ctx.gaz.firstNames.has(t.text)) return false;
    if (NATION_OFFICES.has(t.text.toLowerCase())) return true;
  }
  return false;
}
const NATION_OFFICES = new Set([
  'federation', 'association', 'commission', 'committee', 'council', 'board', 'agency', 'authorities', 'government', 'parliament',
  'ministry', 'minister', 'department', 'embassy', 'ambassador', 'president', 'premier', 'police', 'court', 'courts', 'army',
]);

/** "performed in Zimbabwe and Guinea", "in France, Italy and Spain": a list of places opened by "in" goes on with places. */
function listedAfterPlace(ctx: Context, first: number): boolean {
  const t = ctx.doc.tokens;
  const sentence = ctx.words[first].sentence;
  let k = ctx.words[first].firstToken - 1;
  // a comma right before joins a list only if the list goes on ("in Cardiff, Wales must" is a new clause)
  if (t[k]?.text === ',' && !LIST_JOINS.has(t[ctx.words[first].lastToken + 1]?.text ?? '')) return false;
  for (let n = 0; n < 4; n++) {
    const join = t[k];
    const place = t[k - 1];
    if (!join || !place || place.sentence !== sentence || !LIST_JOINS.has(join.text)) return false;
    if (ctx.gaz.phrases.get(keyOf(place.text))?.kind !== 'place') return false;
    const before = t[k - 2];
    // not "runners-up to France and England", "losses to Wales and France": results against teams
    if (before && before.sentence === sentence && NATION_AS_PLACE_BEFORE.has(before.text)) return before.text !== 'to';
    k -= 2;
  }
  return false;
}
const LIST_JOINS = new Set(['and', 'or', ',']);

/** Nouns after "the US ..." that are the country's, not its team's. */
const COUNTRY_QUALIFIED = new Set(['investment', 'television', 'tv', 'tycoon', 'entrepreneur', 'businessman', 'billionaire', 'bidder', 'investor', 'investors', 'government', 'economy', 'market', 'industry', 'embassy', 'army', 'military', 'version', 'edition', 'release', 'media', 'press', 'public']);

/** "Francesca Schiavone of Italy", "Nicole Vaidisova of the Czech Republic": the player's nation. */
function playerOfNation(ctx: Context, first: number): boolean {
  let k = ctx.words[first].firstToken - 1;
  if (ctx.doc.tokens[k]?.text === 'the') k--;
  const of = ctx.doc.tokens[k];
  const surname = ctx.doc.tokens[k - 1];
  const name = ctx.doc.tokens[k - 2];
  if (!of || of.text !== 'of' || !surname || !name || of.sentence !== ctx.words[first].sentence) return false;
  return startsUpper(surname.text) && ctx.gaz.firstNames.has(name.text) && surname.start === name.end + 1;
}
const RESULT_WORDS = new Set(['loss', 'losses', 'lost', 'lose', 'losing', 'defeat', 'defeats', 'defeated', 'beaten', 'slumped', 'succumbed', 'fell', 'draw', 'drew']);

/**
 * "little-known in the UK until", "move back to the US and", "the Lions tour of Australia", "leave for
 * New Zealand": where something is; "in the England squad" (a noun follows) is still the team.
 */
function nationAfterPlaceWords(ctx: Context, first: number, last: number): boolean {
  const k = ctx.words[first].firstToken;
  const before = ctx.doc.tokens[k - 1];
  const b2 = ctx.doc.tokens[k - 2];
  if (!before || !b2 || b2.sentence !== before.sentence || before.sentence !== ctx.words[first].sentence) return false;
  if (before.text === 'of') return b2.text === 'tour' || b2.text === 'tours';
  if (before.text === 'for') return DEPARTURE_WORDS.has(b2.text);
  const b3 = ctx.doc.tokens[k - 3];
  // "in Pattaya, Thailand, on Tuesday", "clubs from Scandinavia, Russia and eastern Europe": the country of a town
  // or beside a region ("in Dublin, Ireland tore into" is the team: a verb follows)
  if (before.text === ',') {
    const known = ctx.gaz.phrases.get(keyOf(b2.text));
    const town = startsUpper(b2.text) && ((known?.kind === 'place' && !known.nation && !known.club) || (!known && !!b3 && b3.sentence === b2.sentence && TOWN_PREPOSITIONS.has(b3.text)));
    return town && endsLikePlace(ctx, last, false);
  }
  if (before.text !== 'the' || !NATION_AS_PLACE_BEFORE.has(b2.text)) return false;
  if (b2.text === 'to' && b3 && b3.sentence === b2.sentence && RESULT_WORDS.has(b3.text.toLowerCase())) return false; // "defeat to the United States"
  return endsLikePlace(ctx, last, true);
}

/**
 * What follows a name that is where something is: punctuation, a preposition or conjunction (or, when
 * `verbs`, a verb: "in the US have vowed"), not a noun it qualifies.
 */
function endsLikePlace(ctx: Context, last: number, verbs: boolean): boolean {
  const next = tokenAfter(ctx, last);
  if (!next || !STARTS_LETTER.test(next.text)) return true;
  // "to the England and Leicester cause": a second name after "and" is still a qualifier
  if ((next.text === 'and' || next.text === 'or') && startsUpper(tokenAfter(ctx, last, 2)?.text ?? '')) return false;
  return WORDS_AFTER_A_PLACE.has(next.text) && (verbs || !VERBS_AFTER_A_PLACE.has(next.text));
}
const DEPARTURE_WORDS = new Set(['leave', 'leaves', 'left', 'leaving', 'depart', 'departs', 'departed', 'bound', 'head', 'heads', 'headed', 'fly', 'flies', 'flew', 'set', 'sets']);
const WORDS_AFTER_A_PLACE = new Set([
  'and', 'or', 'but', 'as', 'until', 'since', 'for', 'with', 'in', 'on', 'at', 'to', 'from', 'by', 'is', 'was', 'are', 'were', 'has',
  'have', 'had', 'will', 'would', 'could', 'can', 'where', 'when', 'while', 'who', 'which', 'that', 'this', 'last', 'next', 'before',
  'after', 'because', 'so', 'if', 'than', 'during', 'over', 'earlier', 'later', 'yet',
]);
const VERBS_AFTER_A_PLACE = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can']);

/**
 * A first name and a town ("Victoria Hamilton"), initials and a town ("JM Barrie", "H Southwell"), or a
 * name word beside a town whose name needs context (a word, first name or small town's: "Denzel
 * Washington", "Girvan Dempsey"): a person's name.
 * Not nations ("Telekom Austria"), nor in a place's context ("in Victoria Park" ends in a place head).
 */
function nameWithTown(ctx: Context, units: Unit[]): boolean {
  if (units.length !== 2) return false;
  const a = units[0];
  const b = units[1];
  // (the kinds asked first: most pairs, "Tony Blair", hold no town)
  const townFirst = a.kind === 'place' && b.kind === 'cap';
  if (!townFirst && (b.kind !== 'place' || b.phrase!.nation || (a.kind !== 'place' && a.kind !== 'cap'))) return false;
  if (a.to - a.from !== 1 || b.to - b.from !== 1 || isLocative(ctx, a.from)) return false;
  const w = ctx.words[a.from].text;
  // "Girvan Dempsey": a town's name that needs context (a small town's, a word's) before a name word
  // ("sound engineer Thorne Nogar": any town's name, after a person's role)
  if (townFirst) return !a.phrase!.nation && (!!a.phrase!.ambiguous || roleBefore(ctx, a.from)) && isUncommonNameWord(ctx.gaz, ctx.words[b.from].text);
  if (a.kind === 'place') return !a.phrase!.nation && ctx.gaz.firstNames.has(w);
  if (INITIALS.test(w)) return !/^[NSEW]{1,2}$/.test(w); // not "S Africa", "W Yorkshire"
  // "John Bolton", "Stuart Barnsley": a first name before a town's name (one that is also a word only inside a sentence: not "Will Bolton ...?")
  if (ctx.gaz.firstNames.has(w) && (!ctx.gaz.commonWords.has(w.toLowerCase()) || !atSentenceStart(ctx, a.from))) return true;
  return !!b.phrase!.ambiguous && isUncommonNameWord(ctx.gaz, w);
}

/** A name word that is no dictionary word nor organisation head ("Dempsey", not "Park" or "Group"). */
function isUncommonNameWord(gaz: Gazetteer, word: string): boolean {
  return isNameWord(word) && !gaz.commonWords.has(word.toLowerCase()) && !ORGANISATION_HEADS.has(word);
}

/**
 * A sports role right after a name ("England coach", "Wales' captain"): the name is a team. After a
 * possessive the role or result may come a few words on ("Ireland's RBS Six Nations squad",
 * "England's 18-17 defeat", "Wales' first win").
 */
function teamRoleAfter(ctx: Context, last: number): boolean {
  const after = tokenAfter(ctx, last);
  let k = 1;
  const possessive = !!after && POSSESSIVE_MARKS.has(after.text);
  if (!possessive) return !!after && TEAM_ROLES.has(after.text);
  for (let n = 0; n < 5; n++) {
    const t = tokenAfter(ctx, last, ++k);
    // not "Sweden's Jenny Kallur to win": a player of the nation (see nationAsPlace)
    if (!t || !STARTS_LETTER_OR_DIGIT.test(t.text) || ctx.gaz.firstNames.has(t.text)) return false;
    if (TEAM_ROLES.has(t.text) || MATCH_RESULTS.has(t.text)) return true;
  }
  return false;
}
const MATCH_RESULTS = new Set(['defeat', 'win', 'victory', 'loss', 'draw', 'triumph', 'comeback', 'campaign']);

function pushPlace(ctx: Context, start: number, end: number, canonical: string, weak: boolean, locative = false): void {
  const text = ctx.text.slice(start, end);
  const place = candidate(start, end, text, 'place', weak, canonical, [text]);
  place.locative = locative;
  place.known = true;
  ctx.out.push(place);
}

// ---------------------------------------------------------------------------------------------
// Clustering within the article

interface Cluster {
  id: number;
  kind: EntityKind;
  weak: boolean;
  /** Fullest name: for people the longest name written, for places the canonical name. */
  fullName: string;
  nameWords: string[];
  female: boolean;
  male: boolean;
  firstAt: number;
  /** Named after a role off the field ("coach Andy Robinson"). */
  offField: boolean;
}

/**
 * The article's candidates as mentions, each with its cluster's local id. Each step is a function of its own:
 * a small function is compiled sooner and more cheaply in a fresh isolate than one that holds them all.
 */
function cluster(cands: Candidate[], gaz: Gazetteer, curation?: Curation): NameMention[] {
  cands.sort((a, b) => a.start - b.start);
  const ignore: ReadonlySet<string> = curation?.ignore?.length ? new Set(curation.ignore) : NO_WORDS;
  // A Map, not the object: indexing an object with a fresh string interns it (a third of this function's time)
  const kindMap = curation?.kinds ? new Map(Object.entries(curation.kinds)) : undefined;
  const kindOf: KindOf = kindMap?.size ? (a: string, b: string) => kindMap.get(a) ?? kindMap.get(b) : noCuratedKind;
  const clusters: Cluster[] = [];
  const assigned: Array<Cluster | undefined> = new Array(cands.length);

  // Curation first: a name the reader marked is what the reader says.
  if (kindMap?.size) applyCuratedKinds(cands, kindOf, gaz);
  clusterFullNames(cands, clusters, assigned);

  // "Mefin Davies" in the report and "M Davies" in its team sheet: the sheet settles the unsure full name
  for (const cl of clusters) if (cl.weak && initialledIn(clusters, cl)) cl.weak = false;

  clusterSingleWords(cands, clusters, assigned);
  const hidden = hiddenClusters(cands, assigned);
  return mentionsOf(cands, assigned, hidden, ignore, kindOf);
}

/** The kind curation gives a name, if any, by its text or else by its (full) name. */
type KindOf = (a: string, b: string) => string | undefined;
const noCuratedKind: KindOf = () => undefined;
const NO_WORDS: ReadonlySet<string> = new Set();

function applyCuratedKinds(cands: Candidate[], kindOf: KindOf, gaz: Gazetteer): void {
  for (const c of cands) {
    const forced = kindOf(c.text, c.name);
    if (forced === 'person' || forced === 'place') {
      c.kind = forced;
      c.weak = false;
      if (forced === 'place') c.name = gaz.placeCanonical.get(phraseKey(c.text)) ?? c.name;
    }
  }
}

function clusterFullNames(cands: Candidate[], clusters: Cluster[], assigned: Array<Cluster | undefined>): void {
  // 1. People named with two or more words make the clusters ("Tony Blair", "Recep Tayyip Erdogan").
  const people = new Map<string, Cluster>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.kind !== 'person' || c.nameWords.length < 2) continue;
    let cl = people.get(c.name);
    if (!cl) cl = longerFormOf(clusters, c.nameWords);
    if (!cl && c.nameWords.length === 2) cl = clusterByInitial(clusters, c);
    if (!cl) {
      cl = { id: clusters.length, kind: 'person', weak: c.weak, fullName: c.name, nameWords: c.nameWords, female: !!c.female, male: !!c.male, firstAt: c.start, offField: false };
      clusters.push(cl);
    }
    people.set(c.name, cl);
    cl.weak &&= c.weak;
    cl.offField ||= !!c.offField;
    cl.female ||= !!c.female;
    cl.male ||= !!c.male;
    assigned[i] = cl;
  }
}

/** "Tayyip Erdogan" after "Recep Tayyip Erdogan": the person named earlier with more words that end in these. */
function longerFormOf(clusters: Cluster[], nameWords: string[]): Cluster | undefined {
  for (let k = 0; k < clusters.length; k++) {
    const cl = clusters[k];
    if (cl.kind === 'person' && cl.nameWords.length > nameWords.length && endsWithWords(cl.nameWords, nameWords)) return cl;
  }
  return undefined;
}

/**
 * "Chris Jones" in the report and "C Jones" in its team sheet: one person, if no one else fits the
 * initial; the cluster takes the name in full. Apart from clusterFullNames: a fit, rare and met late
 * in a cold run, would deoptimise its compiled code.
 */
function clusterByInitial(clusters: Cluster[], c: Candidate): Cluster | undefined {
  let cl: Cluster | undefined;
  let fits = 0;
  for (let k = 0; k < clusters.length; k++) {
    if (clusters[k].kind !== 'person' || !initialFits(clusters[k].nameWords, c.nameWords)) continue;
    cl = clusters[k];
    fits++;
  }
  if (fits !== 1 || !cl) return undefined;
  if (INITIALS.test(cl.nameWords[0])) {
    cl.fullName = c.name;
    cl.nameWords = c.nameWords;
  }
  return cl;
}

function clusterSingleWords(cands: Candidate[], clusters: Cluster[], assigned: Array<Cluster | undefined>): void {
  // 2. Single words: a surname or first name of a cluster, else a place, else their own person.
  const fullNames = indexFullNames(clusters);
  const placeByName = new Map<string, Cluster>();
  const singles = new Map<string, Cluster[]>();
  for (let i = 0; i < cands.length; i++) {
    if (assigned[i]) continue;
    const c = cands[i];
    const word = c.nameWords.length === 1 ? c.nameWords[0] : undefined;
    const named = c.nickname && i > 0 && assigned[i - 1]?.kind === 'person' ? assigned[i - 1] : undefined;
    if (named) {
      // "Moya, nicknamed Charly": "Charly" is Moya from here on
      assigned[i] = named;
      singles.set(c.name, [named]);
      continue;
    }
    const person = word && !(c.kind === 'place' && c.locative && c.known) ? personFor(clusters, fullNames, word, c) : undefined;
    if (person) {
      assigned[i] = person;
      c.kind = 'person';
      if (!c.weak && c.nameWords.length === 1) person.weak = false;
      continue;
    }
    if (c.needsCluster) {
      // a sentence-initial common word that names nothing already seen
      const seen = placeByName.get(c.name) ?? singles.get(c.name)?.find((k) => !k.weak);
      if (seen) assigned[i] = seen;
      continue;
    }
    if (c.kind === 'place') {
      let cl = placeByName.get(c.name);
      if (!cl) {
        cl = { id: clusters.length, kind: 'place', weak: c.weak, fullName: c.name, nameWords: [c.name], female: false, male: false, firstAt: c.start, offField: false };
        clusters.push(cl);
        placeByName.set(c.name, cl);
      }
      cl.weak &&= c.weak;
      assigned[i] = cl;
      continue;
    }
    // Lone surnames: "Mr Howard" and "Mrs Howard" are two people, "Howard" goes with the first seen.
    const same = singles.get(c.name);
    let cl = same && sameGenderIn(same, c);
    const fullName = c.honorific && (c.female || c.male) ? `${c.honorific} ${c.name}` : c.name;
    if (!cl) {
      cl = { id: clusters.length, kind: 'person', weak: c.weak, fullName, nameWords: c.nameWords, female: !!c.female, male: !!c.male, firstAt: c.start, offField: false };
      clusters.push(cl);
      if (same) same.push(cl);
      else singles.set(c.name, [cl]);
    } else if ((c.female && !cl.female) || (c.male && !cl.male)) {
      cl.female ||= !!c.female;
      cl.male ||= !!c.male;
      cl.fullName = fullName;
    }
    cl.weak &&= c.weak;
    assigned[i] = cl;
  }
}

/** The first of the lone names' clusters that the candidate's gender (from its honorific) does not rule out. */
function sameGenderIn(clusters: Cluster[], c: Candidate): Cluster | undefined {
  for (let k = 0; k < clusters.length; k++) if (c.female ? !clusters[k].male : c.male ? !clusters[k].female : true) return clusters[k];
  return undefined;
}

/** The clusters that make no mentions: people that are organisations, places that are clubs. */
function hiddenClusters(cands: Candidate[], assigned: Array<Cluster | undefined>): ReadonlySet<Cluster> {
  // most articles have no candidate that context calls an organisation or a club: then none is hidden
  let i = 0;
  while (i < cands.length && !(assigned[i] && (cands[i].org || cands[i].club))) i++;
  return i < cands.length ? organisationsAndClubs(cands, assigned) : NO_CLUSTER_SET;
}
const NO_CLUSTER_SET: ReadonlySet<Cluster> = new Set();

function organisationsAndClubs(cands: Candidate[], assigned: Array<Cluster | undefined>): Set<Cluster> {
  // 3. A person cluster that context calls an organisation ("Xstrata shares") and nothing
  //    calls a person (title, first name) is an organisation.
  //    A first name ("Martin Scorsese") outweighs only a role before the name ("director for Scorsese").
  const orgLike = new Set<Cluster>();
  const strongly = new Set<Cluster>();
  const orgOnlyByRole = new Set<Cluster>();
  const firstNamed = new Set<Cluster>();
  const clubs = new Set<Cluster>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const cl = assigned[i];
    if (!cl) continue;
    if (c.org && c.orgByRole) orgOnlyByRole.add(cl);
    if (c.org) orgLike.add(cl);
    if (c.strong) strongly.add(cl);
    if (c.firstName) firstNamed.add(cl);
    if (c.club && cl.kind === 'place') clubs.add(cl);
  }
  for (let i = 0; i < cands.length; i++) if (cands[i].org && !cands[i].orgByRole) orgOnlyByRole.delete(assigned[i]!);
  for (const cl of orgOnlyByRole) if (firstNamed.has(cl)) orgLike.delete(cl);
  const hidden = clubs;
  for (const cl of orgLike) if (cl.kind === 'person' && !strongly.has(cl)) hidden.add(cl);
  return hidden;
}

function mentionsOf(cands: Candidate[], assigned: Array<Cluster | undefined>, hidden: ReadonlySet<Cluster>, ignore: ReadonlySet<string>, kindOf: KindOf): NameMention[] {
  const out: NameMention[] = [];
  const localIds = new Map<Cluster, number>();
  for (let i = 0; i < cands.length; i++) {
    const cl = assigned[i];
    if (!cl) continue;
    if (hidden.has(cl)) continue;
    const c = cands[i];
    if (ignore.size && (ignore.has(c.text) || ignore.has(cl.fullName))) continue;
    if (kindOf !== noCuratedKind && kindOf(c.text, cl.fullName) === 'other') continue;
    let local = localIds.get(cl);
    if (local === undefined) {
      local = localIds.size;
      localIds.set(cl, local);
    }
    const m: NameMention = { start: c.start, end: c.end, text: c.text, kind: cl.kind, local, fullName: cl.fullName };
    if (cl.weak) m.weak = true;
    out.push(m);
  }
  return out;
}

const INITIALS = /^[A-Z]{1,2}$/;
const GLUED_INITIALS = /^[A-Z]{2,3}$/;
const DETERMINERS = new Set(['the', 'The', 'a', 'A', 'next', 'last', 'this', 'its', 'their']);
const CAMEL_CASE = new RegExp(String.raw`^\p{Lu}\p{Ll}{2,}\p{Lu}`, 'u');
const CAMEL_NAME_PREFIX = new RegExp(String.raw`^(Mac|Fitz|Van|Von|Della|Del)\p{Lu}`, 'u');
const OFF_FIELD_ROLES = new Set(['coach', 'manager', 'boss', 'referee', 'chairman', 'selector', 'physio', 'director', 'president', 'owner', 'pundit', 'commentator']);

/**
 * "Faultless Federer has no equal ... Roger Federer": a word opening the headline before the surname of someone
 * the article names in full with another first name is no first name (an adjective, a noun), unless the article
 * repeats the pair ("Huw Stephens": a first name the list lacks): the mention is the surname.
 */
function dropWordsBeforeSurnames(cands: Candidate[], gaz: Gazetteer): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!c.opensHeadline || c.kind !== 'person' || c.firstName || c.strong || gaz.firstNames.has(c.nameWords[0]) || !CAP_WORD_3.test(c.nameWords[0])) continue;
    if (cands.some((d) => d !== c && d.name === c.name)) continue;
    const surname = c.nameWords[1];
    if (!c.text.endsWith(` ${surname}`) || c.text.length !== c.nameWords[0].length + surname.length + 1) continue;
    const named = cands.some((d) => d.kind === 'person' && d.firstName && d.nameWords.length > 1 && d.nameWords[d.nameWords.length - 1] === surname && d.nameWords[0] !== c.nameWords[0]);
    if (!named) continue;
    c.start = c.end - surname.length;
    c.text = surname;
    c.name = surname;
    c.nameWords = [surname];
  }
}

/** A sure "M Davies" for the unsure "Mefin Davies": same surname, the initial of its first name. */
function initialledIn(clusters: Cluster[], cl: Cluster): boolean {
  const words = cl.nameWords;
  if (words.length !== 2) return false;
  return clusters.some((k) => !k.weak && k.nameWords.length === 2 && k.nameWords[1] === words[1] && INITIALS.test(k.nameWords[0]) && words[0].startsWith(k.nameWords[0][0]) && words[0].length > 2);
}

/** "C Jones" and "Chris Jones", either way round: same surname, an initial and a first name it begins. */
function initialFits(a: string[], b: string[]): boolean {
  if (a.length !== 2 || b.length !== 2 || a[1] !== b[1]) return false;
  const [initial, first] = INITIALS.test(a[0]) ? [a[0], b[0]] : [b[0], a[0]];
  return initial.length === 1 && INITIALS.test(initial) && first.length > 2 && !INITIALS.test(first) && first.startsWith(initial);
}

function endsWithWords(full: string[], part: string[]): boolean {
  if (part.length > full.length) return false;
  for (let k = 1; k <= part.length; k++) if (full[full.length - k] !== part[part.length - k]) return false;
  return true;
}

/** The person cluster a single word refers to: by surname, else by first name; gender breaks ties. */
const WORD_BEFORE = new RegExp(String.raw`(\p{L}+)\s+$`, 'u');

function markRelatives(candidates: Candidate[], text: string): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.nameWords.length === 1 && PERSONAL_RELATIONS.has(wordBefore(text, c.start).toLowerCase())) c.relative = true;
  }
}

/**
 * The letters before the spaces before text[at] ("his son Nick": "son"), read no further back than 24 characters; ''
 * if none. ASCII is read by character codes; where a run stops at a character outside ASCII, which may be a space or
 * a letter, WORD_BEFORE decides.
 */
function wordBefore(text: string, at: number): string {
  const from = Math.max(0, at - 24);
  let spaces = at;
  while (spaces > from && isAsciiSpace(text.charCodeAt(spaces - 1))) spaces--;
  let letters = spaces;
  while (letters > from && isAsciiLetter(text.charCodeAt(letters - 1))) letters--;
  if (letters > from && text.charCodeAt(letters - 1) > 127) return WORD_BEFORE.exec(text.slice(from, at))?.[1] ?? '';
  return spaces < at && letters < spaces ? text.slice(letters, spaces) : '';
}

/** The ASCII characters of \s: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * A relative named by first name joins someone named in full later only if that surname is the
 * family's, already named: "Ozzy Osbourne ... his wife Sharon ... Sharon Osbourne" is one person,
 * "Michael Howard ... his son Nick ... student Nick Vaughan" two.
 */
function familyNamedBefore(clusters: Cluster[], later: Cluster, at: number): boolean {
  const surname = later.nameWords[later.nameWords.length - 1];
  return clusters.some((k) => k !== later && k.kind === 'person' && k.firstAt < at && k.nameWords.length > 1 && k.nameWords[k.nameWords.length - 1] === surname);
}

/** People named with two or more words, by surname and by first name, in cluster order. */
interface FullNames {
  bySurname: Map<string, Cluster[]>;
  byFirstName: Map<string, Cluster[]>;
}

/**
 * Indexes the people named in full, once, for the single words that ask for them (personFor). Only step 1 of
 * cluster makes such clusters, so the index made after it stays whole.
 */
function indexFullNames(clusters: Cluster[]): FullNames {
  const bySurname = new Map<string, Cluster[]>();
  const byFirstName = new Map<string, Cluster[]>();
  for (const k of clusters) {
    if (k.kind !== 'person' || k.nameWords.length < 2) continue;
    addToList(bySurname, k.nameWords[k.nameWords.length - 1], k);
    addToList(byFirstName, k.nameWords[0], k);
  }
  return { bySurname, byFirstName };
}

const NO_CLUSTERS: Cluster[] = [];

function personFor(clusters: Cluster[], fullNames: FullNames, word: string, c: Candidate): Cluster | undefined {
  let bySurname = fullNames.bySurname.get(word) ?? NO_CLUSTERS;
  // "Mrs Howard" is not Michael Howard: a gendered title picks a compatible person or none
  if (c.female || c.male) bySurname = bySurname.filter((k) => (c.female ? !k.male : !k.female));
  // "coach Andy Robinson" is not the "Robinson" of the team sheet
  if (c.lineup && bySurname.length) {
    bySurname = bySurname.filter((k) => !k.offField);
    if (!bySurname.length) return undefined;
  }
  if (bySurname.length) return bySurname[0];
  if (c.female || c.male) return undefined; // "Mr Brown" is not "Brown" the first name
  if (c.locative) return undefined; // "as Ray Charles in Ray": a film or a place, not Ray Charles by his first name
  const firstNamed = fullNames.byFirstName.get(word);
  if (!firstNamed) return undefined;
  const byFirst = firstNamed.filter((k) => !(c.relative && k.firstAt > c.start && !familyNamedBefore(clusters, k, c.start)));
  return byFirst.length === 1 ? byFirst[0] : undefined;
}

