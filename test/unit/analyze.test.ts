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

describe('analyzeArticle: a speaker recognition left unnamed', () => {
  const text = (a: ArticleAnalysis, q: { start: number; end: number }) => a.article.text.slice(q.start, q.end);
  const spoken = (a: ArticleAnalysis, opening: string) => a.quotes.find((q) => text(a, q).startsWith(`"${opening}`));

  it('`," said Kidman\'s publicist Wendy Day.` makes Wendy Day a person and the speaker of her quotes', () => {
    const a = analyse('bbc/entertainment/kidman-wins-photographer-battle.txt');
    const day = surely(a, 'Wendy Day');
    assert.equal(day.length, 1);
    for (const opening of ['Nicole would like to make it clear', 'However, these are specific actions']) {
      const q = spoken(a, opening);
      assert.ok(q && q.speakerMention !== null, opening);
      assert.equal(a.names[q.speakerMention].local, day[0].local);
    }
  });

  it('"Jack Law, chief executive of Alcohol Focus Scotland, said ..." joins the "Mr Law" of the article and is the speaker of "ill-advised"', () => {
    const a = analyse('bbc/politics/drink-remark-acts-as-diversion.txt');
    const jack = surely(a, 'Jack Law');
    assert.equal(jack.length, 1);
    assert.ok(a.names.filter((n) => n.text === 'Law').every((n) => n.local === jack[0].local && n.fullName === 'Jack Law'));
    const q = spoken(a, 'ill-advised');
    assert.ok(q && q.speakerMention !== null);
    assert.equal(a.names[q.speakerMention].fullName, 'Jack Law');
  });

  it('leaves a firm alone: "Deutsche Boerse said TCI\'s opposition would not change its bid approach. "…"" names no person (no first name)', () => {
    const a = analyse('bbc/business/lse-doubts-boost-bidders-shares.txt');
    assert.equal(a.names.filter((n) => n.text.includes('Boerse') && n.kind === 'person').length, 0);
  });
});
