import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import type { EntitySummary } from '../../src/core/index/queries';
import { filterAndSortEntities, fold, groupByArticle, PanelModel } from '../../src/extension/panel/viewModel';
import { MAX_ROWS_PER_REQUEST, parseFromWebview, parseRoute } from '../../webview/protocol';
import {
  appendGroups,
  back,
  blocksToFetch,
  countLoaded,
  currentRoute,
  forward,
  moveFocus,
  push,
  splitHighlight,
  startHistory,
  visibleWindow,
} from '../../webview/viewLogic';
import { sampleIndex } from './panelFixture';

// The claims panel's view logic, apart from VS Code and the DOM.

const SAMPLE_002 = readFileSync(path.join(__dirname, '../../samples/istanbul-talks/002_f8afb44f8dfed8d9.txt'), 'utf8');

describe('panel: messages from the webview are validated', () => {
  it('accepts each message the panel sends, keeping only the known fields', () => {
    assert.deepStrictEqual(parseFromWebview({ type: 'open', path: 'a/b.txt', start: 3, end: 9, extra: '<script>' }), { type: 'open', path: 'a/b.txt', start: 3, end: 9 });
    assert.deepStrictEqual(parseFromWebview({ type: 'page', requestId: 1, route: { kind: 'entity', id: 'person:alexander-fomin' } }), {
      type: 'page',
      requestId: 1,
      route: { kind: 'entity', id: 'person:alexander-fomin' },
    });
    assert.deepStrictEqual(parseFromWebview({ type: 'page', requestId: 2, route: { kind: 'overview' }, keep: { mentions: 300, quotes: -1, bogus: 4 } }), {
      type: 'page',
      requestId: 2,
      route: { kind: 'overview' },
      keep: { mentions: 300 },
    });
    assert.deepStrictEqual(parseFromWebview({ type: 'entities', requestId: 3, query: { text: 'zel', kind: 'person', sort: 'name' }, offset: 200, limit: 200 }), {
      type: 'entities',
      requestId: 3,
      query: { text: 'zel', kind: 'person', sort: 'name' },
      offset: 200,
      limit: 200,
    });
    assert.deepStrictEqual(parseFromWebview({ type: 'follow', follow: false }), { type: 'follow', follow: false });
  });

  it('rejects what the panel never sends: wrong types, negative or fractional offsets, huge pages, unknown kinds', () => {
    const bad: unknown[] = [
      null,
      'open',
      [],
      { type: 'eval', code: 'x' },
      { type: 'open', path: '', start: 0, end: 1 },
      { type: 'open', path: 'a.txt', start: -1, end: 1 },
      { type: 'open', path: 'a.txt', start: 5, end: 2 },
      { type: 'open', path: 'a.txt', start: 1.5, end: 2 },
      { type: 'open', path: 'a.txt', start: '1', end: 2 },
      { type: 'open', path: 'x'.repeat(5000), start: 0, end: 1 },
      { type: 'page', requestId: 1, route: { kind: 'entity', id: '' } },
      { type: 'page', requestId: 1, route: { kind: 'settings' } },
      { type: 'more', requestId: 1, route: { kind: 'overview' }, section: 'secrets', offset: 0 },
      { type: 'entities', requestId: 1, query: { text: 'a', kind: 'org', sort: 'name' }, offset: 0, limit: 10 },
      { type: 'entities', requestId: 1, query: { text: 'a', kind: 'all', sort: 'name' }, offset: 0, limit: MAX_ROWS_PER_REQUEST + 1 },
      { type: 'follow', follow: 'yes' },
      { type: 'rendered', route: { kind: 'overview' }, ms: Number.NaN },
    ];
    for (const message of bad) assert.strictEqual(parseFromWebview(message), undefined, JSON.stringify(message)?.slice(0, 80));
  });

  it('reads routes from saved state defensively', () => {
    assert.deepStrictEqual(parseRoute({ kind: 'entity', id: 'place:kyiv', injected: 1 }), { kind: 'entity', id: 'place:kyiv' });
    assert.strictEqual(parseRoute(JSON.parse('{"__proto__": {"kind": "overview"}}')), undefined);
  });
});

