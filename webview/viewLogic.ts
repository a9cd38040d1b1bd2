// The claims panel's view logic that needs no DOM: history, list windows, highlighting,
// labels. Unit-tested in Node (test/unit/panel.viewLogic.test.ts).

import { sameRoute, type ArticleRef, type EntityQuery, type Route, type Section } from './protocol';

/** Back/forward over routes, as a browser does: a new route drops the forward part. */
export interface History {
  routes: Route[];
  at: number;
}

export const MAX_HISTORY = 100;

export function startHistory(route: Route = { kind: 'overview' }): History {
  return { routes: [route], at: 0 };
}

export function currentRoute(history: History): Route {
  return history.routes[history.at];
}

export function push(history: History, route: Route): History {
  if (sameRoute(currentRoute(history), route)) return history;
  const routes = [...history.routes.slice(0, history.at + 1), route].slice(-MAX_HISTORY);
  return { routes, at: routes.length - 1 };
}

export function back(history: History): History {
  return history.at > 0 ? { routes: history.routes, at: history.at - 1 } : history;
}

export function forward(history: History): History {
  return history.at < history.routes.length - 1 ? { routes: history.routes, at: history.at + 1 } : history;
}

export function routeKey(route: Route): string {
  return route.kind === 'entity' ? `entity:${route.id}` : route.kind;
}

export function queryKey(query: EntityQuery): string {
  return JSON.stringify([query.text.trim(), query.kind, query.sort]);
}

/** The rows to render for a scroll position: the visible ones plus `overscan` either side. */
export function visibleWindow(scrollTop: number, viewportHeight: number, rowHeight: number, total: number, overscan = 10): { first: number; last: number } {
  if (total <= 0 || rowHeight <= 0) return { first: 0, last: -1 };
  const top = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const bottom = Math.min(total - 1, Math.ceil((scrollTop + Math.max(viewportHeight, 0)) / rowHeight) + overscan);
  return { first: Math.min(top, total - 1), last: bottom };
}

/** Offsets of the fixed-size blocks needed to cover rows first..last that are not loaded yet. */
export function blocksToFetch(first: number, last: number, blockSize: number, loaded: (blockStart: number) => boolean): number[] {
  const out: number[] = [];
  if (last < first) return out;
  for (let start = Math.floor(first / blockSize) * blockSize; start <= last; start += blockSize) if (!loaded(start)) out.push(start);
  return out;
}

/** The row to focus after a key press in a list of `total` rows, or undefined for other keys. */
export function moveFocus(key: string, current: number, total: number, pageRows: number): number | undefined {
  if (total === 0) return undefined;
  const clamp = (n: number) => Math.max(0, Math.min(total - 1, n));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + pageRows);
    case 'PageUp':
      return clamp(current - pageRows);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return undefined;
  }
}

/** A sentence cut around the highlighted name; offsets out of range are clamped, never thrown. */
export function splitHighlight(text: string, span: { start: number; end: number }): { before: string; match: string; after: string } {
  const start = Math.max(0, Math.min(text.length, span.start));
  const end = Math.max(start, Math.min(text.length, span.end));
  return { before: text.slice(0, start), match: text.slice(start, end), after: text.slice(end) };
}

/** "Outlet · 2022-03-29" or whatever of it is known. */
export function articleMeta(article: ArticleRef): string {
  return [article.outlet, article.date].filter((part): part is string => !!part).join(' · ');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** How many items of each section are loaded, to ask for as many after a refresh. */
export function countLoaded(sections: Partial<Record<Section, Array<{ items?: unknown[] } | unknown>>>): Partial<Record<Section, number>> {
  const keep: Partial<Record<Section, number>> = {};
  for (const [section, list] of Object.entries(sections) as Array<[Section, unknown[]]>) {
    keep[section] = list.reduce<number>((n, item) => {
      const items = (item as { items?: unknown[] }).items;
      return n + (section === 'mentions' || section === 'quotes' ? (Array.isArray(items) ? items.length : 0) : 1);
    }, 0);
  }
  return keep;
}

/** Appends a page of article groups, joining the first new group to the last old one if they share an article. */
export function appendGroups<T>(groups: Array<{ article: ArticleRef; items: T[] }>, more: Array<{ article: ArticleRef; items: T[] }>): Array<{ article: ArticleRef; items: T[] }> {
  const out = groups.map((g) => ({ article: g.article, items: [...g.items] }));
  for (const group of more) {
    const last = out[out.length - 1];
    if (last && last.article.path === group.article.path) last.items.push(...group.items);
    else out.push({ article: group.article, items: [...group.items] });
  }
  return out;
}
