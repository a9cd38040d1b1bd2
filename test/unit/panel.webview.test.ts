import * as assert from 'assert';
import { PanelModel } from '../../src/extension/panel/viewModel';
import type { FromWebview, ToWebview } from '../../webview/protocol';
import { sampleIndex } from './panelFixture';
import { startWebview, type WebviewHarness } from './panelHarness';

// The panel's browser code (webview/panel.ts) run in happy-dom against the real view model of
// the sample corpus: the messages it sends, what it shows, and how it navigates, as a reader would.

const model = new PanelModel(sampleIndex(), { mentions: 5, quotes: 50, claims: 20, articles: 100 });
let harness: WebviewHarness;
let sent: FromWebview[] = [];
const deliver = (message: ToWebview) => harness.deliver(message);
const settle = () => harness.settle();

const $ = (selector: string) => harness.window.document.querySelector(selector) as unknown as HTMLElement | null;
const $$ = (selector: string) => [...harness.window.document.querySelectorAll(selector)] as unknown as HTMLElement[];
const click = (element: HTMLElement | null) => {
  assert.ok(element, 'element to click exists');
  element.click();
};
const lastSent = <T extends FromWebview['type']>(type: T) => [...sent].reverse().find((m) => m.type === type) as Extract<FromWebview, { type: T }> | undefined;