describe('panel: history', () => {
  const fomin = { kind: 'entity', id: 'person:alexander-fomin' } as const;
  const kyiv = { kind: 'entity', id: 'place:kyiv' } as const;

  it('goes back and forward like a browser, dropping the forward part on a new visit', () => {
    let h = push(push(startHistory(), fomin), kyiv);
    assert.deepStrictEqual(currentRoute(h), kyiv);
    h = back(h);
    assert.deepStrictEqual(currentRoute(h), fomin);
    assert.deepStrictEqual(currentRoute(forward(h)), kyiv);
    h = push(h, { kind: 'entities' });
    assert.deepStrictEqual(h.routes.map((r) => r.kind), ['overview', 'entity', 'entities']);
    assert.strictEqual(forward(h), h, 'nothing ahead');
    assert.strictEqual(back(back(back(h))).at, 0, 'stops at the first page');
  });

  it('does not record the same page twice in a row (following the cursor along one name)', () => {
    const h = push(startHistory(), fomin);
    assert.strictEqual(push(h, { kind: 'entity', id: 'person:alexander-fomin' }), h);
  });
});

describe('panel: the virtualised entity list', () => {
  it('renders only the rows in view (plus overscan), wherever the reader scrolls in 10,000', () => {
    const row = 26;
    const top = visibleWindow(0, 400, row, 10_000);
    assert.deepStrictEqual(top, { first: 0, last: Math.ceil(400 / row) + 10 });
    const middle = visibleWindow(5000 * row, 400, row, 10_000);
    assert.strictEqual(middle.first, 4990);
    assert.ok(middle.last - middle.first < 40, `${middle.last - middle.first + 1} rows rendered`);
    assert.deepStrictEqual(visibleWindow(10_000 * row, 400, row, 10_000).last, 9999);
    assert.deepStrictEqual(visibleWindow(0, 400, row, 0), { first: 0, last: -1 });
  });

  it('asks only for the blocks of rows not yet loaded', () => {
    const loaded = new Set([0, 200]);
    assert.deepStrictEqual(blocksToFetch(150, 450, 200, (s) => loaded.has(s)), [400]);
    assert.deepStrictEqual(blocksToFetch(5, 3, 200, () => false), []);
  });

  it('moves the focus with arrows, pages, Home and End, within bounds', () => {
    assert.strictEqual(moveFocus('ArrowDown', 0, 3, 10), 1);
    assert.strictEqual(moveFocus('ArrowUp', 0, 3, 10), 0);
    assert.strictEqual(moveFocus('PageDown', 0, 3, 10), 2);
    assert.strictEqual(moveFocus('End', 0, 10_000, 10), 9999);
    assert.strictEqual(moveFocus('Home', 500, 10_000, 10), 0);
    assert.strictEqual(moveFocus('a', 0, 3, 10), undefined);
    assert.strictEqual(moveFocus('ArrowDown', 0, 0, 10), undefined);
  });
});

describe('panel: filtering and sorting entities', () => {
  const summary = (name: string, kind: 'person' | 'place', aliases: string[], mentionCount: number, articleCount: number, quoteCount = 0): EntitySummary => ({
    id: `${kind}:${fold(name).replace(/\s+/g, '-')}`,
    name,
    kind,
    aliases,
    mentionCount,
    articleCount,
    quoteCount,
  });
  // Names and counts as they are in the sample corpus.
  const entities = [
    summary('Volodymyr Zelensky', 'person', ['Zelenskyy', 'Volodymyr Zelenskyy', 'Zelensky'], 7, 5, 3),
    summary('Recep Tayyip Erdoğan', 'person', ['Erdogan'], 4, 1, 2),
    summary('Alexander Fomin', 'person', ['Fomin'], 4, 3, 3),
    summary('Kyiv', 'place', ['Kiev'], 14, 5),
    summary('Chernihiv', 'place', [], 5, 4),
  ];

  it('finds a name by any alias, saying which alias matched', () => {
    const rows = filterAndSortEntities(entities, { text: 'zelenskyy', kind: 'all', sort: 'mentions' });
    assert.deepStrictEqual(rows.map((r) => [r.name, r.matchedAlias]), [['Volodymyr Zelensky', 'Zelenskyy']]);
    assert.deepStrictEqual(filterAndSortEntities(entities, { text: 'kiev', kind: 'all', sort: 'name' }).map((r) => r.name), ['Kyiv']);
  });

  it('ignores case and accents, so "erdogan" finds "Erdoğan" by its name', () => {
    const [row] = filterAndSortEntities(entities, { text: 'ERDOĞ', kind: 'person', sort: 'name' });
    assert.strictEqual(row.name, 'Recep Tayyip Erdoğan');
    assert.strictEqual(row.matchedAlias, undefined);
  });

  it('filters by kind and sorts by mentions, articles or name (ties by name)', () => {
    assert.deepStrictEqual(filterAndSortEntities(entities, { text: '', kind: 'place', sort: 'mentions' }).map((r) => r.name), ['Kyiv', 'Chernihiv']);
    assert.deepStrictEqual(filterAndSortEntities(entities, { text: '', kind: 'person', sort: 'mentions' }).map((r) => r.name), [
      'Volodymyr Zelensky',
      'Alexander Fomin',
      'Recep Tayyip Erdoğan',
    ]);
    assert.deepStrictEqual(filterAndSortEntities(entities, { text: '', kind: 'all', sort: 'articles' }).map((r) => r.name), [
      'Kyiv',
      'Volodymyr Zelensky',
      'Chernihiv',
      'Alexander Fomin',
      'Recep Tayyip Erdoğan',
    ]);
    assert.deepStrictEqual(filterAndSortEntities(entities, { text: '  ', kind: 'all', sort: 'name' }).map((r) => r.name), [
      'Alexander Fomin',
      'Chernihiv',
      'Kyiv',
      'Recep Tayyip Erdoğan',
      'Volodymyr Zelensky',
    ]);
  });
});

