import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import {
  CAPITALISED_WORD,
  isCapitalisedWord,
  isLowerWord,
  isNumberThenLowerWord,
  isSingleCapital,
  LetterPattern,
  LOWER_WORD,
  NUMBER_THEN_LOWER_WORD,
  opensCapitalised,
  OPENS_CAPITALISED,
  SINGLE_CAPITAL,
} from '../../src/core/quotes/words';
import { startsLower, startsUpper, STARTS_LOWER, STARTS_UPPER } from '../../src/core/nlp/chars';
import * as shapes from '../../src/core/quotes/phraseShapes';

// The quotation code answers its commonest \p tests by character codes, and its rarer ones by an
// ASCII twin of the expression, compiling the \p expression only for other text. Both must answer
// exactly as the expressions do, for any text: checked here on every word and line of the sample
// articles, and on the same with letters, digits and punctuation from beyond ASCII put in.

const SAMPLES = path.join(__dirname, '../../samples/istanbul-talks');
const lines = readdirSync(SAMPLES).flatMap((f) => readFileSync(path.join(SAMPLES, f), 'utf8').split('\n')).filter((l) => l.trim());
const words = [...new Set(lines.flatMap((l) => l.split(/\s+/)))].filter(Boolean);
/** Letters and digits beyond ASCII (which the twins must not answer for) and the punctuation they may. */
const FOREIGN = ['é', 'Ö', 'ğ', 'ſ', 'K', 'ª', '½', '٣', 'Ж', '£', '€', '’', '“', '”', '—', '…', '\u00a0', '·', '°', '😀'];
const variants = (text: string) => [text, ...FOREIGN.flatMap((x) => [x + text, text + x, text.slice(0, 1) + x + text.slice(1)])];

