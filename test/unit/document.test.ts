import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../../src/core/nlp/document';
import type { Article } from '../../src/core/types';

const SEEDS = join(__dirname, '../../samples/istanbul-talks');

export function articleOf(text: string, path = 'test.txt'): Article {
  return { path, text, title: '', body: { start: 0, end: text.length }, warnings: [] };
}

describe('parseDocument', () => {
  it('gives every token its exact offsets, across curly quotes and CRLF', () => {
    const text = 'Mr Blair\u2019s \u201cpermanent\u201d offer can\u2019t wait.\r\n\r\nU.S.-led talks \u2014 in Kyiv \ud83d\ude00 \u2014 resumed.';
    const doc = parseDocument(articleOf(text));
    for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
    assert.deepEqual(doc.tokens.slice(0, 3).map((t) => t.text), ['Mr', 'Blair', '\u2019s']);
    assert.equal(doc.paragraphs.length, 2);
    assert.equal(text.slice(doc.paragraphs[1].start, doc.paragraphs[1].end), 'U.S.-led talks \u2014 in Kyiv \ud83d\ude00 \u2014 resumed.');
  });

  it('parses only the body and keeps offsets relative to the whole text', () => {
    const text = '---\ntitle: X\n---\nZelensky said talks in Istanbul went well.\nLeave a Reply';
    const start = text.indexOf('Zelensky');
    const end = text.indexOf('\nLeave');
    const doc = parseDocument({ ...articleOf(text), body: { start, end } });
    assert.equal(doc.tokens[0].text, 'Zelensky');
    assert.equal(doc.tokens[0].start, start);
    assert.ok(doc.tokens.every((t) => t.end <= end));
  });

  it('splits the seed articles into paragraphs at single and double line breaks, sentences inside them', () => {
    for (const file of ['002_f8afb44f8dfed8d9.txt', '003_122ecd206fab1632.txt']) {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      const doc = parseDocument(articleOf(text, file));
      const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
      assert.equal(doc.paragraphs.length, lines.length);
      for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
      for (const s of doc.sentences) {
        assert.ok(doc.paragraphs.some((p) => p.start <= s.start && s.end <= p.end), `sentence crosses a paragraph: ${text.slice(s.start, s.end)}`);
      }
      doc.sentenceTokens.forEach(({ first, end }, i) => {
        for (let t = first; t < end; t++) assert.equal(doc.tokens[t].sentence, i);
      });
    }
  });

  it('breaks sentences where the text does', () => {
    const text = 'Deputy Defence Minister Alexander Fomin said the talks were useful. Mr Abbas disagreed.';
    const doc = parseDocument(articleOf(text));
    assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), [
      'Deputy Defence Minister Alexander Fomin said the talks were useful.',
      'Mr Abbas disagreed.',
    ]);
  });

  it('splits possessives the same way whatever was read before', () => {
    const text = "Standard & Poor's upgraded Pakistan. The field's value rose and Blair\u2019s aides agreed.";
    const first = parseDocument(articleOf(text)).tokens.map((t) => t.text);
    for (let i = 0; i < 3; i++) assert.deepEqual(parseDocument(articleOf(text)).tokens.map((t) => t.text), first);
    assert.ok(first.includes('Poor') && first.includes('field') && first.includes('Blair'), first.join(' '));
  });

  it('handles an empty body', () => {
    const doc = parseDocument(articleOf(''));
    assert.deepEqual(doc, { tokens: [], sentences: [], paragraphs: [], sentenceTokens: [] });
  });
});
