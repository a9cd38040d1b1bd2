import { startsUpper } from '../nlp/chars';
import type { ArticleDoc, Token } from '../nlp/document';
import type { Gazetteer } from './gazetteer';
import { NAME_PARTICLES } from './lexicon';

// Team sheets at the foot of match reports: "G Dempsey; G Murphy, B O'Driscoll (capt), S Horgan",
// "Almunia, Lauren, Toure, Reyes (Clichy 82), Henry. Subs Not Used: Senderos, Hoyte.",
// "Forwards: A Sheridan (Sale), J White (Leicester)". Every item is a player, however common the
// surname (Cole, Terry, White); a club in brackets after a player is no place, a name with a
// minute in brackets is the substitute. The shape of the whole run is the evidence, so a run
// qualifies only when every token fits it.

export interface LineupPlayer {
  start: number;
  end: number;
  text: string;
  /** Initial kept ("G Dempsey"): the linker fits it to "Girvan Dempsey". Particles dropped. */
  nameWords: string[];
}

export interface Lineup {
  /** Token range [first, end) that the list covers: nothing else is read there. */
  first: number;
  end: number;
  players: LineupPlayer[];
}

/** Labels after which even one or two names are players ("Booked: Fowler, Sibierski."). */
const PLAYER_LABELS = new Set(['Subs', 'Substitutes', 'Replacements', 'Booked', 'Goals', 'Scorers', 'Tries', 'Try', 'Cons', 'Con', 'Pens', 'Pen', 'Sent', 'Bench', 'Forwards', 'Backs', 'Squad', 'Reserves', 'Dropped', 'Sin-binned']);
const SEPARATORS = new Set([',', ';', '/']);
const BULLETS = new Set(['-', '\u2013', '\u2014', '\u2022', '*']);
const AFTER_MINUTE = new Set(['og', 'pen', 'pens']);
const BEFORE_LABEL = new Set(['.', '"', '\u201d', "'", '\u2019']);
const INITIAL = /^[A-Z]{1,2}$|^[A-Z]\.$/;
const NAME_TOKEN = new RegExp(String.raw`^\p{Lu}[\p{L}'\u2019]*\p{Ll}[\p{L}'\u2019]*$`, 'u');
const NUMBER = /^\d{1,3}$/;
/** Capitalised words that never make a player's name: a list of them is a list of titles or teams. */
const NOT_IN_NAMES = new Set(['The', 'A', 'An', 'Of', 'And', 'In', 'On', 'For', 'To', 'At', 'With', 'Not', 'Used']);
const MIN_ITEMS = 3;
const CAPTAIN = new Set(['capt', 'captain']);
/** Players read before a note that ends the sheet ("Others to be added."). */
const LONG_SHEET = 6;
/** A whole side: eleven footballers, fifteen rugby players. */
const SIDE = 11;

/**
 * Outside a story already known for sport, only sheets that say what they are: a label of players
 * ("Subs Not Used:", "Replacements:") or a whole side (at least eleven names).
 */
export function findLineups(text: string, doc: ArticleDoc, gaz: Gazetteer, sport = true): Lineup[] {
  const { tokens } = doc;
  const lineups: Lineup[] = [];
  let p = 0;
  for (const para of doc.paragraphs) {
    while (p < tokens.length && tokens[p].start < para.start) p++;
    // the first token past the paragraph, by binary search (tokens are in text order)
    let end = p;
    let past = tokens.length;
    while (end < past) {
      const mid = (end + past) >> 1;
      if (tokens[mid].end <= para.end) end = mid + 1;
      else past = mid;
    }
    scanParagraph(text, tokens, p, end, gaz, lineups, sport ? MIN_ITEMS : SIDE);
    p = end;
  }
  return lineups;
}

/** Runs start at the paragraph's start, or after a label ("Man City:", "Subs Not Used:") that opens a sentence. */
function scanParagraph(text: string, tokens: Token[], from: number, to: number, gaz: Gazetteer, out: Lineup[], minItems: number): void {
  let k = afterBullets(tokens, from, to);
  let atStart = true;
  while (k < to) {
    const label = labelEnd(tokens, k, to);
    if (label >= 0 || atStart) {
      const runEnd = takeRun(text, tokens, k, label, to, gaz, out, minItems);
      if (runEnd >= 0) {
        k = runEnd;
        atStart = true;
        continue;
      }
    }
    // on to the next sentence opening: after a full stop or closing quote
    k++;
    atStart = false;
    // (every mark before a label is one character: most tokens, words, are passed over without the set)
    while (k < to && !(tokens[k - 1].text.length === 1 && BEFORE_LABEL.has(tokens[k - 1].text) && startsUpper(tokens[k].text))) k++;
  }
}