describe('letter tests by character code and ASCII twins', () => {
  it('answer as the \\p expressions they stand for, on real words and on words with characters beyond ASCII', () => {
    const pairs: Array<[string, (t: string) => boolean, RegExp]> = [
      ['startsUpper', startsUpper, STARTS_UPPER],
      ['startsLower', startsLower, STARTS_LOWER],
      ['isLowerWord', isLowerWord, LOWER_WORD],
      ['isCapitalisedWord', isCapitalisedWord, CAPITALISED_WORD],
      ['isSingleCapital', isSingleCapital, SINGLE_CAPITAL],
      ['isNumberThenLowerWord', isNumberThenLowerWord, NUMBER_THEN_LOWER_WORD],
    ];
    let checked = 0;
    for (const word of [...words, 'A', 'b', '', '800m', '2nd', 'Éric', 'élan']) {
      for (const text of variants(word)) {
        for (const [name, test, expression] of pairs) assert.equal(test(text), expression.test(text), `${name}(${JSON.stringify(text)})`);
        assert.equal(opensCapitalised(text, 0, text.length), OPENS_CAPITALISED.test(text.slice(0, 2)), `opensCapitalised(${JSON.stringify(text)})`);
        checked++;
      }
    }
    assert.ok(checked > 10_000, `${checked} texts`);
  });

  it('finds with an ASCII twin what the expression finds in ASCII text, and with the expression in any other', () => {
    const sources: Array<[string, string]> = [
      [String.raw`(?:^|\s)\p{Ll}[\p{Ll}-]*[^sui's]s$`, 'u'],
      [String.raw`^\s*\p{Lu}`, 'u'],
      [String.raw`\p{Lu}[\p{L}'’-]*\s+`, 'gu'],
      [String.raw`[^\p{L}\p{N}]+`, 'gu'],
      [String.raw`^the\s+(?:\p{Lu}[\p{L}-]*\s+)+spokes(?:man|woman|person)$`, 'iu'],
      [String.raw`\b(?:said|told)\s+\p{Lu}\p{Ll}+`, 'iu'],
    ];
    const all = (expression: RegExp, text: string) => (expression.global ? [...text.matchAll(expression)].map((m) => `${m.index}:${m[0]}`) : [expression.exec(text)?.index, expression.exec(text)?.[0]]);
    let twinAnswered = 0;
    for (const [source, flags] of sources) {
      const pattern = new LetterPattern(source, flags);
      const expression = new RegExp(source, flags);
      for (const line of lines) {
        for (const text of variants(line.slice(0, 120))) {
          const used = pattern.for(text);
          if (!used.source.includes('\\p')) twinAnswered++;
          assert.deepStrictEqual(all(used, text), all(expression, text), `${source} on ${JSON.stringify(text)}`);
        }
      }
    }
    assert.ok(twinAnswered > 500, `the twins answered ${twinAnswered} texts`);
  });

  it('read the phrase shapes of attribution as their expressions do, at every offset they are asked at', () => {
    // The sample lines and the phrases each shape is there for, with characters beyond ASCII put in.
    const phrases = [
      ...lines.map((l) => l.slice(0, 100)),
      ...words,
      'the prime minister', 'The Tory leader', 'THE  new  head-coach', 'the 25-year-old Dubliner', "the party's chief", 'the', 'the ', 'then the',
      "Britain's", "Reuters'", "AT&T's", "Sandvine's", "O2's", "US-based's", 'Britain’s', "x's", "'s",
      ' and Brown', ' or Smith', ' & Co', ' and  brown', ' andrew Smith', "'s Davies", "' a", '’s Brown', "'s  ", "' 5",
      'He said that ', 'insisted  THAT ', 'that ', ' that ', 'so-called that ', 'Mr Tony Blair', 'tony Blair', 'Dr. J. Smith', 'Lib Dem',
      'said Dr ', 'Mr. ', 'the Deputy Prime ', 'Prime-Minister\nTony', 'head-coach ',
    ];
    let checked = 0;
    const same = (actual: unknown, expected: unknown, what: string) => {
      assert.deepStrictEqual(actual, expected, what);
      checked++;
    };
    for (const text of phrases.flatMap(variants)) {
      const t = JSON.stringify(text);
      const parts = (m: readonly string[] | null) => m && [m[0], m[1], m[2]];
      same(parts(shapes.theRole(text)), parts(shapes.THE_ROLE.exec(text)), `theRole(${t})`);
      same(shapes.wordBeforeThat(text), shapes.WORD_THAT_BEFORE.exec(text)?.[1], `wordBeforeThat(${t})`);
      same(shapes.leadingWordWithDots(text), shapes.LETTERS_AND_DOTS.exec(text)?.[0], `leadingWordWithDots(${t})`);
      same(shapes.namesTwoWords(text), shapes.TWO_WORD_NAME.test(text), `namesTwoWords(${t})`);
      same(shapes.isCapitalisedPossessiveName(text), shapes.CAPITALISED_POSSESSIVE_NAME.test(text), `isCapitalisedPossessiveName(${t})`);
      same(shapes.isCapitalisedPossessiveWord(text), shapes.CAPITALISED_POSSESSIVE.test(text), `isCapitalisedPossessiveWord(${t})`);
      same(shapes.isPossessiveCapitalised(text), shapes.POSSESSIVE_CAPITALISED.test(text), `isPossessiveCapitalised(${t})`);
      same(shapes.lastWord(text, 0, text.length, 45, 'none', shapes.LAST_HYPHENATED_WORD), shapes.LAST_HYPHENATED_WORD.exec(text)?.[1], `lastWord(${t}, hyphenated)`);
      for (let at = 0; at <= text.length; at++) {
        // The rules ask at the edges of words: before and after space, marks and line breaks.
        if (at > 0 && at < text.length && !/[\s'’&.-]/.test(text[at - 1] + text[at])) continue;
        const before = Math.max(0, at - 20);
        same(shapes.lastWord(text, before, at, 46, 'any', shapes.LAST_WORD_WITH_DOTS), shapes.LAST_WORD_WITH_DOTS.exec(text.slice(before, at))?.[1], `lastWord(${t}, ${at}, dots)`);
        same(shapes.lastWord(text, before, at, 46, 'line', shapes.LAST_WORD_ON_LINE), shapes.LAST_WORD_ON_LINE.exec(text.slice(before, at))?.[1], `lastWord(${t}, ${at}, on line)`);
        same(shapes.lastWord(text, before, at, 45, 'any', shapes.LAST_HYPHENATED_WORD_BEFORE_SPACE), shapes.LAST_HYPHENATED_WORD_BEFORE_SPACE.exec(text.slice(before, at))?.[1], `lastWord(${t}, ${at}, hyphenated before space)`);
        same(shapes.lowerAfterSpace(text, at, 3, true), shapes.SPACE_THEN_LOWER.test(text.slice(at, at + 3)), `lowerAfterSpace(${t}, ${at}, 3)`);
        same(shapes.lowerAfterSpace(text, at, 8, false), shapes.LOWER_AFTER_ANY_SPACE.test(text.slice(at, at + 8)), `lowerAfterSpace(${t}, ${at}, 8, any)`);
        same(shapes.possessiveBeforeWord(text, at), shapes.POSSESSIVE_BEFORE_WORD.test(text.slice(at, at + 4)), `possessiveBeforeWord(${t}, ${at})`);
        same(shapes.joinedToCapital(text, at), shapes.JOINED_TO_CAPITAL.test(text.slice(at, at + 12)), `joinedToCapital(${t}, ${at})`);
      }
    }
    assert.ok(checked > 100_000, `${checked} answers compared`);
  });
});
