import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../src/core/analyze';
import { loadArticle, matchesGlob } from '../../src/core/corpus';
import { parseDocument } from '../../src/core/nlp/document';
import { findQuoteSpans } from '../../src/core/quotes/spans';
import type { Article, ArticleAnalysis, Span } from '../../src/core/types';
import { quoteSoup, random } from '../hostile/generate';

// Issue 10, analysis side: pathological text never throws and every span the engine reports is
// inside the text, in order and not overlapping. The time of each input is reported by
// `npm run bench -- --hostile`, not asserted here.

const SAMPLES = path.join(__dirname, '..', '..', 'samples', 'istanbul-talks');
const SENTENCE = 'Meanwhile, Ukrainian President Volodymyr Zelensky said that Ukraine was not lowering its defenses.';

function article(text: string, name = 'hostile.txt'): Article {
  const loaded = loadArticle(name, Buffer.from(text));
  assert.ok(loaded.article, `${name}: ${loaded.skipped}`);
  return loaded.article;
}

function assertOrderedWithin(label: string, spans: readonly Span[], text: string, allowNested = false): void {
  let lastEnd = 0;
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${label}: non-integer span ${JSON.stringify(s)}`);
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `${label}: span ${s.start}-${s.end} outside 0-${text.length}`);
    if (!allowNested) assert.ok(s.start >= lastEnd, `${label}: span ${s.start}-${s.end} overlaps the one ending at ${lastEnd}`);
    lastEnd = Math.max(lastEnd, s.end);
  }
}

function assertInvariants(label: string, a: Article, analysis: ArticleAnalysis): void {
  const text = a.text;
  assertOrderedWithin(`${label} paragraphs`, analysis.paragraphs, text);
  assertOrderedWithin(`${label} sentences`, analysis.sentences, text);
  assertOrderedWithin(`${label} names`, analysis.names, text);
  for (const n of analysis.names) assert.strictEqual(text.slice(n.start, n.end), n.text, `${label}: name text differs from its span`);
  assertOrderedWithin(`${label} quotes`, analysis.quotes, text);
  for (const q of analysis.quotes) {
    assert.ok(q.speakerMention === null || (q.speakerMention >= 0 && q.speakerMention < analysis.names.length), `${label}: speaker mention ${q.speakerMention} of ${analysis.names.length}`);
  }
  const spans = findQuoteSpans(text, analysis.paragraphs);
  assertOrderedWithin(`${label} quote spans`, spans, text);
  for (const q of spans) assert.ok(q.start <= q.innerStart && q.innerStart < q.innerEnd && q.innerEnd <= q.end, `${label}: inner ${q.innerStart}-${q.innerEnd} not inside ${q.start}-${q.end}`);
  const doc = parseDocument(a);
  assertOrderedWithin(`${label} tokens`, doc.tokens, text);
  for (const t of doc.tokens) assert.strictEqual(text.slice(t.start, t.end), t.text, `${label}: token text differs from its span`);
}

/** A real article with quote marks, punctuation and line breaks sprinkled in at random. */
function damaged(text: string, seed: number): string {
  const rnd = random(seed);
  const marks = ['"', '“', '”', '„', '«', '»', '‘', '’', "'", '\n', '\r', '\u200b', '\u202e', '—', '...', ':'];
  const chars = [...text];
  for (let k = 0; k < chars.length / 20; k++) chars.splice(Math.floor(rnd() * chars.length), 0, marks[Math.floor(rnd() * marks.length)]);
  return chars.join('');
}

describe('hostile text: analysis invariants (fuzz)', () => {
  it('keeps spans within the text, ordered and apart on 150 seeded quote-and-punctuation soups of 0.2-3 KB', () => {
    for (let seed = 0; seed < 150; seed++) {
      const text = quoteSoup(1000 + seed, 200 + seed * 20);
      const a = article(text, `soup-${seed}.txt`);
      assertInvariants(`soup ${seed}`, a, analyzeArticle(a));
    }
  });

  it('keeps the invariants on real articles damaged with stray quote marks, breaks and bidi controls', () => {
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).slice(0, 6);
    assert.ok(files.length > 0);
    files.forEach((f, i) => {
      for (let seed = 0; seed < 5; seed++) {
        const a = article(damaged(readFileSync(path.join(SAMPLES, f), 'utf8'), i * 10 + seed), f);
        assertInvariants(`${f} seed ${seed}`, a, analyzeArticle(a));
      }
    });
  });

  it('keeps every word around zero-width spaces (they separate words like spaces)', () => {
    const text = `Vladimir\u200b Putin met Volodymyr\u200b Zelensky in Istanbul. ${SENTENCE}\n`.repeat(3);
    const a = article(text);
    const doc = parseDocument(a);
    assert.strictEqual(doc.tokens.filter((t) => t.text === 'Istanbul').length, 3);
    assert.strictEqual(doc.tokens.filter((t) => t.text === 'Zelensky').length, 6);
    const names = analyzeArticle(a).names.map((n) => n.text);
    assert.strictEqual(names.filter((n) => n.endsWith('Zelensky')).length, 6, names.join(', '));
    assert.strictEqual(names.filter((n) => n.endsWith('Putin')).length, 3, names.join(', '));
  });
});

describe('hostile globs from the workspace (settings, .dossier.yaml)', () => {
  // These took minutes as backtracking regular expressions; as an automaton they take microseconds.
  it('matches repeated ** and * patterns without blowing up, and still matches correctly', () => {
    assert.equal(matchesGlob(`${'a/'.repeat(25)}y.txt`, '**/'.repeat(10) + 'x.txt'), false);
    assert.equal(matchesGlob(`${'a/'.repeat(25)}x.txt`, '**/'.repeat(10) + 'x.txt'), true);
    assert.equal(matchesGlob('a'.repeat(40), '*a'.repeat(9) + '*b'), false);
    assert.equal(matchesGlob('a'.repeat(40) + 'b', '*a'.repeat(9) + '*b'), true);
  });

  it('reads unbalanced braces and brackets as literal characters instead of throwing', () => {
    assert.equal(matchesGlob('BBC/a{b.txt', 'BBC/a{b.txt'), true);
    assert.equal(matchesGlob('BBC/[draft.txt', '**/[draft.txt'), true);
    assert.equal(matchesGlob('BBC/politics/042.md', '**/*.{txt,md}'), true);
    assert.equal(matchesGlob('BBC/politics/042.doc', '**/*.{txt,md}'), false);
  });

  it('answers a glob of any folder and a file suffix (the defaults) as its automaton does', () => {
    // '**/*.t[x]t' holds the same paths as '**/*.txt' but is matched by the automaton, not by its suffix
    const paths = ['a.txt', '.txt', 'txt', 'a/b/c.txt', 'a//b.txt', 'a/b.txt/', 'a/b.txt/c', 'a/b.TXT', 'a.txt.md', 'b.tx', '/x.txt', 'a/.txt'];
    for (const p of paths) assert.equal(matchesGlob(p, '**/*.txt'), matchesGlob(p, '**/*.t[x]t'), p);
    assert.deepEqual(paths.filter((p) => matchesGlob(p, '**/*.txt')), ['a.txt', '.txt', 'a/b/c.txt', 'a//b.txt', '/x.txt', 'a/.txt']);
  });
});