/**
 * Where the paragraph's text starts after its bullets, or a colon left where the corpus lost the
 * label (": Murphy, Dempsey, ..."). Apart from scanParagraph: a bullet, rare and met late in a cold
 * run, would deoptimise its compiled code.
 */
function afterBullets(tokens: Token[], from: number, to: number): number {
  let k = from;
  while (k < to && (BULLETS.has(tokens[k].text) || (k === from && tokens[k].text === ':'))) k++;
  return k;
}

/**
 * Appends the run at k (after its label, if label >= 0) to out, and returns where it ends; -1 if no
 * run is there. Apart from scanParagraph: a run found, rare and met late in a cold run, would
 * deoptimise its compiled code.
 */
function takeRun(text: string, tokens: Token[], k: number, label: number, to: number, gaz: Gazetteer, out: Lineup[], minItems: number): number {
  const start = label >= 0 ? label + 1 : k;
  const run = readRun(text, tokens, start, to, gaz, label >= 0 && PLAYER_LABELS.has(tokens[k].text), minItems);
  if (!run) return -1;
  run.first = k; // the label too: "Subs Not Used" is no name
  out.push(run);
  return run.end;
}

/** Index of the colon of a label of one to four capitalised words starting at k, else -1. */
function labelEnd(tokens: Token[], k: number, to: number): number {
  for (let j = k; j < to && j < k + 5; j++) {
    const t = tokens[j].text;
    if (t === ':') return j > k ? j : -1;
    if (!startsUpper(t) && t !== 'not' && t !== 'off' && t !== 'used') return -1;
  }
  return -1;
}

/**
 * Items separated by commas, semicolons or slashes up to a full stop, a label or the paragraph's
 * end: [initial] name words [(club | capt | substitute minute)] [minutes]. Null if any token
 * does not fit, or the run is too short to be a team sheet.
 */
function readRun(text: string, tokens: Token[], from: number, to: number, gaz: Gazetteer, labelled: boolean, minItems: number): Lineup | null {
  const players: LineupPlayer[] = [];
  let items = 0;
  let places = 0;
  let k = from;
  let end = to;
  while (k < to) {
    const itemStart = k;
    const playersBefore = players.length;
    const item = readName(text, tokens, k, to);
    if (!item) {
      if (!endsBeforeNote(tokens, itemStart, playersBefore, minItems)) return null;
      end = noteEnd(tokens, itemStart, to);
      break;
    }
    items++;
    if (isPlaceOrOrg(gaz, item.player.text)) places++;
    players.push(item.player);
    k = item.next;
    while (k < to && NUMBER.test(tokens[k].text)) { // "Terry 17", "Henry 2, 29", "Dunne 75 og"
      k++;
      if (k < to && AFTER_MINUTE.has(tokens[k].text)) k++;
      if (k + 1 < to && tokens[k].text === ',' && NUMBER.test(tokens[k + 1].text)) k++;
    }
    if (k + 1 < to && tokens[k].text === ',' && tokens[k + 1].text === '(') k++; // "B O'Driscoll, (Leinster)": a stray comma
    if (k < to && tokens[k].text === '(') {
      const close = readBrackets(text, tokens, k, to, players);
      if (close < 0) return null;
      k = close;
    }
    if (k >= to) break;
    const t = tokens[k].text;
    if (t === '.' || (t === ')' && tokens[k + 1]?.text === '.')) {
      end = t === '.' ? k + 1 : k + 2;
      break;
    }
    // "J Fourie (S Africa) T Umaga (New Zealand)": a separator left out after a club, before an initial and surname
    if (tokens[k - 1].text === ')' && startsInitialled(tokens, k, to)) continue;
    // "O'Connell, capt, S Easterby": the captain's mark as an item of its own
    if (k + 2 < to && SEPARATORS.has(t) && CAPTAIN.has(tokens[k + 1].text) && SEPARATORS.has(tokens[k + 2].text)) k += 2;
    else if (!SEPARATORS.has(t)) {
      if (!endsBeforeNote(tokens, itemStart, playersBefore, minItems)) return null;
      players.length = playersBefore;
      end = noteEnd(tokens, itemStart, to);
      break;
    }
    k++;
  }
  if (items < (labelled ? 1 : minItems) || places * 3 > items) return null;
  return { first: from, end: Math.min(end, to), players };
}

