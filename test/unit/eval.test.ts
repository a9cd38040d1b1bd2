// The eval scorer's arithmetic, on small hand-made cases (not on the engine).
import * as assert from 'node:assert/strict';
import type { Entity, EntityKind, IndexExport, Mention, Quote, QuoteType } from '../../src/core/types';
import type { Gold, GoldArticle, GoldEntity, GoldMention, GoldQuote } from '../gold/gold';
import { bCubed, prf, scoreExport } from '../gold/score';

// A sentence of bbc/politics/tory-expert-denies-defeat-warning.txt (two Howards).
const PATH = 'bbc/politics/tory.txt';
const TEXT =
  'Mr Howard later added there was not "one iota" of truth in the report. The strategist helped Australia\'s PM, John Howard, win four elections. Mr Crosby\'s statement said: "The Conservative Party has been making an impact."';

/** Span of the n-th (0-based) occurrence of `s` in TEXT. */
function span(s: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(s, at + 1);
  assert.ok(at >= 0, `"${s}" not in the test text`);
  return { start: at, end: at + s.length };
}

const ENTITIES: GoldEntity[] = [
  { id: 'michael-howard', name: 'Michael Howard', kind: 'person' },
  { id: 'john-howard', name: 'John Howard', kind: 'person' },
  { id: 'lynton-crosby', name: 'Lynton Crosby', kind: 'person' },
  { id: 'australia', name: 'Australia', kind: 'place' },
];
const kindOf = (id: string): EntityKind => ENTITIES.find((e) => e.id === id)!.kind;

function goldMention(text: string, entity: string, nth = 0): GoldMention {
  return { path: PATH, text, entity, kind: kindOf(entity), ...span(text, nth) };
}
function goldQuote(opening: string, type: QuoteType, speakers: string[], source: string | null = null): GoldQuote {
  const s = span(opening);
  return { path: PATH, type, speakers, source, start: s.start - 1, end: TEXT.indexOf('"', s.start) + 1 };
}

function makeGold(article: Partial<GoldArticle> = {}): Gold {
  return {
    entities: new Map(ENTITIES.map((e) => [e.id, e])),
    articles: [
      {
        path: PATH,
        text: TEXT,
        bodyEnd: TEXT.length,
        neutral: [],
        mentions: [goldMention('Howard', 'michael-howard'), goldMention('Australia', 'australia'), goldMention('John Howard', 'john-howard'), goldMention('Crosby', 'lynton-crosby')],
        quotes: [goldQuote('one iota', 'partial', ['michael-howard']), goldQuote('The Conservative', 'statement', ['lynton-crosby'])],
        ...article,
      },
    ],
  };
}

function mention(text: string, entity: string, nth = 0, path = PATH): Mention {
  return { path, text, entity, ...span(text, nth) };
}
function quote(opening: string, type: QuoteType, speaker: string | null, speakerName: string | null = null): Quote {
  const g = goldQuote(opening, type, []);
  return { path: PATH, start: g.start, end: g.end, text: TEXT.slice(g.start + 1, g.end - 1), type, speaker, speakerName };
}
function entity(id: string, name: string, kind: EntityKind): Entity {
  return { id, name, kind, aliases: [] };
}

