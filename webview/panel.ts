// The claims panel in the browser. It owns navigation (history, search box, scroll places),
// asks the extension for what is visible, and renders with dom.ts (text only, never HTML).

import { append, h, icon, type Child } from './dom';
import { articleHeading, articleRow, claimCard, counts, entityButton, mentionItem, quoteItem, section, topList } from './render';
import {
  parseQuery,
  parseRoute,
  sameRoute,
  type ArticleRow,
  type ClaimView,
  type CurateAction,
  type EntityPage,
  type EntityQuery,
  type EntityRow,
  type FromWebview,
  type Grouped,
  type MentionView,
  type OverviewPage,
  type Page,
  type QuoteView,
  type Route,
  type Section,
  type ToWebview,
} from './protocol';
import {
  back,
  blocksToFetch,
  countLoaded,
  currentRoute,
  forward,
  moveFocus,
  plural,
  push,
  queryKey,
  routeKey,
  startHistory,
  visibleWindow,
  type History,
} from './viewLogic';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: SavedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();

interface SavedState {
  history: History;
  query: EntityQuery;
  follow: boolean;
  /** Scroll position of each page, by route key. */
  scroll: Record<string, number>;
  /** How many items of each section the reader had loaded, by route key. */
  keep: Record<string, Partial<Record<Section, number>>>;
}

const ROW_HEIGHT = 26;
const BLOCK = 200;

function restoreState(raw: unknown): SavedState {
  const fresh: SavedState = { history: startHistory(), query: { text: '', kind: 'all', sort: 'mentions' }, follow: true, scroll: {}, keep: {} };
  if (typeof raw !== 'object' || raw === null) return fresh;
  const saved = raw as Partial<SavedState>;
  const routes = Array.isArray(saved.history?.routes) ? saved.history.routes.map(parseRoute).filter((r): r is Route => !!r) : [];
  const at = saved.history?.at;
  return {
    history: routes.length && typeof at === 'number' && at >= 0 && at < routes.length ? { routes, at } : fresh.history,
    query: parseQuery(saved.query) ?? fresh.query,
    follow: typeof saved.follow === 'boolean' ? saved.follow : true,
    scroll: typeof saved.scroll === 'object' && saved.scroll ? saved.scroll : {},
    keep: typeof saved.keep === 'object' && saved.keep ? saved.keep : {},
  };
}

const state = restoreState(vscode.getState());
let requestCounter = 0;
let pageRequest = -1;
let shown: { route: Route; page: Page } | undefined;
/** Where new items of each section go, and the last article group (to join a continuing one). */
let sectionSlots: Partial<Record<Section, { list: HTMLElement; more: HTMLElement; loaded: unknown[]; total: number; lastGroup?: { path: string; list: HTMLElement } }>> = {};

function save(): void {
  vscode.setState(state);
}

function send(message: FromWebview): void {
  vscode.postMessage(message);
}

// ---------------------------------------------------------------- shell

const app = document.getElementById('app')!;
const backButton = h('button', { class: 'icon-button', 'data-action': 'back', 'aria-label': 'Back', title: 'Back (Alt+Left)' }, icon('arrow-left'));
const forwardButton = h('button', { class: 'icon-button', 'data-action': 'forward', 'aria-label': 'Forward', title: 'Forward (Alt+Right)' }, icon('arrow-right'));
const overviewTab = h('button', { role: 'tab', id: 'tab-overview', 'data-action': 'overview', 'aria-controls': 'page' }, icon('book'), ' Overview');
const entitiesTab = h('button', { role: 'tab', id: 'tab-entities', 'data-action': 'entities', 'aria-controls': 'page' }, icon('list-flat'), ' Entities');
const followButton = h('button', { class: 'icon-button', 'data-action': 'follow', 'data-testid': 'follow-toggle' });
const toolbar = h(
  'div',
  { class: 'toolbar', role: 'toolbar', 'aria-label': 'Claims panel navigation' },
  backButton,
  forwardButton,
  h('div', { role: 'tablist', class: 'tabs', 'aria-label': 'Views' }, overviewTab, entitiesTab),
  h('span', { class: 'spacer' }),
  followButton,
);
const pageElement = h('main', { id: 'page', class: 'page', tabindex: -1, 'aria-live': 'polite', 'data-testid': 'page' });
append(app, toolbar, pageElement);