describe('panel: pages of grouped items', () => {
  const ref = (p: string) => ({ path: p, title: `Title of ${p}` });

  it('groups consecutive mentions of one article, and joins a page that continues the last group', () => {
    const items = [
      { path: '002.txt', start: 1 },
      { path: '002.txt', start: 9 },
      { path: '003.txt', start: 4 },
    ];
    const first = groupByArticle(items, ref);
    assert.deepStrictEqual(first.map((g) => [g.article.path, g.items.length]), [
      ['002.txt', 2],
      ['003.txt', 1],
    ]);
    const next = groupByArticle([{ path: '003.txt', start: 80 }, { path: '004.txt', start: 2 }], ref);
    const joined = appendGroups(first, next);
    assert.deepStrictEqual(joined.map((g) => [g.article.path, g.items.length]), [
      ['002.txt', 2],
      ['003.txt', 2],
      ['004.txt', 1],
    ]);
    assert.deepStrictEqual(countLoaded({ mentions: joined, claims: [{}, {}] }), { mentions: 5, claims: 2 });
    assert.strictEqual(first[1].items.length, 1, 'appending copies, the old page is unchanged');
  });

  it('cuts a sentence around the highlighted name, clamping offsets that do not fit', () => {
    const sentence = 'Kirby also noted that “the Russians themselves have said in the same breath they’re saying they’re withdrawing”';
    assert.ok(SAMPLE_002.includes(sentence.slice(0, 60)));
    assert.deepStrictEqual(splitHighlight(sentence, { start: 0, end: 5 }), { before: '', match: 'Kirby', after: sentence.slice(5) });
    const clamped = splitHighlight('Kirby said', { start: 6, end: 500 });
    assert.deepStrictEqual(clamped, { before: 'Kirby ', match: 'said', after: '' });
    assert.deepStrictEqual(splitHighlight('Kirby', { start: 9, end: 3 }), { before: 'Kirby', match: '', after: '' });
  });
});

