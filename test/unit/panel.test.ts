import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import type { EntitySummary } from '../../src/core/index/queries';
import { filterAndSortEntities, fold, groupByArticle } from '../../src/extension/panel/viewModel';
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
