import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { analyzeFile } from '../../src/core/index/analyzeFile';
import { Linker, linkCorpus, prepareLinkCorpus } from '../../src/core/link/link';
import * as path from 'path';
import { loadArticle } from '../../src/core/corpus';
import { CorpusIndex, type LinkFn } from '../../src/core/index/corpusIndex';
import { exportJsonText } from '../../src/core/index/exportJson';
import { linkByFullName as linkFixture } from './panelFixture';
import type { ArticleAnalysis, EntityKind, LocalQuote, NameMention } from '../../src/core/types';

// Hand-made analyses of two real sample articles, so the index is tested apart from recognition.
const SAMPLES = path.join(__dirname, '../../samples/istanbul-talks');

function analysisOf(file: string, names: Array<[string, EntityKind, string, number?]>, quotes: Array<[string, string | null, number | null]>): ArticleAnalysis {
  const { article } = loadArticle(file, readFileSync(path.join(SAMPLES, file)));
  const text = article!.text;
  const mentions: NameMention[] = names.map(([surface, kind, fullName, occurrence = 0]) => {
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = text.indexOf(surface, start + 1);
    assert.ok(start >= 0, `${surface} in ${file}`);
    return { start, end: start + surface.length, text: surface, kind, fullName, local: 0 };
  });
  const localQuotes: LocalQuote[] = quotes.map(([quoted, speakerName, speakerMention]) => {
    const start = text.indexOf(quoted);
    assert.ok(start >= 0, `quote in ${file}`);
    return { start, end: start + quoted.length, text: quoted.slice(1, -1), type: 'statement', speakerName, speakerMention };
  });
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]?/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  return { article: article!, sentences, paragraphs: [], names: mentions, quotes: localQuotes };
}

// The fixture's linker (one entity per full name), counting its calls.
let linkCalls = 0;
const linkByFullName: LinkFn = (analyses, curation) => {
  linkCalls++;
  return linkFixture(analyses, curation);
};

const A002 = () => analysisOf('002_f8afb44f8dfed8d9.txt', [
  ['Kyiv', 'place', 'Kyiv'],
  ['John Kirby', 'person', 'John Kirby'],
  ['Kirby', 'person', 'John Kirby', 1],
  ['Joe Biden', 'person', 'Joe Biden'],
  ['Biden', 'person', 'Joe Biden', 1],
  ['Volodymyr Zelensky', 'person', 'Volodymyr Zelensky'],
  ['Zelensky', 'person', 'Volodymyr Zelensky', 1],
], [
  ['“We’ll see. I don’t read anything into it until I see what their actions are. We’ll see if they follow through on what they’re suggesting,”', 'Joe Biden', 4],
  ['“We can say the signals we are receiving from the talks are positive but they do not drown out the explosions of Russian shells,”', 'Volodymyr Zelensky', 6],
]);

const A003 = () => analysisOf('003_122ecd206fab1632.txt', [
  ['Zelenskyy', 'person', 'Volodymyr Zelensky', 1],
  ['Kyiv', 'place', 'Kyiv', 5],
  ['Vladimir Putin', 'person', 'Vladimir Putin'],
  ['John Kirby', 'person', 'John Kirby'],
], [
  ['“It does not mean that the threat to Kyiv is over.”', 'John Kirby', null],
]);

