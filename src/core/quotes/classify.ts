import type { QuoteType } from '../types';
import type { Cues } from './attribute';

// The type of a quotation, for readers:
// - statement: words that stand as a sentence or clause of their own — introduced by a speech verb
//   (`said: "…"`, `noted that "…"`), opening their own sentence, attributed right after
//   (`"…," Biden said`) when they start with a capital, or holding more than one sentence;
// - partial: a fragment woven into narration ("called the talks “a constructive step”"), or any
//   embedded quotation of four words or more;
// - scare: a short term (up to three words) with no speech verb near it — a word marked as
//   someone else's, not a reported utterance ("denazify", "special military operation").
// Quoted words in a headline are partial: headlines quote what the story reports someone said.

const MAX_SCARE_WORDS = 3;

/** A sentence stop, then a capital opening another sentence. */
const MULTI_SENTENCE = new RegExp(String.raw`[.?!]['’"”]*\s+["“‘]?\p{Lu}`, 'u');

/** `cuesOf` gives the narration's cues, asked for only when the words alone do not settle the type. */
export function classifyQuote(inner: string, cuesOf: () => Cues): QuoteType {
  const text = inner.trim();
  if (MULTI_SENTENCE.test(text)) return 'statement';
  const words = countWords(text, MAX_SCARE_WORDS + 2);
  const capital = opensAsSentence(text);
  const endsSentence = /[.?!\u2026]['’"”)]*$/.test(text);
  const cues = cuesOf();
  if (cues.headline && !(cues.attributedAfter && capital)) return 'partial';
  if (cues.introduced && !cues.narrationContinues && (words > 1 || capital)) return 'statement';
  if (cues.opensSentence && capital && !cues.narrationContinues && (words >= MAX_SCARE_WORDS || endsSentence || cues.attributedAfter)) return 'statement';
  if (cues.attributedAfter && capital && words > 1) return 'statement';
  if (words > MAX_SCARE_WORDS || cues.speechNear) return 'partial';
  return 'scare';
}

/**
 * `OPENS_AS_SENTENCE.test(text)`, by character code when the first character is ASCII: the expression costs a cold
 * isolate more to compile than all its calls.
 */
function opensAsSentence(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c > 127) return OPENS_AS_SENTENCE.test(text);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 91 || text.startsWith('...');
}
/** A capital, a digit, "[" or an ellipsis first. */
const OPENS_AS_SENTENCE = new RegExp(String.raw`^[\p{Lu}\p{N}\[\u2026]|^\.\.\.`, 'u');

/** Words in text (runs of letters or digits), counting no further than `limit`. */
function countWords(text: string, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < limit; i++) {
    const c = text.charCodeAt(i);
    const wordChar: boolean = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && wordCharOutsideAscii(text, i)) || ((c === 39 || c === 45 || c === 0x2019) && inWord);
    if (wordChar && !inWord) count++;
    inWord = wordChar;
  }
  return count;
}

/**
 * Whether text[i], outside ASCII, counts as a word's: not a space nor punctuation. Apart from countWords' loop, with
 * its expression written once: a character outside ASCII, met late in a cold run, would deoptimise the loop.
 */
function wordCharOutsideAscii(text: string, i: number): boolean {
  return !SPACE_OR_PUNCTUATION.test(text[i]);
}
const SPACE_OR_PUNCTUATION = new RegExp(String.raw`[\s\p{P}]`, 'u');
