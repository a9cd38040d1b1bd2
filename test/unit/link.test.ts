import { strict as assert } from 'assert';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../../src/core/nlp/document';
import { recognizeNames } from '../../src/core/recognize/names';
import { Linker, linkCorpus, type LinkResult } from '../../src/core/link/link';
import { EMPTY_CURATION, type Curation } from '../../src/core/config/curation';
import type { ArticleAnalysis } from '../../src/core/types';
import { articleOf } from './document.test';

const SEEDS = join(__dirname, '../../samples/istanbul-talks');

function analyse(path: string, text: string, curation?: Curation): ArticleAnalysis {
  const article = articleOf(text, path);
  const doc = parseDocument(article);
  return { article, sentences: doc.sentences, paragraphs: doc.paragraphs, names: recognizeNames(article, doc, curation), quotes: [] };
}

/** Entity name of every mention with this text, in article order. */
function linkedAs(result: LinkResult, analyses: ArticleAnalysis[], text: string): Array<string | null> {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  return analyses.flatMap((a) => {
    const ids = result.entityOf.get(a.article.path)!;
    return a.names.flatMap((n, i) => (n.text === text ? [ids[i] ? byId.get(ids[i]!)!.name : null] : []));
  });
}

const seeds = () => readdirSync(SEEDS).map((f) => analyse(f, readFileSync(join(SEEDS, f), 'utf8')));

/**
 * The seed articles and BBC ones where linking depends on what it has seen: Blair, Brown and
 * Howard (lone surnames several people share), Lula and Lacroix (a lone name whose id another
 * "Lula" or "Lacroix" could take first). Skips the test without the BBC corpus.
 */
function orderTestCorpus(test: Mocha.Context): ArticleAnalysis[] {
  const bbc = ['/work/shared/corpus/bbc', join(__dirname, '../../../shared/corpus/bbc')].find((d) => { try { return readdirSync(d).length > 0; } catch { return false; } });
  if (!bbc) test.skip();
  test.timeout(60_000);
  const files = [
    ...['brazil-approves-bankruptcy-reform.txt', 'lacroix-label-bought-by-us-firm.txt'].map((f) => `business/${f}`),
    ...readdirSync(join(bbc!, 'politics')).sort().slice(0, 40).map((f) => `politics/${f}`),
    ...['us-firm-bids-for-lacroix-label.txt', 'brazil-jobless-rate-hits-new-low.txt'].map((f) => `business/${f}`),
  ];
  return [...seeds(), ...files.map((f) => analyse(f, readFileSync(join(bbc!, f), 'utf8')))];
}

/** The entities the articles link to (id, name, aliases) and each article's ids. */
function entityView(r: LinkResult, analyses: ArticleAnalysis[]) {
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  const used = new Set(analyses.flatMap((a) => r.entityOf.get(a.article.path)!.filter((id): id is string => !!id)));
  return {
    entities: [...used].sort().map((id) => `${id} ${byId.get(id)!.name} ${byId.get(id)!.aliases.join('|')}`),
    mentions: analyses.map((a) => `${a.article.path} ${r.entityOf.get(a.article.path)!.join(' ')}`),
  };
}