/** "..., M Rauluni (Fiji), A N Other.", "..., S Parisse (Italy), Others to be added.": a long sheet ends before a note. */
function endsBeforeNote(tokens: Token[], itemStart: number, players: number, minItems: number): boolean {
  return players >= Math.max(minItems, LONG_SHEET) && SEPARATORS.has(tokens[itemStart - 1]?.text ?? '');
}

/**
 * A note of lowercase words after its first ("Others to be added.", "A N Other.") goes with the
 * sheet, up to its full stop; anything else after the sheet ("Referee: ...") is read as usual.
 */
function noteEnd(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k].text;
    if (t === '.') return k + 1;
    if (startsUpper(t) && !INITIAL.test(t) && t !== 'Other') return from;
  }
  return from;
}

function startsInitialled(tokens: Token[], k: number, to: number): boolean {
  return k + 1 < to && INITIAL.test(tokens[k].text) && NAME_TOKEN.test(tokens[k + 1].text);
}

/** "(capt)", "(Sale)", "(Glasgow, capt)", "(Clichy 82)", "(Toulouse (capt)": returns the index after it, or -1. */
function readBrackets(text: string, tokens: Token[], open: number, to: number, players: LineupPlayer[]): number {
  let k = open + 1;
  // a substitute and his minute
  const sub = readName(text, tokens, k, to);
  if (sub && NUMBER.test(tokens[sub.next]?.text ?? '') && tokens[sub.next + 1]?.text === ')') {
    players.push(sub.player);
    return sub.next + 2;
  }
  // anything else in brackets (a club, "capt") is read over, up to a few words
  for (; k < to && k < open + 8; k++) {
    const t = tokens[k].text;
    if (t === ')') return k + 1;
    if (t === ';' || t === '.') return k; // an unclosed bracket: "(Toulouse (capt);"
    if (t === '(') continue;
    if (!(startsUpper(t) || t === ',' || t === 'capt' || t === 'captain' || NAME_PARTICLES.has(t) || t === '-')) return -1;
  }
  return -1;
}

/** [initial] name words (particles and hyphenated parts inside), up to four words. */
function readName(text: string, tokens: Token[], from: number, to: number): { player: LineupPlayer; next: number } | null {
  let k = from;
  const nameWords: string[] = [];
  // "J-P Grandclaude": hyphenated initials
  if (k + 3 < to && INITIAL.test(tokens[k].text) && tokens[k + 1].text === '-' && tokens[k + 1].start === tokens[k].end && INITIAL.test(tokens[k + 2].text) && tokens[k + 2].start === tokens[k + 1].end) {
    nameWords.push(text.slice(tokens[k].start, tokens[k + 2].end));
    k += 2;
  }
  if (k + 1 < to && INITIAL.test(tokens[k].text) && (NAME_TOKEN.test(tokens[k + 1].text) || NAME_PARTICLES.has(tokens[k + 1].text))) {
    nameWords.push(tokens[k].text);
    k++;
  } else if (nameWords.length) return null;
  let words = 0;
  let last = -1;
  while (k < to && words < 4) {
    const t = tokens[k].text;
    if (NAME_PARTICLES.has(t) && k + 1 < to && (NAME_TOKEN.test(tokens[k + 1].text) || NAME_PARTICLES.has(tokens[k + 1].text))) {
      k++;
      continue;
    }
    if (!NAME_TOKEN.test(t) || NOT_IN_NAMES.has(t)) break;
    let text = t;
    // "Ntimban-Zeh", "Wright-Phillips": hyphenated parts with no spaces
    while (k + 2 < to && tokens[k + 1].text === '-' && tokens[k + 1].start === tokens[k].end && tokens[k + 2].start === tokens[k + 1].end && NAME_TOKEN.test(tokens[k + 2].text)) {
      text += '-' + tokens[k + 2].text;
      k += 2;
    }
    nameWords.push(text);
    last = k;
    words++;
    k++;
  }
  if (words === 0) return null;
  const start = tokens[from].start;
  const end = tokens[last].end;
  return { player: { start, end, text: text.slice(start, end), nameWords }, next: k };
}

function isPlaceOrOrg(gaz: Gazetteer, text: string): boolean {
  const p = gaz.phrases.get(text);
  return !!p && (p.kind === 'place' || p.kind === 'org' || p.kind === 'notName');
}