describe('panel webview: as a reader uses it', () => {
  before(async () => {
    harness = await startWebview(model);
    sent = harness.sent;
  });
  after(() => harness.close());

  it('says it is ready and opens on the corpus overview', () => {
    assert.strictEqual(sent[0].type, 'ready');
    assert.match($('[data-testid="stats"]')!.textContent!, /^5 articles · \d+ people/);
    assert.strictEqual($$('[data-testid="article"]').length, 5);
    assert.strictEqual($('#tab-overview')!.getAttribute('aria-selected'), 'true');
    assert.ok($('[data-action="back"]')!.hasAttribute('disabled'));
  });

  it("goes to Fomin's page from the overview and shows his claims compared", async () => {
    click($$('[data-testid="top"] [data-entity="person:alexander-fomin"]')[0]);
    await settle();
    assert.strictEqual($('[data-testid="entity-name"]')!.textContent!.trim(), 'Alexander Fomin');
    assert.match($('[data-testid="entity-aliases"]')!.textContent!, /Fomin/);
    const pledge = $$('[data-testid="claim"]').find((c) => c.querySelectorAll('[data-testid="claim-version"]').length >= 4)!;
    assert.ok(pledge, 'a claim with four versions');
    assert.match(pledge.getAttribute('aria-label')!, /^Reported by 4 articles/);
    assert.ok(pledge.querySelector('.w-unique'), 'wording only one version has is marked');
    assert.ok(Number($('#page')!.getAttribute('data-render-ms')) >= 0);
    assert.strictEqual(lastSent('rendered')!.route.kind, 'entity');
  });

  it('opens a quotation at its exact span when clicked', async () => {
    const version = $('[data-testid="claim-version"] [data-open]')!;
    click(version);
    const open = lastSent('open')!;
    assert.deepStrictEqual(open, { type: 'open', path: version.dataset.path, start: Number(version.dataset.start), end: Number(version.dataset.end) });
    const page = await model.page({ kind: 'entity', id: 'person:alexander-fomin' });
    assert.ok(page.kind === 'entity');
    assert.ok(page.claims.items.some((c) => c.versions.some((v) => v.path === open.path && v.start === open.start && v.end === open.end)));
  });

  it('goes back and forward, with Alt+arrows too', async () => {
    click($('[data-action="back"]'));
    await settle();
    assert.ok($('[data-testid="stats"]'), 'back on the overview');
    harness.window.document.dispatchEvent(new harness.window.KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true }));
    await settle();
    assert.strictEqual($('[data-testid="entity-name"]')!.textContent!.trim(), 'Alexander Fomin');
  });

  it('follows a navigation from the extension and pages through mentions, grouped by article', async () => {
    deliver({ type: 'navigate', route: { kind: 'entity', id: 'place:kyiv' } });
    await settle();
    assert.strictEqual($('[data-testid="entity-name"]')!.textContent!.trim(), 'Kyiv');
    assert.strictEqual($$('[data-testid="mention"]').length, 5);
    assert.ok($$('[data-testid="mention"] mark').every((m) => m.textContent === 'Kyiv'));
    click($('[data-testid="more-mentions"]'));
    await settle();
    assert.strictEqual($$('[data-testid="mention"]').length, 10);
    const paths = $$('[data-testid="mentions"] .article-group').map((g) => g.dataset.path);
    assert.strictEqual(new Set(paths).size, paths.length, 'a page continuing an article joins its group');
  });

  it('refreshes in place when the index changes, keeping what was loaded', async () => {
    deliver({ type: 'indexChanged' });
    await settle();
    assert.deepStrictEqual(lastSent('page')!.keep, { mentions: 10 });
    assert.strictEqual($$('[data-testid="mention"]').length, 10);
  });

  it('keeps its history in the saved state for when the view is hidden and shown again', () => {
    const state = harness.saved() as { history: { routes: Array<{ kind: string; id?: string }>; at: number } };
    assert.deepStrictEqual(state.history.routes.map((r) => r.id ?? r.kind), ['overview', 'person:alexander-fomin', 'place:kyiv']);
    assert.strictEqual(state.history.at, 2);
  });

  it('searches the entity list by alias as you type and opens a row with the keyboard', async () => {
    click($('#tab-entities'));
    await settle();
    const search = $('[data-testid="entity-search"]') as unknown as HTMLInputElement;
    search.value = 'zelenskyy';
    search.dispatchEvent(new harness.window.Event('input') as unknown as Event);
    await settle();
    assert.strictEqual(lastSent('entities')!.query.text, 'zelenskyy');
    const rows = $$('[data-testid="entity-row"]');
    assert.deepStrictEqual(rows.map((r) => r.querySelector('.entity-name')!.textContent), ['Volodymyr Zelensky']);
    assert.strictEqual($('[data-testid="entity-count"]')!.textContent, '1 match for “zelenskyy”');
    const list = $('[data-testid="entity-list"]')!;
    assert.strictEqual(list.getAttribute('aria-activedescendant'), 'entity-row-0');
    list.dispatchEvent(new harness.window.KeyboardEvent('keydown', { key: 'Enter' }) as unknown as Event);
    await settle();
    assert.strictEqual($('[data-testid="entity-name"]')!.textContent!.trim(), 'Volodymyr Zelensky');
  });

  it('renders only the visible rows of 10,000 entities', async () => {
    harness.syntheticEntities = 10_000;
    click($('#tab-entities'));
    await settle();
    const search = $('[data-testid="entity-search"]') as unknown as HTMLInputElement;
    search.value = '';
    search.dispatchEvent(new harness.window.Event('input') as unknown as Event);
    await settle();
    assert.strictEqual($('[data-testid="entity-count"]')!.textContent, '10,000 entities');
    const rendered = $$('[data-testid="entity-row"]').length;
    assert.ok(rendered > 0 && rendered < 60, `${rendered} rows in the DOM`);
    const requested = sent.filter((m) => m.type === 'entities' && m.query.text === '');
    assert.ok(requested.every((m) => m.type === 'entities' && m.limit <= 200), 'asks for a block at a time');
    harness.syntheticEntities = 0;
  });

  it('toggles following the editor and tells the extension', () => {
    const toggle = $('[data-testid="follow-toggle"]')!;
    const before = toggle.getAttribute('aria-pressed');
    click(toggle);
    assert.notStrictEqual(toggle.getAttribute('aria-pressed'), before);
    assert.deepStrictEqual(lastSent('follow'), { type: 'follow', follow: before !== 'true' });
  });
});