function updateShell(): void {
  const route = currentRoute(state.history);
  backButton.toggleAttribute('disabled', state.history.at === 0);
  forwardButton.toggleAttribute('disabled', state.history.at >= state.history.routes.length - 1);
  for (const [tab, kind] of [
    [overviewTab, 'overview'],
    [entitiesTab, 'entities'],
  ] as const) {
    tab.setAttribute('aria-selected', String(route.kind === kind));
    tab.setAttribute('tabindex', route.kind === kind || (route.kind === 'entity' && kind === 'entities') ? '0' : '-1');
  }
  followButton.setAttribute('aria-pressed', String(state.follow));
  followButton.setAttribute('aria-label', state.follow ? 'Following the editor cursor: click to pin this page' : 'Pinned: click to follow the editor cursor');
  followButton.title = followButton.getAttribute('aria-label')!;
  followButton.replaceChildren(icon(state.follow ? 'eye' : 'pinned'));
}

// ---------------------------------------------------------------- navigation

function rememberScroll(): void {
  if (shown) {
    const key = routeKey(shown.route);
    state.scroll[key] = pageElement.scrollTop;
    state.keep[key] = countLoaded(Object.fromEntries(Object.entries(sectionSlots).map(([s, slot]) => [s, slot!.loaded])));
  }
}

function navigate(next: History): void {
  rememberScroll();
  state.history = next;
  save();
  requestPage();
}

function go(route: Route): void {
  navigate(push(state.history, route));
}

function requestPage(keepPlace = false): void {
  const route = currentRoute(state.history);
  updateShell();
  pageRequest = ++requestCounter;
  const keep = keepPlace ? state.keep[routeKey(route)] : undefined;
  send(keep ? { type: 'page', requestId: pageRequest, route, keep } : { type: 'page', requestId: pageRequest, route });
  if (!shown || !sameRoute(shown.route, route)) {
    pageElement.setAttribute('aria-busy', 'true');
  }
}

/** A list filled a page at a time; "Show more" asks the extension for the next page. */
function pagedList(sectionName: Section, items: unknown[], total: number, className: string): HTMLElement {
  const list = h('div', { class: `paged ${className}` });
  const more = h('button', { class: 'more', 'data-more': sectionName, 'data-testid': `more-${sectionName}` });
  sectionSlots[sectionName] = { list, more, loaded: [], total };
  appendItems(sectionName, items, total);
  return h('div', {}, list, more);
}

function appendItems(sectionName: Section, items: unknown[], total: number): void {
  const slot = sectionSlots[sectionName];
  if (!slot) return;
  slot.total = total;
  if (sectionName === 'mentions' || sectionName === 'quotes') {
    for (const group of items as Array<Grouped<QuoteView | MentionView>>) {
      if (slot.lastGroup && slot.lastGroup.path === group.article.path) {
        const last = slot.loaded[slot.loaded.length - 1] as Grouped<unknown>;
        last.items.push(...group.items);
      } else {
        const list = h('ul', { class: 'items' });
        slot.list.appendChild(h('div', { class: 'article-group', 'data-path': group.article.path }, articleHeading(group.article), list));
        slot.lastGroup = { path: group.article.path, list };
        slot.loaded.push({ article: group.article, items: [...group.items] });
      }
      const render = sectionName === 'mentions' ? mentionItem : quoteItem;
      const fragment = document.createDocumentFragment();
      for (const item of group.items) fragment.appendChild(render(item as QuoteView & MentionView));
      slot.lastGroup.list.appendChild(fragment);
    }
  } else {
    const fragment = document.createDocumentFragment();
    for (const item of items) {
      fragment.appendChild(sectionName === 'claims' ? claimCard(item as ClaimView) : articleRow(item as ArticleRow));
      slot.loaded.push(item);
    }
    slot.list.appendChild(fragment);
  }
  const loaded = countLoaded({ [sectionName]: slot.loaded })[sectionName] ?? 0;
  slot.more.hidden = loaded >= total;
  slot.more.replaceChildren(icon('chevron-down'), ` Show more (${(total - loaded).toLocaleString('en')} left)`);
  slot.more.setAttribute('data-offset', String(loaded));
}