describe('CorpusIndex', () => {
  let index: CorpusIndex;
  beforeEach(() => {
    index = new CorpusIndex({ link: linkByFullName });
    index.upsertMany([A002(), A003()]);
  });

  it('finds the mention at an offset, and the quote when no mention covers it', () => {
    const a = index.analysisOf('002_f8afb44f8dfed8d9.txt')!;
    const kirby = a.names[1];
    const hit = index.hitAt(a.article.path, kirby.start + 3);
    assert.ok(hit && hit.type === 'mention');
    assert.strictEqual(hit.entity.name, 'John Kirby');
    assert.strictEqual(index.hitAt(a.article.path, kirby.end), undefined, 'end is exclusive (a space follows)');
    const quote = a.quotes[0];
    const inQuote = index.hitAt(a.article.path, quote.start + 10);
    assert.ok(inQuote && inQuote.type === 'quote');
    assert.strictEqual(inQuote.quote.speaker, 'person:joe-biden');
  });

  it('lists mentions of an entity across articles, with the sentence around each', () => {
    const mentions = index.mentionsOf('person:volodymyr-zelensky');
    assert.deepStrictEqual(mentions.map((m) => [m.path.slice(0, 3), m.text]), [['002', 'Volodymyr Zelensky'], ['002', 'Zelensky'], ['003', 'Zelenskyy']]);
    const [first] = index.mentionsInContext('person:volodymyr-zelensky', { offset: 2, limit: 5 });
    assert.strictEqual(first.sentence.slice(first.inSentence.start, first.inSentence.end), 'Zelenskyy');
    assert.match(first.sentence, /a meeting between President Volodymyr Zelenskyy and his Russian counterpart/);
  });

  it('answers quotes by, quotes mentioning, and co-occurrence', () => {
    assert.strictEqual(index.quotesBy('person:volodymyr-zelensky').length, 1);
    const aboutKyiv = index.quotesMentioning('place:kyiv');
    assert.deepStrictEqual(aboutKyiv.map((q) => q.speakerName), ['John Kirby']);
    assert.strictEqual(aboutKyiv[0].speaker, null, 'no speaker mention: no entity, only the name');
    const co = index.cooccurring('person:john-kirby').map((c) => [c.entity.name, c.articles]);
    assert.deepStrictEqual(co.slice(0, 2), [['Volodymyr Zelensky', 2], ['Kyiv', 2]]);
  });

  it('filters the entity list by kind and text, most mentioned first', () => {
    assert.deepStrictEqual(index.entities({ kind: 'person', text: 'zel' }).map((e) => [e.name, e.mentionCount, e.articleCount]), [['Volodymyr Zelensky', 3, 2]]);
    assert.deepStrictEqual(index.entities({ kind: 'place' }).map((e) => e.name), ['Kyiv']);
  });

  it('updates one article without relinking per query, and drops what a removed article said', () => {
    index.stats();
    const before = linkCalls;
    index.hitAt('003_122ecd206fab1632.txt', 0);
    index.mentionsOf('place:kyiv');
    assert.strictEqual(linkCalls, before, 'no change, no relinking');
    const changes: string[] = [];
    index.onDidChange((c) => changes.push(...c.removed));
    assert.ok(index.remove('002_f8afb44f8dfed8d9.txt'));
    assert.deepStrictEqual(changes, ['002_f8afb44f8dfed8d9.txt']);
    assert.strictEqual(index.quotesBy('person:volodymyr-zelensky').length, 0);
    assert.strictEqual(index.entity('person:joe-biden'), undefined);
    assert.deepStrictEqual(index.stats(), { articles: 1, people: 3, places: 1, quotes: 1, mentions: 4 });
  });

  it('renames an article, keeping its mentions under the new path', () => {
    index.rename('003_122ecd206fab1632.txt', 'renamed/003.txt');
    assert.deepStrictEqual(index.mentionsOf('person:vladimir-putin').map((m) => m.path), ['renamed/003.txt']);
    assert.strictEqual(index.article('003_122ecd206fab1632.txt'), undefined);
  });

  it('exports the issue-3 shape', () => {
    const out = index.export();
    assert.deepStrictEqual(Object.keys(out), ['entities', 'mentions', 'quotes', 'articles']);
    assert.deepStrictEqual(Object.keys(out.entities[0]).sort(), ['aliases', 'id', 'kind', 'name']);
    const m = out.mentions[0];
    assert.deepStrictEqual([m.path, typeof m.start, typeof m.end, typeof m.entity], ['002_f8afb44f8dfed8d9.txt', 'number', 'number', 'string']);
    const q = out.quotes.find((x) => x.speakerName === 'Joe Biden')!;
    assert.deepStrictEqual([q.speaker, q.type], ['person:joe-biden', 'statement']);
    assert.strictEqual(out.articles!.length, 2);
    assert.ok(!('text' in out.articles![0]));
  });
});

