import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { loadArticle } from '../../src/core/corpus';
import type { ArticleAnalysis } from '../../src/core/types';

// What attribution settles for recognition (analyzeArticle), on whole BBC articles analysed alone.

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

function analyse(relative: string): ArticleAnalysis {
  const result = loadArticle(relative, fs.readFileSync(path.join(CORPUS, relative)));
  assert.ok(result.article, `${relative}: ${result.skipped}`);
  return analyzeArticle(result.article);
}

const surely = (a: ArticleAnalysis, text: string) => a.names.filter((n) => n.text === text && n.kind === 'person' && !n.weak);
const occurrences = (a: ArticleAnalysis, word: string) => a.article.text.match(new RegExp(`\\b${word}\\b`, 'g'))?.length ?? 0;

describe('analyzeArticle: speakers that settle a dictionary-word surname', () => {
  it('"Parry said:" with "He told" after makes every Parry of the article a person, and his quotes his', () => {
    const a = analyse('bbc/sport/parry-firm-over-gerrard.txt');
    const parry = surely(a, 'Parry');
    // all of them, including the headline and '"..." Parry explained.' opening a sentence
    assert.equal(parry.length, occurrences(a, 'Parry'));
    assert.equal(new Set(parry.map((n) => n.local)).size, 1);
    const text = (q: { start: number; end: number }) => a.article.text.slice(q.start, q.end);
    const spoken = (opening: string) => a.quotes.find((q) => text(q).startsWith(`"${opening}`));
    for (const opening of ['Steven is above money', 'We had told Chelsea', 'I have to say historically']) {
      const q = spoken(opening);
      assert.ok(q, opening);
      assert.equal(q.speakerMention === null ? null : a.names[q.speakerMention].text, 'Parry', opening);
    }
  });

  it('leaves a firm named by a dictionary word alone: "Marsh said in a statement. The company added"', () => {
    const a = analyse('bbc/business/marsh-executive-in-guilty-plea.txt');
    assert.equal(surely(a, 'Marsh').length, 0);
  });
});
