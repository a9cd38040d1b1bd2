import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { MessageChannel } from 'worker_threads';
import { decodeAnalysis, decodeStored, encodeAnalysis, ownBuffer, toJsonReady, type CompactAnalysis } from '../../src/core/index/analysisCodec';
import { analyzeFile } from '../../src/core/index/analyzeFile';
import type { ArticleAnalysis } from '../../src/core/types';

const SAMPLES = path.join(__dirname, '../../samples/istanbul-talks');
const BBC = ['/work/shared/corpus/bbc', path.join(__dirname, '../../../shared/corpus/bbc')].find((d) => {
  try {
    return readdirSync(d).length > 0;
  } catch {
    return false;
  }
});

function analysesOf(): ArticleAnalysis[] {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => path.join(SAMPLES, f));
  if (BBC) files.push(path.join(BBC, 'politics', readdirSync(path.join(BBC, 'politics'))[0]));
  return files.map((f) => analyzeFile(path.basename(f), readFileSync(f)).analysis!);
}

/** The analysis as plain data, getters read (what a deep comparison or JSON sees). */
const plain = (a: ArticleAnalysis) => JSON.parse(JSON.stringify(a));

describe('analysisCodec', () => {
  const analyses = analysesOf();

  it('gives back exactly the analysis it encoded, directly and through JSON', () => {
    assert.ok(analyses.some((a) => a.quotes.some((q) => q.speakerMention !== null)) && analyses.some((a) => a.names.some((n) => n.weak)));
    for (const a of analyses) {
      const compact = encodeAnalysis(a)!;
      assert.ok(compact, a.article.path);
      assert.deepStrictEqual(decodeAnalysis(compact), a);
      const viaJson = decodeAnalysis(JSON.parse(JSON.stringify(toJsonReady(compact))))!;
      assert.deepStrictEqual(viaJson, a);
      assert.deepStrictEqual(Object.keys(viaJson.article), Object.keys(a.article), 'same key order: same JSON');
      assert.strictEqual(JSON.stringify(viaJson), JSON.stringify(a));
    }
  });

  it('keeps a quotation whose words are not simply the text inside its marks, and names whose text differs from the span', () => {
    const a = plain(analyses[0]) as ArticleAnalysis;
    a.quotes.push({ start: 0, end: 10, text: 'not the text there', type: 'partial', speakerMention: null, speakerName: 'the Kremlin' });
    a.names[0] = { ...a.names[0], text: 'Other' };
    assert.deepStrictEqual(decodeAnalysis(encodeAnalysis(a)!), a);
  });

  it('makes names and quotes from strings kept elsewhere only when first asked for, and none from strings that do not hold', () => {
    const a = analyses.find((x) => x.quotes.some((q) => q.speakerMention !== null))!;
    const c = encodeAnalysis(a)!;
    // One array of numbers with the parts one after another, as the saved index keeps them.
    const numbers = Int32Array.from([c.names, c.quotes, c.sentences, c.paragraphs].flatMap((part) => Array.from(part)));
    const counts = [c.names.length, c.quotes.length, c.sentences.length, c.paragraphs.length];
    let asked = 0;
    const table = { at: (i: number) => (asked++, i === 7 ? c.strings : undefined) };
    const lazy = decodeStored(c.article, c.text, { table, index: 7 }, c.strings.length, numbers, 0, counts, 0)!;
    assert.strictEqual(asked, 0, 'nothing asked before the names are');
    assert.deepStrictEqual(lazy, a);
    assert.strictEqual(asked, 1);
    const short = decodeStored(c.article, c.text, { table: { at: () => c.strings.slice(1) }, index: 0 }, c.strings.length, numbers, 0, counts, 0)!;
    assert.deepStrictEqual([short.names, short.quotes], [[], []]);
    assert.strictEqual(decodeStored(c.article, c.text, c.strings, c.strings.length - 1, numbers, 0, counts, 0), undefined, 'a name refers past the strings');
  });

  it("moves an encoded analysis's own buffer to another thread, never one it shares with other analyses", () => {
    const a = analyses[0];
    const c = encodeAnalysis(a)!;
    const own = ownBuffer(c);
    assert.ok(own, 'encodeAnalysis makes one buffer per analysis');
    const numbers = Int32Array.from([c.names, c.quotes, c.sentences, c.paragraphs].flatMap((part) => Array.from(part)));
    const counts = [c.names.length, c.quotes.length, c.sentences.length, c.paragraphs.length];
    // the saved index decodes many analyses from one block: this one from the middle of a longer array
    const block = new Int32Array(numbers.length + 8);
    block.set(numbers, 4);
    const kept = encodeAnalysis(decodeStored(c.article, c.text, c.strings, c.strings.length, block, 4, counts, 0)!)!;
    assert.deepStrictEqual(decodeAnalysis(kept), a);
    assert.strictEqual(ownBuffer(kept), undefined, 'a shared block is not moved');
    assert.strictEqual(ownBuffer(toJsonReady(c)), undefined, 'plain arrays have no buffer');
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(c, [own!]);
    port1.close();
    port2.close();
    assert.strictEqual(c.names.length, 0, 'moved: the sender no longer holds the numbers');
  });

  it('refuses damaged input instead of trusting it', () => {
    const good = toJsonReady(encodeAnalysis(analyses[0])!);
    const damage = (f: (c: CompactAnalysis & { names: number[]; quotes: number[]; sentences: number[] }) => void) => {
      const c = JSON.parse(JSON.stringify(good));
      f(c);
      return decodeAnalysis(c);
    };
    assert.ok(damage(() => undefined));
    assert.strictEqual(damage((c) => (c.names[1] = c.text.length + 5)), undefined, 'a name past the end of the text');
    assert.strictEqual(damage((c) => (c.names[5] = 999)), undefined, 'a full name that is not in the strings');
    assert.strictEqual(damage((c) => c.names.pop()), undefined, 'a name cut short');
    assert.strictEqual(damage((c) => (c.quotes[3] = c.names.length)), undefined, 'a speaker that is no name');
    assert.strictEqual(damage((c) => (c.quotes[2] = 7)), undefined, 'an unknown quote type');
    assert.strictEqual(damage((c) => ((c as { text: unknown }).text = 5)), undefined);
    assert.strictEqual(damage((c) => ((c.names as unknown[])[0] = 'x')), undefined);
    // Sentences are made when first asked for: damaged ones give none, never an error.
    assert.deepStrictEqual(damage((c) => (c.sentences[0] = -5))!.sentences, []);
  });
});