describe('CorpusIndex on the real pipeline (analyzeFile + linkCorpus)', function () {
  this.timeout(60_000);
  it('re-indexes one edited article and links its new mention to the existing entity', () => {
    const index = new CorpusIndex({ link: linkCorpus });
    for (const file of readdirSync(SAMPLES)) index.upsert(analyzeFile(file, readFileSync(path.join(SAMPLES, file))).analysis!);
    const putin = index.entities({ kind: 'person', text: 'putin' })[0];
    assert.strictEqual(putin.name, 'Vladimir Putin');
    const before = index.mentionsOf(putin.id).length;
    const kirbyBefore = index.mentionsOf(index.entities({ text: 'kirby' })[0].id).length;

    const edited = readFileSync(path.join(SAMPLES, '001_473595742cb198c6.txt'), 'utf8').replace('More talks are expected to follow.', 'More talks are expected to follow, President Vladimir Putin said.');
    index.upsert(analyzeFile('001_473595742cb198c6.txt', Buffer.from(edited)).analysis!);
    const after = index.mentionsOf(putin.id);
    assert.strictEqual(after.length, before + 1);
    const added = after.find((m) => m.path.startsWith('001') && m.text === 'Vladimir Putin')!;
    assert.strictEqual(edited.slice(added.start, added.end), 'Vladimir Putin');
    assert.strictEqual(index.mentionsOf(index.entities({ text: 'kirby' })[0].id).length, kirbyBefore, 'other entities untouched');
  });

  it('links in slices to the same result as all at once, answering from the previous linking meanwhile', async () => {
    const bbc = ['/work/shared/corpus/bbc', path.join(__dirname, '../../../shared/corpus/bbc')].find((d) => { try { return readdirSync(d).length > 0; } catch { return false; } });
    const files: Array<[string, string]> = readdirSync(SAMPLES).map((f) => [f, path.join(SAMPLES, f)]);
    for (const topic of bbc ? ['business', 'politics'] : []) {
      for (const f of readdirSync(path.join(bbc!, topic)).sort().slice(0, 20)) files.push([`${topic}/${f}`, path.join(bbc!, topic, f)]);
    }
    const analyses = files.map(([name, file]) => analyzeFile(name, readFileSync(file)).analysis!).filter(Boolean);
    const whole = new CorpusIndex({ link: (all, curation) => new Linker(curation).update(all) });
    whole.upsertMany(analyses);

    const sliced = new CorpusIndex({ link: linkCorpus, prepareLink: prepareLinkCorpus });
    sliced.upsertMany(analyses.slice(0, 5));
    sliced.relink();
    const before = sliced.stats();
    sliced.upsertMany(analyses.slice(5));
    let pauses = 0;
    let during: ReturnType<CorpusIndex['stats']> | undefined;
    await sliced.relinkInSlices(async () => {
      if (pauses++ === 0) during = sliced.stats();
      await new Promise((resolve) => setImmediate(resolve));
    }, 0);
    assert.ok(pauses > analyses.length, `${pauses} slices`);
    assert.strictEqual(during!.mentions, before.mentions, 'a query during the slices does not link the rest at once');
    const linked = (index: CorpusIndex) => index.export().mentions.map((m) => `${m.path} ${m.start} ${index.entity(m.entity)!.name}`);
    assert.deepStrictEqual(linked(sliced), linked(whole));
    assert.deepStrictEqual(sliced.stats(), whole.stats());
  });

  it('applies only what the linker says changed, to the same index as linking afresh', () => {
    const analyses = readdirSync(SAMPLES).sort().map((f) => analyzeFile(f, readFileSync(path.join(SAMPLES, f))).analysis!);
    const linker = new Linker();
    let linked = 0;
    const index = new CorpusIndex({
      link: (all) => {
        const result = linker.update(all);
        linked = result.changes ? result.changes.entityOf.size : all.length;
        return result;
      },
    });
    index.upsertMany(analyses);
    const view = (i: CorpusIndex) => ({ ...i.export(), entities: i.entities().map((e) => `${e.id} ${e.name} ${e.mentionCount} ${e.articleCount} ${e.quoteCount} ${e.aliases.join('|')}`) });
    const fresh = (list: ArticleAnalysis[]) => {
      const i = new CorpusIndex({ link: (all) => new Linker().update(all) });
      i.upsertMany(list);
      return view(i);
    };
    let current = analyses.slice();
    assert.deepStrictEqual(view(index), fresh(current));
    // an edit naming a person and a place already known: only that article gets new ids
    const first = current[0];
    const edited = analyzeFile(first.article.path, Buffer.from(`${first.article.text}\n\n"We will talk again," Vladimir Putin told reporters in Istanbul.\n`)).analysis!;
    current[0] = edited;
    index.upsert(edited);
    assert.deepStrictEqual(view(index), fresh(current));
    assert.strictEqual(linked, 1, 'one article relinked');
    // the same analysis again (a save without change), a rename, a removal
    index.upsert(edited);
    assert.deepStrictEqual(view(index), fresh(current));
    index.rename(current[1].article.path, 'renamed.txt');
    current[1] = { ...current[1], article: { ...current[1].article, path: 'renamed.txt' } };
    assert.deepStrictEqual(view(index), fresh(current));
    index.remove(current[2].article.path);
    current = current.filter((_, i) => i !== 2);
    assert.deepStrictEqual(view(index), fresh(current));
  });

  it('writes the export as JSON in slices, the same text as JSON.stringify', async () => {
    const index = new CorpusIndex({ link: linkCorpus });
    for (const file of readdirSync(SAMPLES)) index.upsert(analyzeFile(file, readFileSync(path.join(SAMPLES, file))).analysis!);
    const value = index.export();
    let pauses = 0;
    const text = await exportJsonText(value, async () => void pauses++, 0);
    assert.strictEqual(text, JSON.stringify(value, null, 2));
    assert.ok(pauses >= value.mentions.length, `${pauses} pauses`);
    assert.strictEqual(await exportJsonText({ entities: [], mentions: [], quotes: [] }, async () => undefined), JSON.stringify({ entities: [], mentions: [], quotes: [] }, null, 2));
  });

  it('filters the entity list by any part of a name or alias, exactly as a plain scan would', () => {
    const index = new CorpusIndex({ link: linkCorpus });
    for (const file of readdirSync(SAMPLES)) index.upsert(analyzeFile(file, readFileSync(path.join(SAMPLES, file))).analysis!);
    const all = index.entities();
    const needles = new Set(['zelenskyy', 'ky', 'a', 'an f', 'xyz', 'v', 'vo', 'vol', 'volodymyr z', 'volodymyr zelensky', 'volodymyr zelenskyx']); // longer texts narrow the last search
    for (const e of all) for (let i = 0; i + 2 <= e.name.length; i += 3) needles.add(e.name.slice(i, i + 2).toLowerCase());
    for (const needle of needles) {
      for (const kind of [undefined, 'person', 'place'] as const) {
        const expected = all.filter((e) => (!kind || e.kind === kind) && [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle.trim())));
        assert.deepStrictEqual(index.entities({ kind, text: needle }).map((e) => e.id), expected.map((e) => e.id), `${needle} ${kind}`);
        // A limited search keeps the most mentioned; the next, longer text must not narrow from its partial list.
        for (const limit of [1, 3]) assert.deepStrictEqual(index.entities({ kind, text: needle, limit }).map((e) => e.id), expected.slice(0, limit).map((e) => e.id), `${needle} ${kind} ${limit}`);
      }
    }
    assert.deepStrictEqual(index.entities({ limit: 2 }), all.slice(0, 2));
    assert.deepStrictEqual(index.entities({ text: 'ZELENSKYY' }).map((e) => e.name), ['Volodymyr Zelensky'], 'an alias finds its entity');
  });

  it('answers the same whether an article\'s mentions are made before or after the corpus-wide queries', () => {
    const analyses = readdirSync(SAMPLES).map((file) => analyzeFile(file, readFileSync(path.join(SAMPLES, file))).analysis!);
    const viewsFirst = new CorpusIndex({ link: linkCorpus });
    const idsOnly = new CorpusIndex({ link: linkCorpus });
    viewsFirst.upsertMany(analyses);
    idsOnly.upsertMany(analyses);
    for (const p of viewsFirst.paths()) viewsFirst.mentionsIn(p);
    // Co-occurring entities with equal counts come in the order their articles were linked: compared as a set.
    const coEntities = (index: CorpusIndex, id: string) => index.cooccurring(id, Infinity).map((c) => `${c.entity.id} ${c.articles} ${c.entity.mentionCount}`).sort();
    const everything = (index: CorpusIndex) => {
      const entities = index.entities();
      return {
        stats: index.stats(),
        articles: index.articles(),
        entities,
        byEntity: entities.map((e) => [index.mentionsOf(e.id), index.quotesBy(e.id), index.quotesMentioning(e.id), coEntities(index, e.id)]),
        perArticle: index.paths().map((p) => [index.mentionsIn(p), index.quotesIn(p), index.article(p)]),
      };
    };
    const expected = everything(viewsFirst);
    assert.ok(expected.stats.mentions > 20 && expected.stats.quotes > 5, JSON.stringify(expected.stats));
    assert.strictEqual(expected.stats.mentions, expected.perArticle.reduce((n, [mentions]) => n + (mentions as unknown[]).length, 0));
    assert.deepStrictEqual(everything(idsOnly), expected);

    // An edit after the views were made: the same as indexing the edited corpus afresh.
    const file = '001_473595742cb198c6.txt';
    const edited = analyzeFile(file, Buffer.from(readFileSync(path.join(SAMPLES, file), 'utf8').replace('More talks are expected to follow.', 'More talks are expected to follow, President Vladimir Putin said.'))).analysis!;
    idsOnly.upsert(edited);
    const fresh = new CorpusIndex({ link: linkCorpus });
    fresh.upsertMany(analyses.map((a) => (a.article.path === file ? edited : a)));
    assert.deepStrictEqual(everything(idsOnly), everything(fresh));
  });
});