// ---------------------------------------------------------------- pages

function renderEntityPage(page: EntityPage): Child[] {
  const e = page.entity;
  const children: Child[] = [
    h(
      'header',
      { class: 'entity-header' },
      h('h1', { id: 'entity-name', 'data-testid': 'entity-name' }, icon(e.kind === 'place' ? 'location' : 'person'), ' ', e.name),
      h('p', { class: 'meta', 'data-testid': 'entity-meta' }, `${e.kind === 'place' ? 'Place' : 'Person'} · ${counts(e)}`),
      e.aliases.length ? h('p', { class: 'aliases', 'data-testid': 'entity-aliases' }, 'Also written: ', e.aliases.join(', ')) : null,
      curateBar(e.id, e.kind),
    ),
  ];
  if (page.claims.total > 0)
    children.push(section('claims', 'Claims compared', page.claims.total, h('p', { class: 'hint' }, 'Quotations of the same words across articles; ', h('span', { class: 'w-unique' }, 'wording found in one version only'), ' and ', h('span', { class: 'w-reordered' }, 'words placed differently'), ' are marked.'), pagedList('claims', page.claims.items, page.claims.total, 'claims')));
  if (page.quotes.total > 0) children.push(section('quotes', 'Quotes', page.quotes.total, pagedList('quotes', page.quotes.items, page.quotes.total, 'groups')));
  children.push(section('mentions', 'Mentions', page.mentions.total, pagedList('mentions', page.mentions.items, page.mentions.total, 'groups')));
  if (page.cooccurring.length)
    children.push(
      section(
        'cooccurring',
        'Mentioned with',
        undefined,
        h('ul', { class: 'chips' }, ...page.cooccurring.map((c) => h('li', {}, entityButton(c, h('span', { class: 'count' }, ` ${c.together}`))))),
      ),
    );
  return children;
}

/** The reader's corrections, written to .dossier.yaml by the extension. */
function curateBar(id: string, kind: 'person' | 'place'): Child {
  const buttons: Array<[CurateAction, string, string]> = [
    ['merge', 'git-merge', 'Merge with…'],
    ['rename', 'edit', 'Rename…'],
    ['setKind', 'symbol-misc', `Not a ${kind}…`],
    ['ignore', 'eye-closed', 'Ignore this name'],
    ['addAlias', 'add', 'Add alias…'],
  ];
  return h('p', { class: 'curate', role: 'toolbar', 'aria-label': 'Correct Dossier', 'data-testid': 'entity-curate' },
    ...buttons.map(([action, codicon, label]) => h('button', { 'data-curate': action, 'data-id': id }, icon(codicon), ` ${label}`)));
}