describe('linkCorpus', () => {
  it('links the spellings of one person or place across the seed articles', () => {
    const analyses = seeds();
    const result = new Linker().update(analyses);
    const entity = (id: string) => result.entities.find((e) => e.id === id);
    const zelensky = entity('person:volodymyr-zelensky') ?? entity('person:volodymyr-zelenskyy');
    assert.ok(zelensky, 'one Zelensky');
    for (const spelling of ['Zelensky', 'Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy']) {
      const linked = linkedAs(result, analyses, spelling);
      assert.ok(linked.length > 0, `${spelling} is mentioned`);
      assert.ok(linked.every((n) => n === zelensky.name), `${spelling} -> ${linked}`);
    }
    assert.ok(linkedAs(result, analyses, 'Putin').every((n) => n === 'Vladimir Putin'));
    for (const spelling of ['US', 'U.S.', 'United States', 'America']) {
      assert.ok(linkedAs(result, analyses, spelling).every((n) => n === 'United States'), spelling);
    }
    assert.ok(linkedAs(result, analyses, 'Britain').every((n) => n === 'United Kingdom'));
    assert.deepEqual(linkedAs(result, analyses, 'Lugansk'), ['Luhansk']);
    assert.equal(entity('place:united-kingdom')?.kind, 'place');
    const ids = result.entities.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    assert.ok(ids.every((id) => /^(person|place):[a-z0-9-]+$/.test(id)), 'ids are readable slugs');
  });

  it('links "Mr Blair" to Tony Blair and keeps two Browns apart', () => {
    const analyses = [
      analyse('politics/a.txt', "Tony Blair's feud with Gordon Brown is damaging the government. Mr Brown told Mr Blair nothing."),
      analyse('politics/b.txt', 'Local councillor Lyn Brown was selected for West Ham. Ms Brown said she was delighted.'),
      analyse('politics/c.txt', 'Mr Blair and Mr Brown appeared together at the launch in London.'),
      analyse('entertainment/d.txt', "Actor Tom Hanks will star in the adaptation of the novel by Dan Brown. Brown's book has sold millions."),
    ];
    const result = linkCorpus(analyses);
    assert.deepEqual(linkedAs(result, analyses, 'Blair'), ['Tony Blair', 'Tony Blair']);
    assert.deepEqual(linkedAs(result, analyses, 'Brown'), ['Gordon Brown', 'Lyn Brown', 'Gordon Brown', 'Dan Brown']);
    const browns = result.entities.filter((e) => e.kind === 'person' && e.name.endsWith('Brown')).map((e) => e.name).sort();
    assert.deepEqual(browns, ['Dan Brown', 'Gordon Brown', 'Lyn Brown']);
  });

  it('does not merge a lone surname shared by two people when nothing tells them apart', () => {
    const analyses = [
      analyse('a.txt', 'Gordon Brown spoke in Leeds.'),
      analyse('b.txt', 'Dan Brown wrote a novel in Paris.'),
      analyse('c.txt', 'Mr Brown was not available for comment.'),
    ];
    const result = linkCorpus(analyses);
    assert.deepEqual(linkedAs(result, analyses, 'Brown'), ['Brown']);
    assert.deepEqual(linkedAs(result, analyses, 'Gordon Brown'), ['Gordon Brown']);
    assert.deepEqual(linkedAs(result, analyses, 'Dan Brown'), ['Dan Brown']);
  });

  it('does not give a lone surname to a person named in full only in other folders (sections) of the corpus', function () {
    const bbc = ['/work/shared/corpus/bbc', join(__dirname, '../../../shared/corpus/bbc')].find((d) => { try { return readdirSync(d).length > 0; } catch { return false; } });
    if (!bbc) this.skip();
    // BP's "Lord Browne" (business) is not the minister Des Browne (politics), the only Browne named in full
    const files = ['business/bp-surges-ahead-on-high-oil-price.txt', 'politics/new-rules-tackle-sham-weddings.txt'];
    const text = (f: string) => readFileSync(join(bbc!, f), 'utf8');
    const apart = files.map((f) => analyse(f, text(f)));
    const inBusiness = linkedAs(linkCorpus(apart), apart.slice(0, 1), 'Browne');
    assert.ok(inBusiness.length > 0 && inBusiness.every((name) => name !== 'Des Browne'), inBusiness.join());
    // in one folder the article alone cannot tell them apart, and the one Browne named in full is taken
    const together = files.map((f) => analyse(f.replace(/^.*\//, ''), text(f)));
    assert.ok(linkedAs(linkCorpus(together), together.slice(0, 1), 'Browne').every((name) => name === 'Des Browne'));
  });

  it("gives a team sheet's initialled name to the one person named in full in its folder, by the first name only", function () {
    const bbc = ['/work/shared/corpus/bbc', join(__dirname, '../../../shared/corpus/bbc')].find((d) => { try { return readdirSync(d).length > 0; } catch { return false; } });
    if (!bbc) this.skip();
    const text = (f: string) => readFileSync(join(bbc!, f), 'utf8');
    // the GB squad's "C Murphy (Woodford Green with Essex Ladies)" is the sprinter "Britain's Catherine Murphy" of a race report
    const squad = 'sport/gb-select-holmes-for-double-bid.txt';
    const race = 'sport/gardener-wins-double-in-glasgow.txt';
    const together = [analyse(squad, text(squad)), analyse(race, text(race))];
    assert.deepEqual(linkedAs(linkCorpus(together), together.slice(0, 1), 'C Murphy'), ['Catherine Murphy']);
    assert.deepEqual(linkedAs(linkCorpus(together), together.slice(1), 'Catherine Murphy'), ['Catherine Murphy']);
    // named in full only in another section, she may be someone else
    const apart = [analyse(squad, text(squad)), analyse(`athletics/${race.slice(6)}`, text(race))];
    assert.deepEqual(linkedAs(linkCorpus(apart), apart.slice(0, 1), 'C Murphy'), ['C Murphy']);
    // England's hooker "S Thompson" is not Hunter S Thompson: the initial stands for a first name
    const sheet = 'sport/england-17-18-france.txt';
    const film = 'entertainment/johnny-depp-the-acting-outlaw.txt';
    const both = [analyse(sheet, text(sheet)), analyse(sheet.replace('england', 'film'), text(film))];
    assert.deepEqual(linkedAs(linkCorpus(both), both.slice(0, 1), 'S Thompson'), ['S Thompson']);
  });

  it('keeps a weak lone name only when the corpus knows it', () => {
    const analyses = [
      analyse('a.txt', 'The deal was approved by Absa on Monday.'),
      analyse('b.txt', 'The proposal was backed by Kowalczyk on Monday.'),
      analyse('c.txt', 'Mr Kowalczyk said the bank would wait.'),
    ];
    const result = linkCorpus(analyses);
    assert.deepEqual(linkedAs(result, analyses, 'Absa'), [null]);
    assert.deepEqual(linkedAs(result, analyses, 'Kowalczyk'), ['Kowalczyk', 'Kowalczyk']);
  });

  it('re-links incrementally to the same entities as linking from scratch', () => {
    const analyses = seeds();
    const linker = new Linker();
    linker.update(analyses);
    // change one article, drop another, add a new one
    const changed = analyses.slice(1);
    changed[0] = analyse(changed[0].article.path, changed[0].article.text + '\n\nVladimir Putin met Recep Tayyip Erdogan in Ankara.');
    changed.push(analyse('extra.txt', 'Zelenskyy spoke to Mr Erdogan about Lugansk.'));
    const incremental = linker.update(changed);
    const fresh = new Linker().update(changed);
    const view = (r: LinkResult) => changed.map((a) => r.entityOf.get(a.article.path)!.map((id) => (id ? r.entities.find((e) => e.id === id)!.name : null)));
    assert.deepEqual(view(incremental), view(fresh));
    assert.deepEqual(
      incremental.entities.map((e) => `${e.id} ${e.name} ${e.aliases.join('|')}`).sort(),
      fresh.entities.map((e) => `${e.id} ${e.name} ${e.aliases.join('|')}`).sort(),
    );
    assert.equal(incremental.entityOf.has(analyses[0].article.path), false, 'the dropped article is gone');
  });

  it('chooses a lone surname by the much-named people its article names, and again when where they are named changes', () => {
    // everyone here is named in more than 32 articles: the pairs the linker remembers
    const many = (prefix: string, text: string) => Array.from({ length: 35 }, (_, i) => analyse(`${prefix}-${i}.txt`, text));
    const launch = analyse('launch.txt', 'Mr Blair and Mr Brown appeared together at the launch in London.');
    const novels = many('novel', 'Actor Tom Hanks will star in the adaptation of the novel by Dan Brown.');
    const before = [...many('feud', "Tony Blair's feud with Gordon Brown is damaging the government."), ...novels, launch];
    const linker = new Linker();
    assert.deepEqual(linkedAs(linker.update(before), [launch], 'Brown'), ['Gordon Brown']);
    // Tony Blair now meets Dan Brown, never Gordon Brown (who is still named as often)
    const after = [...many('leeds', 'Gordon Brown spoke in Leeds.'), ...many('praise', 'Tony Blair praised the novel by Dan Brown.'), ...novels, launch];
    const incremental = linker.update(after);
    assert.deepEqual(linkedAs(incremental, [launch], 'Brown'), ['Dan Brown']);
    assert.deepEqual(linkedAs(new Linker().update(after), [launch], 'Brown'), ['Dan Brown']);
  });

  it('chooses a lone surname again when an edited article stops naming a person, not when it names them again', () => {
    const many = (prefix: string, text: string) => Array.from({ length: 35 }, (_, i) => analyse(`${prefix}-${i}.txt`, text));
    const launch = analyse('launch.txt', 'Mr Blair and Mr Brown appeared together at the launch in London.');
    const feud = many('feud', "Tony Blair's feud with Gordon Brown is damaging the government.");
    const base = [...many('leeds', 'Gordon Brown spoke in Leeds.'), ...many('novel', 'Actor Tom Hanks will star in the adaptation of the novel by Dan Brown.'), launch];
    const linker = new Linker();
    assert.deepEqual(linkedAs(linker.update([...feud, ...base]), [launch], 'Brown'), ['Gordon Brown']);
    // the same files saved again, naming the same people: the choice stands
    const resaved = feud.map((a) => analyse(a.article.path, `${a.article.text}\n\nThe row went on for years.`));
    assert.deepEqual(linkedAs(linker.update([...resaved, ...base]), [launch], 'Brown'), ['Gordon Brown']);
    // the same files now pair Tony Blair with Dan Brown: Gordon Brown left them, and the choice follows
    const rewritten = feud.map((a) => analyse(a.article.path, 'Tony Blair praised the novel by Dan Brown.'));
    const after = [...rewritten, ...base];
    assert.deepEqual(linkedAs(linker.update(after), [launch], 'Brown'), ['Dan Brown']);
    assert.deepEqual(linkedAs(new Linker().update(after), [launch], 'Brown'), ['Dan Brown']);
  });

  it('links the same articles to the same entities whatever order they come in', function () {
    const analyses = orderTestCorpus(this);
    const view = (r: LinkResult) => entityView(r, analyses);
    const inOrder = view(new Linker().update(analyses));
    // backwards, a few at a time, linking after each step; one article removed and put back on the way
    const linker = new Linker();
    const reversed = analyses.slice().reverse();
    for (let n = 3; n < reversed.length; n += 7) {
      linker.update(reversed.slice(0, n));
      if (n === 24) linker.update(reversed.slice(1, n));
    }
    const backwards = view(linker.update(reversed));
    assert.deepEqual(backwards, inOrder);
    assert.ok(inOrder.entities.some((e) => e.startsWith('person:lula-2 ')), 'two Lulas, numbered');
    assert.ok(inOrder.entities.some((e) => e.startsWith('person:tony-blair ')));
  });

  it('links ahead, as analyses come in, to the same entities as linking them at once', function () {
    const analyses = orderTestCorpus(this);
    const atOnce = entityView(new Linker().update(analyses), analyses);
    // as from two workers: out of order, each taken in as it comes, with little or no time to link ahead
    const arrivals = analyses.filter((_, i) => i % 2 === 0).concat(analyses.filter((_, i) => i % 2 === 1).reverse());
    for (const slice of [0, Infinity]) {
      const linker = new Linker();
      for (const analysis of arrivals) {
        linker.add(analysis);
        linker.resolveAhead(slice === 0 ? performance.now() : Infinity);
      }
      assert.deepEqual(entityView(linker.update(analyses), analyses), atOnce, `slices of ${slice} ms`);
    }
  });

  it('reports what changed since its previous result, and only that', () => {
    const analyses = seeds();
    const linker = new Linker();
    const before = linker.update(analyses);
    const edited = analyses.slice();
    edited[0] = analyse(edited[0].article.path, edited[0].article.text + '\n\nThe next round of talks will be held in Ankara.');
    const after = linker.update(edited);
    const changes = after.changes!;
    assert.equal(changes.previous, before);
    assert.deepEqual([...changes.entityOf.keys()], [edited[0].article.path], 'only the edited article has new ids');
    assert.deepEqual(changes.entityOf.get(edited[0].article.path), after.entityOf.get(edited[0].article.path));
    // the edit names a place for the first time: a new entity, and no other entity changes
    assert.deepEqual(changes.entities.map((e) => e.name), ['Ankara']);
    assert.deepEqual(changes.removedEntities, []);
    assert.equal(linker.update(edited), after, 'nothing changed: the same result');
  });

  it('applies curated merges, renames and splits', () => {
    const curation: Curation = {
      ...EMPTY_CURATION,
      entities: [{ name: 'Vince Cable', kind: 'person', aliases: ['Vincent Cable'] }],
      splits: [{ name: 'Brown', as: [{ name: 'Gordon Brown', paths: ['politics/**'] }] }],
    };
    const analyses = [
      analyse('politics/a.txt', 'Vincent Cable attacked Gordon Brown. Mr Brown replied.', curation),
      analyse('politics/b.txt', 'Vince Cable spoke. Mr Brown said nothing.', curation),
      analyse('sport/c.txt', 'Wes Brown was injured. Brown will miss the match.', curation),
    ];
    const result = linkCorpus(analyses, curation);
    assert.deepEqual(linkedAs(result, analyses, 'Vincent Cable'), ['Vince Cable']);
    assert.deepEqual(linkedAs(result, analyses, 'Vince Cable'), ['Vince Cable']);
    assert.deepEqual(linkedAs(result, analyses, 'Brown').slice(0, 2), ['Gordon Brown', 'Gordon Brown']);
    assert.deepEqual(linkedAs(result, analyses, 'Wes Brown'), ['Wes Brown']);
  });
});
