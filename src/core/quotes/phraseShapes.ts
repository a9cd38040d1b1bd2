import { isAsciiLetter, isAsciiLetterOrDigit } from '../nlp/chars';
import { isAscii, isRegExpSpace } from './words';

// Shapes of short phrases the attribution rules test around a quotation ("the Tory leader", "Britain's",
// " and Brown", the word before a closing "that"): each an expression with \p classes, made from a string and
// compiled only for text beyond ASCII, and a function that answers exactly as it does, by character codes while the
// characters it needs are ASCII. (A cold isolate pays more to compile such an expression than for all its matches;
// test/unit/letterTests.test.ts checks each function against its expression.) Words matched in either case are spelt
// out ([Tt][Hh][Ee]): with `u`, the `i` flag makes a cold isolate close every \p{L} class over case.

/** "the", up to three words, the head word. */
export const THE_ROLE = new RegExp(String.raw`^[Tt][Hh][Ee]\s+((?:[\p{L}\p{N}'’-]+\s+){0,3}?)([\p{L}\p{N}-]+)$`, 'u');

/**
 * `THE_ROLE.exec(phrase)` (the phrase, the words before the head with their spaces, the head), read by
 * character codes when the phrase is ASCII: its expression costs a cold isolate more to compile than all its matches.
 */
export function theRole(phrase: string): readonly [string, string, string] | null {
  if (!isAscii(phrase)) return THE_ROLE.exec(phrase) as [string, string, string] | null;
  if ((phrase.charCodeAt(0) | 32) !== 116 || (phrase.charCodeAt(1) | 32) !== 104 || (phrase.charCodeAt(2) | 32) !== 101) return null;
  let i = 3;
  if (!isRegExpSpace(phrase.charCodeAt(i))) return null;
  while (i < phrase.length && isRegExpSpace(phrase.charCodeAt(i))) i++;
  const middleStart = i;
  let headStart = i;
  let words = 0;
  while (i < phrase.length) {
    headStart = i;
    words++;
    for (; i < phrase.length && !isRegExpSpace(phrase.charCodeAt(i)); i++) {
      const c = phrase.charCodeAt(i);
      if (!(isAsciiLetterOrDigit(c) || c === 45 || c === 39)) return null;
    }
    while (i < phrase.length && isRegExpSpace(phrase.charCodeAt(i))) i++;
  }
  // One to four words, the last one closing the phrase, with no apostrophe.
  if (words === 0 || words > 4 || isRegExpSpace(phrase.charCodeAt(phrase.length - 1)) || phrase.includes("'", headStart)) return null;
  return [phrase, phrase.slice(middleStart, headStart), phrase.slice(headStart)];
}

/** The word before a closing "that". */
export const WORD_THAT_BEFORE = new RegExp(String.raw`(\p{L}+)\s+[Tt][Hh][Aa][Tt]\s+$`, 'u');

/** Space, then a lower-case letter. */
export const SPACE_THEN_LOWER = new RegExp(String.raw`^\s+\p{Ll}`, 'u');
/** A lower-case letter, after space or not. */
export const LOWER_AFTER_ANY_SPACE = new RegExp(String.raw`^\s*\p{Ll}`, 'u');
/** Letters and dots opening the text: "Dr", "J.". */
export const LETTERS_AND_DOTS = new RegExp(String.raw`^[\p{L}.]+`, 'u');
/** The word of letters and dots before the space ending the text. */
export const LAST_WORD_WITH_DOTS = new RegExp(String.raw`([\p{L}.]+)\s+$`, 'u');
/** The same, with no line break in the space. */
export const LAST_WORD_ON_LINE = new RegExp(String.raw`([\p{L}.]+)[^\S\n]+$`, 'u');

/**
 * `expression.exec(text.slice(start, end))?.[1]` for the expressions of a last word (`LAST_WORD_ON_LINE`,
 * `LAST_WORD_WITH_DOTS`, `LAST_HYPHENATED_WORD_BEFORE_SPACE`, `LAST_HYPHENATED_WORD`), read by character codes
 * while the word is ASCII: letters and `joiner` ("." or "-"), after the space `space` asks for ('any', 'line': none a
 * line break, or 'none').
 */