function renderOverview(page: OverviewPage): Child[] {
  const s = page.stats;
  return [
    h('header', { class: 'entity-header' }, h('h1', {}, icon('book'), ' Corpus overview'), h('p', { class: 'meta', 'data-testid': 'stats' }, `${plural(s.articles, 'article')} · ${plural(s.people, 'person', 'people')} · ${plural(s.places, 'place')} · ${plural(s.quotes, 'quote')}`)),
    section(
      'top',
      'Most mentioned and most quoted',
      undefined,
      h(
        'div',
        { class: 'tops' },
        topList('People', page.topPeople, (r) => plural(r.mentions, 'mention')),
        topList('Places', page.topPlaces, (r) => plural(r.mentions, 'mention')),
        topList('Speakers', page.topSpeakers, (r) => plural(r.quotes, 'quote')),
      ),
    ),
    page.claims.total > 0 ? section('claims', 'Claims reported by several articles', page.claims.total, pagedList('claims', page.claims.items, page.claims.total, 'claims')) : null,
    section('articles', 'Articles', page.articles.total, pagedList('articles', page.articles.items, page.articles.total, 'articles')),
  ];
}

function renderPage(route: Route, page: Page): void {
  const started = performance.now();
  sectionSlots = {};
  list = undefined;
  let children: Child[];
  switch (page.kind) {
    case 'entity':
      children = renderEntityPage(page);
      break;
    case 'overview':
      children = renderOverview(page);
      break;
    case 'entities':
      children = [renderEntityList()];
      break;
    case 'missing':
      children = [h('p', { class: 'empty' }, icon('info'), ' This entity is no longer in the index.')];
      break;
    case 'noIndex':
      children = [h('p', { class: 'empty' }, icon('loading'), ' ', page.reason)];
      break;
  }
  pageElement.replaceChildren(...children.filter((c): c is Node => c instanceof Node));
  pageElement.removeAttribute('aria-busy');
  pageElement.setAttribute('data-route', routeKey(route));
  shown = { route, page };
  pageElement.scrollTop = state.scroll[routeKey(route)] ?? 0;
  // Set while rendering the entities view, which needs to be in the page to measure itself.
  (list as { refresh(): void } | undefined)?.refresh();
  const ms = performance.now() - started;
  pageElement.setAttribute('data-render-ms', ms.toFixed(1));
  send({ type: 'rendered', route, ms });
}

// ---------------------------------------------------------------- entity list (virtualised)

interface ListCache {
  key: string;
  total: number | undefined;
  rows: Map<number, EntityRow>;
  requested: Set<number>;
}

let listCache: ListCache = { key: '', total: undefined, rows: new Map(), requested: new Set() };
let list: { refresh(): void } | undefined;
let focusedRow = 0;

function requestBlocks(first: number, last: number): void {
  for (const offset of blocksToFetch(first, last, BLOCK, (start) => listCache.requested.has(start))) {
    listCache.requested.add(offset);
    send({ type: 'entities', requestId: ++requestCounter, query: state.query, offset, limit: BLOCK });
  }
}