describe('eval scorer', () => {
  describe('prf', () => {
    it('computes precision, recall and their harmonic mean from separate hit counts', () => {
      const r = prf(3, 4, 3, 6);
      assert.equal(r.precision, 0.75);
      assert.equal(r.recall, 0.5);
      assert.equal(r.f1, 0.6);
    });
    it('gives precision 1 with nothing predicted and nothing to find, 0 with something missed', () => {
      assert.equal(prf(0, 0, 0, 0).precision, 1);
      assert.equal(prf(0, 0, 0, 2).precision, 0);
      assert.equal(prf(0, 0, 0, 2).f1, 0);
    });
  });

  describe('bCubed', () => {
    it('is perfect when clusters agree, whatever the labels', () => {
      const r = bCubed([
        { gold: 'a', pred: 'x' },
        { gold: 'a', pred: 'x' },
        { gold: 'b', pred: 'y' },
      ]);
      assert.deepEqual([r.precision, r.recall, r.f1], [1, 1, 1]);
    });
    it('loses recall for a split entity and precision for a merged one', () => {
      // Gold a = {1,2,3}, b = {4}; predicted x = {1,2}, y = {3,4}.
      const r = bCubed([
        { gold: 'a', pred: 'x' },
        { gold: 'a', pred: 'x' },
        { gold: 'a', pred: 'y' },
        { gold: 'b', pred: 'y' },
      ]);
      // Precision per item: 1, 1, 1/2, 1/2 -> 3/4. Recall: 2/3, 2/3, 1/3, 1 -> 2/3.
      assert.equal(r.precision, 0.75);
      assert.ok(Math.abs(r.recall - 2 / 3) < 1e-12);
      assert.ok(Math.abs(r.f1 - (2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3)) < 1e-12);
    });
  });

  describe('scoreExport', () => {
    it('scores a perfect export as 100% everywhere', () => {
      const exported: IndexExport = {
        entities: [entity('E1', 'Michael Howard', 'person'), entity('E2', 'John Howard', 'person'), entity('E3', 'Lynton Crosby', 'person'), entity('E4', 'Australia', 'place')],
        mentions: [mention('Howard', 'E1'), mention('Australia', 'E4'), mention('John Howard', 'E2'), mention('Crosby', 'E3')],
        quotes: [quote('one iota', 'partial', 'E1'), quote('The Conservative', 'statement', 'E3')],
      };
      const s = scoreExport(makeGold(), exported);
      assert.equal(s.mentions.person.f1, 1);
      assert.equal(s.mentions.place.f1, 1);
      assert.equal(s.linking.all.f1, 1);
      assert.equal(s.quotes.f1, 1);
      assert.deepEqual(s.speakerStatements, { correct: 1, total: 1 });
      assert.deepEqual(s.wrongPerson, { wrong: 0, attributed: 2 });
      assert.deepEqual(s.quoteTypeAgreement, { agree: 2, matched: 2 });
    });

    it('counts a found quote of another type as a type disagreement, not as a miss', () => {
      const exported: IndexExport = {
        entities: [entity('E1', 'Michael Howard', 'person')],
        mentions: [mention('Howard', 'E1')],
        quotes: [quote('one iota', 'scare', null)],
      };
      const s = scoreExport(makeGold(), exported);
      assert.deepEqual([s.quotes.goldHits, s.quotes.gold], [1, 2]);
      assert.deepEqual(s.quoteTypeAgreement, { agree: 0, matched: 1 });
      assert.equal(s.details.typeDisagreements[0].gold.type, 'partial');
      assert.deepEqual(s.quoteRecallByType.find((t) => t.type === 'partial'), { type: 'partial', gold: 1, found: 1 });
      assert.deepEqual(s.quoteRecallByType.find((t) => t.type === 'statement'), { type: 'statement', gold: 1, found: 0 });
    });

    it('counts overlap as a hit, the wrong kind as a false hit and a miss, and merged Howards as a link error', () => {
      const exported: IndexExport = {
        // One "Howard" entity for both men; Australia called a person; Crosby missed.
        entities: [entity('H', 'Howard', 'person'), entity('A', 'Australia', 'person')],
        mentions: [mention('Mr Howard', 'H'), mention("Australia's", 'A'), mention('John Howard', 'H')],
        quotes: [],
      };
      const s = scoreExport(makeGold(), exported);
      // Persons: 3 predicted, 2 hit ("Mr Howard" overlaps "Howard"); 3 gold, 2 found.
      assert.deepEqual([s.mentions.person.predictedHits, s.mentions.person.predicted, s.mentions.person.goldHits, s.mentions.person.gold], [2, 3, 2, 3]);
      assert.deepEqual([s.mentions.place.predicted, s.mentions.place.goldHits, s.mentions.place.gold], [0, 0, 1]);
      assert.equal(s.details.falseHits.length, 1);
      assert.equal(s.details.falseHits[0].otherKind?.entity, 'australia');
      assert.deepEqual(s.details.misses.map((m) => m.text).sort(), ['Australia', 'Crosby']);
      // Two matched person mentions, both in predicted H, gold michael-howard and john-howard: precision 1/2, recall 1.
      assert.equal(s.linking.person.precision, 0.5);
      assert.equal(s.linking.person.recall, 1);
      assert.equal(s.details.merges.length, 1);
      assert.deepEqual(s.details.merges[0].parts.map((p) => p.id).sort(), ['john-howard', 'michael-howard']);
    });

    it('maps predicted speakers through mentions and counts a wrong person apart from a missing one', () => {
      const exported: IndexExport = {
        entities: [entity('E1', 'Michael Howard', 'person'), entity('E2', 'John Howard', 'person'), entity('E3', 'Lynton Crosby', 'person')],
        mentions: [mention('Howard', 'E1'), mention('John Howard', 'E2'), mention('Crosby', 'E3')],
        // "one iota" given to John Howard (wrong person); Crosby's statement left without a speaker.
        quotes: [quote('one iota', 'partial', 'E2'), quote('The Conservative', 'statement', null, 'the Conservative Party')],
      };
      const s = scoreExport(makeGold(), exported);
      assert.deepEqual(s.wrongPerson, { wrong: 1, attributed: 1 });
      assert.deepEqual(s.speakerStatements, { correct: 0, total: 1 });
      assert.deepEqual(s.speakerAttributed, { correct: 0, total: 2 });
      assert.equal(s.details.wrongSpeakers[0].predictedAs, 'john-howard');
      assert.equal(s.details.unattributed.length, 1);
    });

    it('accepts no person for an organisation quote, any of joint speakers, and flags a person given to a source', () => {
      const gold = makeGold({
        quotes: [goldQuote('one iota', 'partial', [], 'the Tories'), goldQuote('The Conservative', 'statement', ['michael-howard', 'lynton-crosby'])],
      });
      const exported: IndexExport = {
        entities: [entity('E1', 'Michael Howard', 'person'), entity('E3', 'Lynton Crosby', 'person')],
        mentions: [mention('Howard', 'E1'), mention('Crosby', 'E3')],
        quotes: [quote('one iota', 'partial', null, 'Tories'), quote('The Conservative', 'statement', 'E3')],
      };
      const right = scoreExport(gold, exported);
      assert.deepEqual(right.speakerAttributed, { correct: 2, total: 2 });
      assert.deepEqual(right.wrongPerson, { wrong: 0, attributed: 1 });

      exported.quotes[0] = quote('one iota', 'partial', 'E1');
      const wrong = scoreExport(gold, exported);
      assert.deepEqual(wrong.wrongPerson, { wrong: 1, attributed: 2 });
    });

    it('does not score predictions in neutral spans, and counts those in boilerplate as false hits', () => {
      const gold = makeGold({ neutral: [span('John Howard')], bodyEnd: span('Mr Crosby').start });
      const exported: IndexExport = {
        entities: [entity('E1', 'Michael Howard', 'person'), entity('E2', 'John Howard', 'person'), entity('E4', 'Australia', 'place'), entity('E3', 'Crosby', 'person')],
        mentions: [mention('Howard', 'E1'), mention('Australia', 'E4'), mention('John Howard', 'E2'), mention('Crosby', 'E3')],
        quotes: [],
      };
      // Gold without the Crosby mention: it sits after bodyEnd in this variant.
      gold.articles[0].mentions = gold.articles[0].mentions.filter((m) => m.text !== 'Crosby' && m.text !== 'John Howard');
      const s = scoreExport(gold, exported);
      assert.equal(s.mentions.person.predicted, 2); // John Howard dropped as neutral
      assert.equal(s.details.falseHits.length, 1);
      assert.equal(s.details.falseHits[0].inBoilerplate, true);
    });

    it('matches a quote split over two predictions once, judging the speaker on the larger part', () => {
      const gold = makeGold({ quotes: [{ path: PATH, type: 'statement', speakers: ['lynton-crosby'], source: null, start: span('"The').start, end: TEXT.length }] });
      const half = TEXT.indexOf('an impact');
      const exported: IndexExport = {
        entities: [entity('E3', 'Lynton Crosby', 'person')],
        mentions: [mention('Crosby', 'E3')],
        quotes: [
          { path: PATH, start: span('"The').start, end: half, text: '', type: 'statement', speaker: 'E3', speakerName: 'Mr Crosby' },
          { path: PATH, start: half, end: TEXT.length, text: '', type: 'statement', speaker: null, speakerName: null },
        ],
      };
      const s = scoreExport(gold, exported);
      assert.deepEqual([s.quotes.goldHits, s.quotes.gold, s.quotes.predictedHits, s.quotes.predicted], [1, 1, 2, 2]);
      assert.deepEqual(s.speakerStatements, { correct: 1, total: 1 });
    });

    it('reports gold articles absent from the export', () => {
      const s = scoreExport(makeGold(), { entities: [], mentions: [], quotes: [], articles: [] });
      assert.deepEqual(s.missingArticles, [PATH]);
      assert.equal(s.mentions.person.recall, 0);
    });
  });
});