export function lastWord(text: string, start: number, end: number, joiner: number, space: 'any' | 'line' | 'none', expression: RegExp): string | undefined {
  let j = end;
  if (space !== 'none') {
    while (j > start && (space === 'any' || text.charCodeAt(j - 1) !== 10) && isRegExpSpace(text.charCodeAt(j - 1))) j--;
    if (j === end) return undefined;
  }
  let k = j;
  for (; k > start; k--) {
    const c = text.charCodeAt(k - 1);
    if (c > 127) return expression.exec(text.slice(start, end))?.[1];
    if (!(isAsciiLetter(c) || c === joiner)) break;
  }
  return k < j ? text.slice(k, j) : undefined;
}

/** `LETTERS_AND_DOTS.exec(text)?.[0]`. */
export function leadingWordWithDots(text: string): string | undefined {
  let k = 0;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 127) return LETTERS_AND_DOTS.exec(text)?.[0];
    if (!(isAsciiLetter(c) || c === 46)) break;
  }
  return k > 0 ? text.slice(0, k) : undefined;
}

/** The word of letters and hyphens before the space ending the text. */
export const LAST_HYPHENATED_WORD_BEFORE_SPACE = new RegExp(String.raw`([\p{L}-]+)\s+$`, 'u');
/** The word of letters and hyphens ending the text. */
export const LAST_HYPHENATED_WORD = new RegExp(String.raw`([\p{L}-]+)$`, 'u');
/** A letter, space and a capital: a name of two words or more. */
export const TWO_WORD_NAME = new RegExp(String.raw`\p{L}\s+\p{Lu}`, 'u');
/** "Sandvine's", "AT&T's": a capitalised possessive. */
export const CAPITALISED_POSSESSIVE_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}\p{N}&-]*['’]s?$`, 'u');
/** " and Brown": a conjunction, then a capital. */
export const JOINED_TO_CAPITAL = new RegExp(String.raw`^\s+(?:and|or|&)\s+\p{Lu}`, 'u');
/** A possessive mark, then a word. */
export const POSSESSIVE_BEFORE_WORD = new RegExp(String.raw`^['’]s?\s+\p{L}`, 'u');
/** "Britain's", "Reuters'", "AT&T's": a capitalised word, possessive or not. */
export const POSSESSIVE_CAPITALISED = new RegExp(String.raw`^\p{Lu}\S*['’]s?$`, 'u');
/** "Britain's": a capitalised word of letters, possessive. */
export const CAPITALISED_POSSESSIVE = new RegExp(String.raw`^\p{Lu}\p{L}*['’]s?$`, 'u');

/** `SPACE_THEN_LOWER` (`spaceNeeded`) or `LOWER_AFTER_ANY_SPACE` tested on text.slice(at, at + span). */
export function lowerAfterSpace(text: string, at: number, span: number, spaceNeeded: boolean): boolean {
  const limit = Math.min(text.length, at + span);
  let i = at;
  while (i < limit && isRegExpSpace(text.charCodeAt(i))) i++;
  if (i >= limit || (spaceNeeded && i === at)) return false;
  const c = text.charCodeAt(i);
  if (c > 127) return (spaceNeeded ? SPACE_THEN_LOWER : LOWER_AFTER_ANY_SPACE).test(text.slice(at, at + span));
  return c >= 97 && c <= 122;
}

/** What may stand between the capital and the apostrophe of a capitalised possessive. */
const enum PossessiveBody {
  /** `CAPITALISED_POSSESSIVE_NAME`: "Sandvine's", "AT&T's". */
  NameCharacters,
  /** `CAPITALISED_POSSESSIVE`: "Britain's". */
  Letters,
  /** `POSSESSIVE_CAPITALISED`: anything but space. */
  NoSpace,
}

/** `CAPITALISED_POSSESSIVE_NAME.test(text)`: "Sandvine's", "AT&T's". */
export function isCapitalisedPossessiveName(text: string): boolean {
  return isCapitalisedPossessive(text, PossessiveBody.NameCharacters);
}

/** `CAPITALISED_POSSESSIVE.test(text)`: "Britain's". */
export function isCapitalisedPossessiveWord(text: string): boolean {
  return isCapitalisedPossessive(text, PossessiveBody.Letters);
}

/** `POSSESSIVE_CAPITALISED.test(text)`: a capital, anything but space, a possessive mark. */
export function isPossessiveCapitalised(text: string): boolean {
  return isCapitalisedPossessive(text, PossessiveBody.NoSpace);
}

/** The expression of `body` tested on the text. */
function isCapitalisedPossessive(text: string, body: PossessiveBody): boolean {
  const last = text.charCodeAt(text.length - 1);
  const mark = last === 39 || last === 0x2019 ? text.length - 1 : last === 115 ? text.length - 2 : -1;
  if (mark < 1 || (text.charCodeAt(mark) !== 39 && text.charCodeAt(mark) !== 0x2019)) return false;
  for (let i = 0; i < mark; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 && (i === 0 || body !== PossessiveBody.NoSpace)) {
      return (body === PossessiveBody.NameCharacters ? CAPITALISED_POSSESSIVE_NAME : body === PossessiveBody.Letters ? CAPITALISED_POSSESSIVE : POSSESSIVE_CAPITALISED).test(text);
    }
    const fits = i === 0 ? c >= 65 && c <= 90 :
      body === PossessiveBody.NameCharacters ? isAsciiLetterOrDigit(c) || c === 38 || c === 45 : body === PossessiveBody.Letters ? isAsciiLetter(c) : !isRegExpSpace(c);
    if (!fits) return false;
  }
  return true;
}