function renderEntityList(): HTMLElement {
  const search = h('input', { type: 'search', class: 'search', placeholder: 'Search people and places', 'aria-label': 'Search people and places (names and aliases)', 'data-testid': 'entity-search', value: state.query.text });
  const kind = h(
    'select',
    { 'aria-label': 'Kind', 'data-testid': 'entity-kind' },
    ...(['all', 'person', 'place'] as const).map((k) => h('option', { value: k, selected: state.query.kind === k }, k === 'all' ? 'All' : k === 'person' ? 'People' : 'Places')),
  );
  const sort = h(
    'select',
    { 'aria-label': 'Sort by', 'data-testid': 'entity-sort' },
    ...(['mentions', 'articles', 'name'] as const).map((k) => h('option', { value: k, selected: state.query.sort === k }, `By ${k}`)),
  );
  const status = h('p', { class: 'list-status', role: 'status', 'data-testid': 'entity-count' });
  const rowsLayer = h('div', { class: 'rows' });
  const spacer = h('div', { class: 'spacer-rows' }, rowsLayer);
  const viewport = h('div', { class: 'entity-list', role: 'listbox', tabindex: 0, 'aria-label': 'People and places', 'data-testid': 'entity-list' }, spacer);

  const renderWindow = () => {
    const total = listCache.total;
    if (total === undefined) {
      status.textContent = 'Loading…';
      requestBlocks(0, BLOCK - 1);
      return;
    }
    status.textContent = state.query.text.trim() ? `${plural(total, 'match', 'matches')} for “${state.query.text.trim()}”` : plural(total, 'entity', 'entities');
    spacer.style.height = `${total * ROW_HEIGHT}px`;
    const { first, last } = visibleWindow(viewport.scrollTop, viewport.clientHeight || 400, ROW_HEIGHT, total);
    requestBlocks(first, last);
    const fragment = document.createDocumentFragment();
    for (let i = first; i <= last; i++) {
      const row = listCache.rows.get(i);
      const element = h(
        'div',
        {
          class: 'row',
          role: 'option',
          id: `entity-row-${i}`,
          'aria-selected': String(i === focusedRow),
          'aria-setsize': total,
          'aria-posinset': i + 1,
          'aria-label': row ? `${row.name}${row.matchedAlias ? ` (${row.matchedAlias})` : ''}, ${row.kind}, ${counts(row)}` : 'Loading',
          'data-index': i,
          'data-entity': row?.id,
          'data-testid': 'entity-row',
        },
        ...(row
          ? [
              icon(row.kind === 'place' ? 'location' : 'person'),
              h('span', { class: 'entity-name' }, row.name),
              row.matchedAlias ? h('span', { class: 'alias' }, ` (${row.matchedAlias})`) : null,
              h('span', { class: 'row-counts', title: counts(row) }, `${row.mentions}`, h('span', { class: 'dim' }, ` · ${row.articles}`)),
            ]
          : [h('span', { class: 'dim' }, '…')]),
      );
      element.style.transform = `translateY(${i * ROW_HEIGHT}px)`;
      fragment.appendChild(element);
    }
    rowsLayer.replaceChildren(fragment);
    if (total > 0) viewport.setAttribute('aria-activedescendant', `entity-row-${Math.min(focusedRow, total - 1)}`);
    else viewport.removeAttribute('aria-activedescendant');
  };

  const changeQuery = () => {
    state.query = { text: search.value.slice(0, 200), kind: kind.value as EntityQuery['kind'], sort: sort.value as EntityQuery['sort'] };
    save();
    if (queryKey(state.query) !== listCache.key) {
      listCache = { key: queryKey(state.query), total: undefined, rows: new Map(), requested: new Set() };
      focusedRow = 0;
      viewport.scrollTop = 0;
      renderWindow();
    }
  };
  search.addEventListener('input', changeQuery);
  kind.addEventListener('change', changeQuery);
  sort.addEventListener('change', changeQuery);
  let frame = 0;
  viewport.addEventListener('scroll', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      renderWindow();
      state.scroll.entities = viewport.scrollTop;
      save();
    });
  });
  viewport.addEventListener('keydown', (event) => {
    const total = listCache.total ?? 0;
    if (event.key === 'Enter') {
      const row = listCache.rows.get(focusedRow);
      if (row) go({ kind: 'entity', id: row.id });
      event.preventDefault();
      return;
    }
    const next = moveFocus(event.key, focusedRow, total, Math.max(1, Math.floor(viewport.clientHeight / ROW_HEIGHT) - 1));
    if (next === undefined) return;
    event.preventDefault();
    focusedRow = next;
    const top = next * ROW_HEIGHT;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (top + ROW_HEIGHT > viewport.scrollTop + viewport.clientHeight) viewport.scrollTop = top + ROW_HEIGHT - viewport.clientHeight;
    renderWindow();
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      viewport.focus();
    }
  });
  viewport.addEventListener('click', (event) => {
    const row = (event.target as Element).closest<HTMLElement>('.row[data-entity]');
    if (row) {
      focusedRow = Number(row.dataset.index);
      go({ kind: 'entity', id: row.dataset.entity! });
    }
  });

  if (listCache.key !== queryKey(state.query)) listCache = { key: queryKey(state.query), total: undefined, rows: new Map(), requested: new Set() };
  list = {
    refresh: () => {
      viewport.scrollTop = state.scroll.entities ?? 0;
      renderWindow();
    },
  };
  listRender = renderWindow;
  return h('div', { class: 'entities-view' }, h('div', { class: 'filters' }, search, kind, sort), status, viewport);
}

