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
});