/** `POSSESSIVE_BEFORE_WORD.test(text.slice(at, at + 4))`: "'s D", "' a". */
export function possessiveBeforeWord(text: string, at: number): boolean {
  const mark = text.charCodeAt(at);
  if (mark !== 39 && mark !== 0x2019) return false;
  const limit = Math.min(text.length, at + 4);
  let i = at + 1;
  if (i < limit && text.charCodeAt(i) === 115) i++;
  const space = i;
  while (i < limit && isRegExpSpace(text.charCodeAt(i))) i++;
  if (i === space || i >= limit) return false;
  const c = text.charCodeAt(i);
  return c > 127 ? POSSESSIVE_BEFORE_WORD.test(text.slice(at, at + 4)) : isAsciiLetter(c);
}

/** `WORD_THAT_BEFORE.exec(text)?.[1]`: the word before a closing "that". */
export function wordBeforeThat(text: string): string | undefined {
  let j = text.length;
  while (j > 0 && isRegExpSpace(text.charCodeAt(j - 1))) j--;
  if (j === text.length || j < 4 || (text.charCodeAt(j - 4) | 32) !== 116 || (text.charCodeAt(j - 3) | 32) !== 104 ||
    (text.charCodeAt(j - 2) | 32) !== 97 || (text.charCodeAt(j - 1) | 32) !== 116) return undefined;
  let i = j - 4;
  while (i > 0 && isRegExpSpace(text.charCodeAt(i - 1))) i--;
  if (i === j - 4) return undefined;
  let k = i;
  for (; k > 0; k--) {
    const c = text.charCodeAt(k - 1);
    if (c > 127) return WORD_THAT_BEFORE.exec(text)?.[1];
    if (!isAsciiLetter(c)) break;
  }
  return k < i ? text.slice(k, i) : undefined;
}

/** `TWO_WORD_NAME.test(text)`: a letter, space and a capital. */
export function namesTwoWords(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    if (!isRegExpSpace(text.charCodeAt(i)) || isRegExpSpace(text.charCodeAt(i - 1))) continue;
    let j = i;
    while (j < text.length && isRegExpSpace(text.charCodeAt(j))) j++;
    if (j === text.length) return false;
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(j);
    if (before > 127 || after > 127) return TWO_WORD_NAME.test(text);
    if (isAsciiLetter(before) && after >= 65 && after <= 90) return true;
    i = j;
  }
  return false;
}

/** `JOINED_TO_CAPITAL.test(text.slice(at, at + 12))`: " and Brown". */
export function joinedToCapital(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + 12);
  let i = at;
  while (i < limit && isRegExpSpace(text.charCodeAt(i))) i++;
  if (i === at) return false;
  if (i + 3 <= limit && text.startsWith('and', i)) i += 3;
  else if (i + 2 <= limit && text.startsWith('or', i)) i += 2;
  else if (i < limit && text.charCodeAt(i) === 38) i++;
  else return false;
  const spaceStart = i;
  while (i < limit && isRegExpSpace(text.charCodeAt(i))) i++;
  if (i === spaceStart || i >= limit) return false;
  const c = text.charCodeAt(i);
  if (c > 127) return JOINED_TO_CAPITAL.test(text.slice(at, at + 12));
  return c >= 65 && c <= 90;
}