let listRender: (() => void) | undefined;

// ---------------------------------------------------------------- events

document.addEventListener('click', (event) => {
  const target = (event.target as Element).closest<HTMLElement>('[data-open], [data-entity], [data-action], [data-more], [data-curate]');
  if (!target || target.classList.contains('row')) return;
  if (target.hasAttribute('data-open')) {
    send({ type: 'open', path: target.dataset.path!, start: Number(target.dataset.start), end: Number(target.dataset.end) });
  } else if (target.dataset.entity) {
    go({ kind: 'entity', id: target.dataset.entity });
  } else if (target.dataset.more && shown) {
    send({ type: 'more', requestId: ++requestCounter, route: shown.route, section: target.dataset.more as Section, offset: Number(target.dataset.offset) });
    target.setAttribute('disabled', '');
  } else if (target.dataset.curate) {
    send({ type: 'curate', action: target.dataset.curate as CurateAction, entityId: target.dataset.id! });
  } else {
    action(target.dataset.action!);
  }
});

function action(name: string): void {
  switch (name) {
    case 'back':
      navigate(back(state.history));
      break;
    case 'forward':
      navigate(forward(state.history));
      break;
    case 'overview':
      go({ kind: 'overview' });
      break;
    case 'entities':
      go({ kind: 'entities' });
      break;
    case 'follow':
    case 'toggleFollow':
      state.follow = !state.follow;
      save();
      updateShell();
      send({ type: 'follow', follow: state.follow });
      break;
  }
}

document.addEventListener('keydown', (event) => {
  if (event.altKey && event.key === 'ArrowLeft') action('back');
  else if (event.altKey && event.key === 'ArrowRight') action('forward');
  else if (event.target instanceof Element && event.target.getAttribute('role') === 'tab' && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
    const next = event.target === overviewTab ? entitiesTab : overviewTab;
    next.focus();
  } else return;
  event.preventDefault();
});

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'page':
      if (message.requestId === pageRequest && sameRoute(message.route, currentRoute(state.history))) renderPage(message.route, message.page);
      break;
    case 'more':
      if (shown && sameRoute(message.route, shown.route)) {
        appendItems(message.section, message.items, message.total);
        sectionSlots[message.section]?.more.removeAttribute('disabled');
        rememberScroll();
        save();
      }
      break;
    case 'entities':
      if (queryKey(message.query) !== listCache.key) break;
      listCache.total = message.total;
      message.rows.forEach((row, i) => listCache.rows.set(message.offset + i, row));
      listRender?.();
      break;
    case 'navigate':
      go(message.route);
      break;
    case 'indexChanged':
      // Refresh in place: same page, as many items as were loaded, same scroll position.
      rememberScroll();
      listCache = { key: queryKey(state.query), total: undefined, rows: new Map(), requested: new Set() };
      requestPage(true);
      break;
    case 'follow':
      state.follow = message.follow;
      save();
      updateShell();
      break;
    case 'command':
      action(message.command);
      break;
  }
});

window.addEventListener('beforeunload', () => {
  rememberScroll();
  save();
});
let scrollSave: ReturnType<typeof setTimeout> | undefined;
pageElement.addEventListener('scroll', () => {
  if (!shown) return;
  state.scroll[routeKey(shown.route)] = pageElement.scrollTop;
  clearTimeout(scrollSave);
  scrollSave = setTimeout(save, 200);
});

updateShell();
send({ type: 'ready' });
requestPage(true);
