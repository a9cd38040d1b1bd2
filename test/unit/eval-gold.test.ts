// The gold set resolves, and its validator catches annotations that drift from the text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GOLD_DIR, GoldError, loadGold } from '../gold/gold';

/** A throwaway gold folder holding one real BBC article and the given annotation. */
function tempGold(annotation: string, entities: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-gold-'));
  const article = 'bbc/politics/tory-expert-denies-defeat-warning.txt';
  fs.mkdirSync(path.join(dir, 'articles', path.dirname(article)), { recursive: true });
  fs.copyFileSync(path.join(GOLD_DIR, 'articles', article), path.join(dir, 'articles', article));
  fs.mkdirSync(path.join(dir, 'annotations'));
  fs.writeFileSync(path.join(dir, 'annotations', 'a.yaml'), `article: ${article}\n${annotation}`);
  fs.writeFileSync(path.join(dir, 'entities.yaml'), entities);
  return dir;
}

const ENTITIES = 'person:\n  michael-howard: Michael Howard\n  john-howard: John Howard\n  lynton-crosby: Lynton Crosby\nplace:\n  australia: Australia\n';
const MENTIONS = `mentions:
  - [Michael Howard, michael-howard]
  - [Lynton Crosby, lynton-crosby]
  - [Crosby, lynton-crosby]
  - [Howard, michael-howard]
  - [Australia, australia]
  - [John Howard, john-howard]
  - [Howard, michael-howard]
  - [Crosby, lynton-crosby]
  - [Crosby, lynton-crosby]
`;
const QUOTES = `quotes:
  - {at: I have never had, type: statement, speaker: lynton-crosby}
  - {at: one iota, type: partial, speaker: michael-howard}
  - {at: The Conservative Party has, type: statement, speaker: lynton-crosby}
  - {at: The Labour Party will, type: statement, speaker: lynton-crosby}
`;

function problemsOf(dir: string): string[] {
  try {
    loadGold(dir);
    return [];
  } catch (e) {
    assert.ok(e instanceof GoldError, String(e));
    return e.problems;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('gold set', () => {
  it('resolves every annotation of test/gold to offsets', () => {
    const gold = loadGold();
    assert.ok(gold.articles.length >= 25, `${gold.articles.length} articles`);
    for (const a of gold.articles) {
      for (const m of a.mentions) assert.equal(a.text.slice(m.start, m.end), m.text);
      for (const q of a.quotes) assert.match(a.text[q.start], /["“‘']/, `${a.path}:${q.start}`);
    }
    const categories = new Set(gold.articles.map((a) => a.path.split('/').slice(0, 2).join('/')));
    for (const c of ['seeds/000_7d0796a21ad2c65c.txt', 'bbc/business', 'bbc/entertainment', 'bbc/politics', 'bbc/sport', 'bbc/tech']) {
      assert.ok([...categories].some((x) => c.startsWith(x)), `no gold article in ${c}`);
    }
  });

  it('resolves the held-out set of test/gold/heldout, quotes without an opening mark included', () => {
    const gold = loadGold(path.join(GOLD_DIR, 'heldout'));
    assert.ok(gold.articles.length >= 20, `${gold.articles.length} held-out articles`);
    const molyneux = gold.articles.find((a) => a.path.endsWith('honour-for-uk-games-maker.txt'));
    assert.ok(molyneux, 'the Molyneux article is in the held-out set');
    const first = molyneux.quotes[0];
    assert.equal(molyneux.text.slice(first.start, first.end), 'It\'s come completely out of the blue,"');
  });

  it('resolves every held-out and blind set, and no two sets share an article', () => {
    const sets = ['', 'heldout', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13'];
    const setOf = new Map<string, string>();
    for (const set of sets) {
      const articles = loadGold(set ? path.join(GOLD_DIR, set) : GOLD_DIR).articles;
      assert.ok(articles.length >= 12, `${articles.length} articles in ${set || 'main'}`);
      for (const a of articles) {
        assert.equal(setOf.get(a.path), undefined, `${a.path} is in both ${setOf.get(a.path) || 'main'} and ${set || 'main'}`);
        setOf.set(a.path, set);
      }
    }
  });

  it('resolves a correct annotation of a real article, with spans on the names', () => {
    const dir = tempGold(MENTIONS + QUOTES, ENTITIES);
    try {
      const gold = loadGold(dir);
      const a = gold.articles[0];
      assert.equal(a.mentions.length, 9);
      assert.equal(a.text.slice(a.mentions[5].start, a.mentions[5].end), 'John Howard');
      assert.equal(a.text.slice(a.quotes[1].start, a.quotes[1].end), '"one iota"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails on a forgotten occurrence of an annotated name', () => {
    const problems = problemsOf(tempGold(MENTIONS.replace('  - [John Howard, john-howard]\n  - [Howard, michael-howard]\n', '  - [John Howard, john-howard]\n') + QUOTES, ENTITIES));
    assert.equal(problems.length, 1);
    assert.match(problems[0], /"Howard" at \d+ .*Mr Howard appointed/);
  });

  it('fails on an unknown entity, a mention out of order and a quote with no opening mark', () => {
    const problems = problemsOf(
      tempGold(
        MENTIONS.replace('[Australia, australia]', '[Australia, australian]').replace('  - [Michael Howard, michael-howard]\n', '') + '  - [Michael Howard, michael-howard]\n' + QUOTES + '  - {at: win four elections, type: statement}\n',
        ENTITIES,
      ),
    );
    assert.ok(problems.some((p) => /unknown entity id "australian"/.test(p)));
    assert.ok(problems.some((p) => p.includes('["Michael Howard","michael-howard"]: no whole-word "Michael Howard" after offset')));
    assert.ok(problems.some((p) => /no opening quote mark followed by "win four elections"/.test(p)));
  });

  it('fails on a quotation that is not annotated', () => {
    const problems = problemsOf(tempGold(MENTIONS + QUOTES.replace('  - {at: one iota, type: partial, speaker: michael-howard}\n', ''), ENTITIES));
    assert.equal(problems.length, 2); // both marks of "one iota"
    assert.ok(problems.every((p) => /quote mark at \d+ .*one iota/.test(p)));
  });
});
