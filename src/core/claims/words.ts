// Words of a quotation, reduced to what decides whether two quotations say the same thing:
// lowercase, possessives and common suffixes removed, function words set apart.

export interface Word {
  start: number;
  end: number;
  /** Lowercased surface form. */
  norm: string;
  /** Crude suffix-stripped form, so "reduced"/"reduces"/"reducing" compare equal. */
  stem: string;
  /** False for function words ("the", "of", "will"), which never make two quotes alike. */
  content: boolean;
}

const WORD = new RegExp(String.raw`[\p{L}\p{N}]+(?:['’][\p{L}]+)*`, 'gu');

// Function words of English news prose; small on purpose: only words that carry no claim.
const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does doing for from had has have having he her hers him his ' +
    'i if in into is it its itself me my no nor not of on or our ours out over she should so some such than that the their ' +
    'theirs them then there these they this those to too under until up very was we were what when where which while who ' +
    'whom why will with would you your yours all any both each few more most other own same just also about again against ' +
    'because before after above below between through during off once here how only s t don now may might must shall us ' +
    'said says say told tell go going get got one two mr mrs ms'
  ).split(' '),
);

const SUFFIXES = ['ically', 'ations', 'ation', 'ingly', 'ings', 'ing', 'edly', 'ies', 'ied', 'ed', 'ly', 'es', 's', 'e'];

export function stem(norm: string): string {
  let word = norm.replace(/['’]s$/u, '').replace(/['’]/gu, '');
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      word = word.slice(0, -suffix.length);
      break;
    }
  }
  return word;
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const norm = match[0].toLowerCase();
    const start = match.index ?? 0;
    out.push({ start, end: start + match[0].length, norm, stem: stem(norm), content: !STOPWORDS.has(norm) && norm.length > 1 });
  }
  return out;
}

/** The distinct stems of the content words: what similarity is measured on. */
export function contentStems(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of words(text)) if (word.content) set.add(word.stem);
  return set;
}
