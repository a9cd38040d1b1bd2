// Builders of the panel's pieces from the extension's data. Text from articles goes only into
// text nodes and attributes (see dom.ts); test/unit/panel.render.test.ts feeds hostile strings.
//
// Stable hooks for tests that drive the panel as a person would (test/e2e, test/suite):
//   #app[data-testid=dossier-panel]  root;  #page[data-testid=page]  the current page, with
//     data-route ("overview" | "entities" | "entity:<id>"), data-render-ms, aria-busy while loading
//   toolbar: [data-action=back|forward], #tab-overview, #tab-entities (role=tab, aria-selected),
//     [data-testid=follow-toggle] (aria-pressed = following the cursor)
//   overview: [data-testid=stats], [data-testid=top] (people, places, speakers),
//     [data-testid=article] rows, [data-testid=claims]
//   entities: [data-testid=entity-search|entity-kind|entity-sort|entity-count],
//     [data-testid=entity-list] (role=listbox), [data-testid=entity-row] (role=option, data-entity)
//   entity page: [data-testid=entity-name|entity-meta|entity-aliases], sections
//     [data-testid=claims|quotes|mentions|cooccurring]; [data-testid=claim] (data-claim-id) >
//     [data-testid=claim-version] (data-outlet) with .w-unique / .w-reordered wording;
//     [data-testid=quote], [data-testid=mention] (name in <mark>); [data-testid=more-<section>]
//   anything that opens the article: button[data-open][data-path][data-start][data-end];
//   anything that opens an entity: [data-entity=<id>]

import { h, icon, type Child } from './dom';
import type { ArticleRow, ClaimView, EntityRow, Grouped, MentionView, QuoteView, Section, SpanRef } from './protocol';
import { articleMeta, plural, splitHighlight } from './viewLogic';

let headingCounter = 0;


export function openButton(span: SpanRef, label: string, ...children: Child[]): HTMLButtonElement {
  const button = h('button', { class: 'open', 'data-open': '', 'data-path': span.path, 'data-start': span.start, 'data-end': span.end, title: `Open ${label}` }, ...children);
  return button;
}

export function entityButton(row: { id: string; name: string; kind: string }, ...extra: Child[]): HTMLButtonElement {
  return h(
    'button',
    { class: 'entity-link', 'data-entity': row.id, 'data-testid': 'entity-link', title: `Show ${row.name}` },
    icon(row.kind === 'place' ? 'location' : 'person'),
    h('span', { class: 'entity-name' }, row.name),
    ...extra,
  );
}

export function section(id: Section | 'cooccurring' | 'top', title: string, count: number | undefined, ...children: Child[]): HTMLElement {
  const headingId = `heading-${id}-${++headingCounter}`;
  return h(
    'section',
    { class: `section section-${id}`, 'data-testid': id, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title, count !== undefined ? h('span', { class: 'count' }, ` ${count.toLocaleString('en')}`) : null),
    ...children,
  );
}

export function articleHeading(article: Grouped<unknown>['article'], level: 'h3' = 'h3'): HTMLElement {
  const meta = articleMeta(article);
  return h(
    level,
    { class: 'article-head' },
    openButton({ path: article.path, start: 0, end: 0 }, article.title, icon('file'), h('span', { class: 'article-title' }, article.title)),
    meta ? h('span', { class: 'article-meta' }, meta) : null,
  );
}

export function quoteItem(q: QuoteView): HTMLElement {
  return h(
    'li',
    { class: 'quote', 'data-testid': 'quote' },
    openButton(q, 'the quotation in the article', h('q', { class: 'quote-text' }, q.text)),
    q.type !== 'statement' ? h('span', { class: 'badge' }, q.type) : null,
  );
}

export function mentionItem(m: MentionView): HTMLElement {
  const { before, match, after } = splitHighlight(m.sentence, m.inSentence);
  return h('li', { class: 'mention', 'data-testid': 'mention' }, openButton(m, 'the mention in the article', before, h('mark', {}, match), after));
}

export function claimCard(claim: ClaimView): HTMLElement {
  const named = claim.speakers.filter((s) => s.name).map((s) => (s.entity ? `${s.name}` : `“${s.name}”`));
  const label = claim.articles > 1 ? `Reported by ${plural(claim.articles, 'article')}` : 'Single source';
  return h(
    'div',
    { class: `claim ${claim.articles > 1 ? 'claim-shared' : 'claim-single'}`, role: 'group', 'data-testid': 'claim', 'data-claim-id': claim.id, 'aria-label': `${label}: ${named.join(', ')}` },
    h(
      'div',
      { class: 'claim-head' },
      icon(claim.articles > 1 ? 'comment-discussion' : 'comment'),
      h('span', { class: 'claim-sources' }, label),
      claim.outlets.length > 1 ? h('span', { class: 'claim-outlets' }, ` · ${claim.outlets.join(', ')}`) : null,
    ),
    h(
      'ol',
      { class: 'versions' },
      ...claim.versions.map((v) =>
        h(
          'li',
          { class: 'version', 'data-testid': 'claim-version', 'data-outlet': v.outlet },
          h(
            'div',
            { class: 'version-source' },
            // Unknown outlet: the article's title says which report this is.
            h('span', { class: v.outlet ? 'outlet' : 'outlet untitled', title: v.article.title }, v.outlet ?? v.article.title),
            v.article.date ? h('span', { class: 'date' }, ` · ${v.article.date}`) : null,
            v.speakerName ? h('span', { class: 'attributed' }, ` · ${v.speaker ? '' : 'attributed to '}${v.speakerName}`) : null,
          ),
          openButton(
            v,
            `this version in ${v.article.title}`,
            h('q', { class: 'quote-text' }, ...v.segments.map((s) => (s.kind === 'same' ? s.text : h('span', { class: `w-${s.kind}`, title: s.kind === 'unique' ? 'Only in this version' : 'Elsewhere in the other versions' }, s.text)))),
          ),
        ),
      ),
    ),
  );
}

export function articleRow(a: ArticleRow): HTMLElement {
  const meta = articleMeta(a);
  return h(
    'li',
    { class: 'article-row', 'data-testid': 'article' },
    openButton({ path: a.path, start: 0, end: 0 }, a.title, icon('file'), h('span', { class: 'article-title' }, a.title)),
    h('span', { class: 'article-meta' }, [meta, `${plural(a.people, 'person', 'people')}, ${plural(a.places, 'place')}, ${plural(a.quotes, 'quote')}`].filter(Boolean).join(' · ')),
  );
}

export function counts(row: EntityRow): string {
  return `${plural(row.mentions, 'mention')} · ${plural(row.articles, 'article')}${row.quotes ? ` · ${plural(row.quotes, 'quote')}` : ''}`;
}


export function topList(title: string, rows: EntityRow[], describe: (r: EntityRow) => string): HTMLElement {
  return h('div', { class: 'top-list' }, h('h3', {}, title), h('ol', {}, ...rows.map((r) => h('li', {}, entityButton(r, h('span', { class: 'count' }, ` ${describe(r)}`))))));
}