describe('panel: pages built from the index of the sample corpus', () => {
  const index = sampleIndex();
  const model = new PanelModel(index, { mentions: 5, quotes: 2, claims: 20, articles: 3 });
  const FOMIN = 'person:alexander-fomin';

  it("builds Fomin's page: aliases, counts, his pledge compared across articles", async () => {
    const page = await model.page({ kind: 'entity', id: FOMIN });
    assert.ok(page.kind === 'entity');
    assert.deepStrictEqual([page.entity.name, page.entity.kind, page.entity.aliases], ['Alexander Fomin', 'person', ['Fomin']]);
    assert.strictEqual(page.entity.mentions, index.mentionsOf(FOMIN).length);
    const pledge = page.claims.items.find((c) => c.versions.some((v) => v.segments.map((s) => s.text).join('') === 'radically reduce'))!;
    assert.ok(pledge, 'the pledge is among his claims');
    assert.deepStrictEqual([...new Set(pledge.versions.map((v) => v.path.slice(0, 3)))].sort(), ['000', '001', '002', '003']);
    const v001 = pledge.versions.find((v) => v.path.startsWith('001'))!;
    assert.strictEqual(v001.speakerName, 'The head of Russian delegations', 'each version says who its outlet named');
    for (const v of pledge.versions) assert.strictEqual(v.article.title, index.article(v.path)!.title);
  });

  it('sends quotes and mentions a page at a time, grouped by article, the name highlighted', async () => {
    const page = await model.page({ kind: 'entity', id: 'place:kyiv' });
    assert.ok(page.kind === 'entity');
    const total = index.mentionsOf('place:kyiv').length;
    assert.ok(total > 10, `${total} mentions of Kyiv`);
    assert.strictEqual(page.mentions.total, total);
    const first = page.mentions.items.flatMap((g) => g.items);
    assert.strictEqual(first.length, 5);
    for (const m of first) assert.strictEqual(m.sentence.slice(m.inSentence.start, m.inSentence.end), 'Kyiv');
    const next = await model.more({ kind: 'entity', id: 'place:kyiv' }, 'mentions', 5);
    const again = (next.items as Array<{ items: Array<{ start: number; path: string }> }>).flatMap((g) => g.items);
    assert.strictEqual(again.length, 5);
    assert.deepStrictEqual(
      [...first, ...again].map((m) => `${m.path}:${m.start}`),
      index.mentionsOf('place:kyiv').slice(0, 10).map((m) => `${m.path}:${m.start}`),
      'the second page continues where the first stopped',
    );
    const medinsky = await model.page({ kind: 'entity', id: 'person:vladimir-medinsky' });
    assert.ok(medinsky.kind === 'entity');
    assert.strictEqual(medinsky.quotes.total, 4);
    assert.strictEqual(medinsky.quotes.items.flatMap((g) => g.items).length, 2);
  });

  it('re-sends as many items as the reader had loaded after an index change', async () => {
    const page = await model.page({ kind: 'entity', id: 'place:kyiv' }, { mentions: 12 });
    assert.ok(page.kind === 'entity');
    assert.strictEqual(page.mentions.items.flatMap((g) => g.items).length, 12);
    const normal = await model.page({ kind: 'entity', id: 'place:kyiv' });
    assert.ok(normal.kind === 'entity');
    assert.strictEqual(normal.mentions.items.flatMap((g) => g.items).length, 5, 'the next page is back to normal size');
  });

  it('builds the overview: articles a page at a time, top people, places and speakers, shared claims only', async () => {
    const page = await model.page({ kind: 'overview' });
    assert.ok(page.kind === 'overview');
    assert.strictEqual(page.articles.total, 5);
    assert.strictEqual(page.articles.items.length, 3);
    assert.strictEqual(page.topPlaces[0].name, 'Ukraine');
    assert.ok(page.topSpeakers.every((s, i, all) => i === 0 || all[i - 1].quotes >= s.quotes));
    assert.ok(page.topSpeakers.some((s) => s.name === 'Alexander Fomin'));
    assert.ok(page.claims.items.length > 0 && page.claims.items.every((c) => c.articles > 1));
  });

  it('carries the claims over to the next index state when no quotation changed, and regroups when one did', async () => {
    const fresh = sampleIndex();
    const first = new PanelModel(fresh);
    const claims = await first.allClaims();
    const carried = await new PanelModel(fresh, undefined, first).allClaims();
    assert.deepStrictEqual(carried.map((c) => c.id), claims.map((c) => c.id));
    assert.strictEqual(carried[0].speakers, claims[0].speakers, 'not grouped again');
    const second = new PanelModel(fresh);
    await second.allClaims();
    fresh.remove('004_dbc757bebcad6a8f.txt');
    const regrouped = await new PanelModel(fresh, undefined, second).allClaims();
    assert.ok(!regrouped.some((c) => c.versions.some((v) => v.quote.path.startsWith('004'))), 'the removed article is gone from the claims');
    assert.notStrictEqual(regrouped[0].speakers, claims[0].speakers);
  });

  it('stops grouping the claims of a disposed model (the index changed); its successor answers', async () => {
    const fresh = sampleIndex();
    const stale = new PanelModel(fresh);
    stale.dispose();
    await assert.rejects(stale.page({ kind: 'entity', id: FOMIN }), { name: 'AbortError' });
    const kyiv = await stale.page({ kind: 'entity', id: 'place:kyiv' });
    assert.strictEqual(kyiv.kind, 'entity', 'pages without claims do not wait for them');
    const next = await new PanelModel(fresh, undefined, stale).page({ kind: 'entity', id: FOMIN });
    assert.ok(next.kind === 'entity' && next.claims.total > 0);
  });

  it('answers a window of the entity list, and says when an entity is gone', async () => {
    const all = model.entityRows({ text: '', kind: 'all', sort: 'name' }, 0, 500);
    const window = model.entityRows({ text: '', kind: 'all', sort: 'name' }, 3, 4);
    assert.strictEqual(window.total, all.total);
    assert.deepStrictEqual(window.rows, all.rows.slice(3, 7));
    assert.deepStrictEqual(await model.page({ kind: 'entity', id: 'person:nobody' }), { kind: 'missing', id: 'person:nobody' });
    assert.deepStrictEqual(await model.more({ kind: 'entity', id: 'person:nobody' }, 'mentions', 0), { items: [], total: 0 });
  });
});
