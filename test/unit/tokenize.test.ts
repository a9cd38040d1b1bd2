import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument, type ArticleDoc } from '../../src/core/nlp/document';
import { parseDocumentWithWink } from '../../src/core/nlp/winkOracle';
import { articleOf } from './document.test';

// Sentences below are from the BBC corpus (/work/shared/corpus/bbc) and the seed articles.
const SEEDS = join(__dirname, '../../samples/istanbul-talks');

function parse(text: string): { doc: ArticleDoc; tokens: string[]; sentences: string[] } {
  const doc = parseDocument(articleOf(text));
  return { doc, tokens: doc.tokens.map((t) => t.text), sentences: doc.sentences.map((s) => text.slice(s.start, s.end)) };
}

/** Every token is its own slice of the text, in order, and every visible character is in one. */
function assertCovers(text: string, doc: ArticleDoc): void {
  let cursor = 0;
  for (const t of doc.tokens) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.start >= cursor, `token ${t.text} at ${t.start} overlaps the one before`);
    assert.ok(/^[\s\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]*$/.test(text.slice(cursor, t.start)), `characters lost before ${t.start}`);
    cursor = t.end;
  }
}

describe('tokenize and split sentences', () => {
  it('keeps abbreviations and initials inside the sentence', () => {
    const { tokens, sentences } = parse(
      "It is good to see someone like Mr. Forsyth speak out. Yes, there has been oppression. Xbox frontman J. Allard said the console looked set to sell, and President George W. Bush agreed.",
    );
    assert.deepEqual(sentences, [
      'It is good to see someone like Mr. Forsyth speak out.',
      'Yes, there has been oppression.',
      'Xbox frontman J. Allard said the console looked set to sell, and President George W. Bush agreed.',
    ]);
    for (const t of ['Mr.', 'J.', 'W.']) assert.ok(tokens.includes(t), t);
  });

  it('ends a sentence after an abbreviation or an initial when a new sentence plainly opens', () => {
    const { sentences } = parse('It was a different era, ranging from the 15th century to World War I. But the BBC said on Thursday there was more. He moved to the U.S. The economy was growing.');
    assert.deepEqual(sentences, [
      'It was a different era, ranging from the 15th century to World War I.',
      'But the BBC said on Thursday there was more.',
      'He moved to the U.S.',
      'The economy was growing.',
    ]);
  });

  it('reads "No." as an abbreviation only before a number', () => {
    const a = parse('Mr Hague replied: "No. Definitely not." His determination to stay away was clear.');
    assert.deepEqual(a.sentences, ['Mr Hague replied: "No.', 'Definitely not."', 'His determination to stay away was clear.']);
    const b = parse('Downing Street said No. 10 would respond. It did.');
    assert.deepEqual(b.sentences, ['Downing Street said No. 10 would respond.', 'It did.']);
    assert.ok(b.tokens.includes('No.'));
  });

  it('keeps closing quotes with the sentence they end, and a quoted question with the "he asked" after it', () => {
    const { sentences } = parse(
      'Why build your own grid when you can use ours for a buck an hour?" he asked in a webcast. "I can\'t trust you\' or \'I am against you on this.\'" The worst thing in politics.',
    );
    assert.deepEqual(sentences, [
      'Why build your own grid when you can use ours for a buck an hour?" he asked in a webcast.',
      '"I can\'t trust you\' or \'I am against you on this.\'"',
      'The worst thing in politics.',
    ]);
  });

  it('splits possessives and contractions, keeps numbers with decimals and thousands whole', () => {
    const { tokens } = parse("Arsenal's website said it aims to extend this figure to 99.4% by next summer, or 5,000 homes; it can't wait and O'Neill\u2019s won't.");
    assert.deepEqual(tokens.slice(0, 2), ['Arsenal', "'s"]);
    for (const t of ['99.4', '%', '5,000', 'ca', "n't", "O'Neill", '\u2019s', 'wo']) assert.ok(tokens.includes(t), `${t} in ${tokens.join(' ')}`);
  });

  it('splits hyphenated words as wink did: compounds apart, prefixes and scores whole', () => {
    const { tokens } = parse('The 20-year-old ex-wife of a well-known co-founder saw the 3-0 win over Covid-19 fears.');
    for (const t of ['20', 'year', 'old', 'ex-wife', 'well', 'known', 'co-founder', '3-0', 'Covid-19']) assert.ok(tokens.includes(t), `${t} in ${tokens.join(' ')}`);
  });

  it('keeps web addresses, e-mail addresses and money amounts readable', () => {
    const { tokens } = parse('Fans can visit http://www.bbc.co.uk/sport, write to news@bbc.co.uk or pay £4.2bn.');
    for (const t of ['http://www.bbc.co.uk/sport', ',', 'news@bbc.co.uk', '£', '4.2', 'bn', '.']) assert.ok(tokens.includes(t), `${t} in ${tokens.join(' ')}`);
  });

  it('never runs a sentence across a line break, with CRLF or bare CR', () => {
    const text = 'Ebbers is to face trial\r\nWorldCom chief executive Bernard Ebbers\ris to face trial.';
    const { doc, sentences } = parse(text);
    assert.deepEqual(sentences, ['Ebbers is to face trial', 'WorldCom chief executive Bernard Ebbers', 'is to face trial.']);
    assertCovers(text, doc);
  });

  it('keeps every word between zero-width spaces and other invisible marks', () => {
    const text = 'Vladimir\u200bPutin met\u200b\u200bVolodymyr\u2060Zelensky\ufeffin Istanbul.\u200b';
    const { doc, tokens } = parse(text);
    assert.deepEqual(tokens, ['Vladimir', 'Putin', 'met', 'Volodymyr', 'Zelensky', 'in', 'Istanbul', '.']);
    assertCovers(text, doc);
  });

  it('reads very long lines in one pass, whatever they hold', () => {
    const sentence = 'Former WorldCom chief executive Bernard Ebbers is to face trial in the U.S. on 3.5m counts. ';
    const once = parse(sentence);
    const text = sentence.repeat(20_000);
    const many = parse(text);
    assert.equal(many.doc.tokens.length, once.doc.tokens.length * 20_000);
    assert.equal(many.doc.sentences.length, 20_000);
    // runs that a backtracking pattern would choke on
    for (const hostile of ['.'.repeat(200_000), 'a.'.repeat(100_000), "a'".repeat(100_000), 'a-'.repeat(100_000), 'http://' + 'x'.repeat(200_000)]) {
      assertCovers(hostile, parse(hostile).doc);
    }
  });

  it('agrees with wink-nlp, the oracle, on every sentence of the seed articles', () => {
    const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
    let equalTokens = 0;
    let tokens = 0;
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      const ours = parseDocument(articleOf(text, file));
      const wink = parseDocumentWithWink(articleOf(text, file));
      assert.deepEqual(ours.sentences.map(key), wink.sentences.map(key), file);
      const winkTokens = new Set(wink.tokens.map(key));
      equalTokens += ours.tokens.filter((t) => winkTokens.has(key(t))).length;
      tokens += Math.max(ours.tokens.length, wink.tokens.length);
    }
    assert.ok(equalTokens / tokens > 0.99, `${equalTokens} of ${tokens} token spans equal`);
  });
});
