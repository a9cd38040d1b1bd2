// The hover's Markdown, built from the index's answers. Plain functions (no `vscode`) so the
// content is unit-tested on the sample corpus; hover.ts only wraps it for the editor.
import type { Entity, Quote, Span } from '../core/types';
import type { CorpusQueries } from '../core/index/queries';
import { boldSnippet, escapeMarkdown, truncate } from './markdown';

export interface HoverLimits {
  maxMentions: number;
  maxQuotes: number;
}

/** Link targets; the editor side turns them into `command:` URIs. */
export interface HoverLinks {
  open(path: string, span: Span): string;
  showEntity(entityId: string): string;
}

/** Present while the first index is still being built: counts are then partial. */
export interface IndexingProgress {
  done: number;
  total: number;
}

const QUOTE_WIDTH = 220;

export function articleLabel(q: CorpusQueries, path: string): string {
  const article = q.article(path);
  const title = truncate(article?.title?.trim() || path, 80);
  return article?.outlet ? `${title} · ${article.outlet}` : title;
}

function link(label: string, target: string): string {
  return `[${escapeMarkdown(label)}](${target})`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function progressNote(progress: IndexingProgress | undefined): string[] {
  if (!progress) return [];
  return [`*Indexing (${progress.done.toLocaleString('en-US')} of ${plural(progress.total, 'article')} so far): these results are partial.*`, ''];
}

function speakerLine(q: CorpusQueries, quote: Quote, links: HoverLinks): string {
  if (quote.speaker) {
    const speaker = q.entity(quote.speaker);
    if (speaker) return `said by ${link(speaker.name, links.showEntity(speaker.id))}`;
  }
  if (quote.speakerName) return `attributed to ${escapeMarkdown(quote.speakerName)} (not a named person)`;
  return 'speaker not identified';
}

const QUOTE_TYPE_LABEL: Record<Quote['type'], string> = {
  statement: 'Quotation',
  partial: 'Quoted phrase',
  scare: 'Scare quote',
};

/** Hover over a quotation that is not on a name: who said it, and where else that wording appears. */
export function quoteHover(q: CorpusQueries, quote: Quote, links: HoverLinks, progress?: IndexingProgress): string {
  const lines = [...progressNote(progress)];
  lines.push(`**${QUOTE_TYPE_LABEL[quote.type]}**, ${speakerLine(q, quote, links)}`, '');
  lines.push(`> “${escapeMarkdown(truncate(quote.text, QUOTE_WIDTH * 2))}”`);
  return lines.join('\n');
}

/** Hover over a mention of a person or place. `here` is the hovered mention, left out of the list. */
export function entityHover(
  q: CorpusQueries,
  entity: Entity,
  here: { path: string; start: number },
  limits: HoverLimits,
  links: HoverLinks,
  progress?: IndexingProgress,
): string {
  const lines = [...progressNote(progress)];
  const mentions = q.mentionsOf(entity.id);
  const articleCount = new Set(mentions.map((m) => m.path)).size;

  lines.push(`**${escapeMarkdown(entity.name)}** · ${entity.kind}`, '');
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  if (aliases.length) lines.push(`also written ${aliases.slice(0, 8).map((a) => escapeMarkdown(a)).join(', ')}`, '');
  lines.push(`${plural(mentions.length, 'mention')} in ${plural(articleCount, 'article')}`, '');

  const around = q.quoteAt(here.path, here.start);
  if (around) lines.push(`In a quotation ${speakerLine(q, around, links)}.`, '');

  if (entity.kind === 'person' && limits.maxQuotes > 0) {
    const quotes = q.quotesBy(entity.id);
    if (quotes.length) {
      const shown = quotes.slice(0, limits.maxQuotes);
      lines.push(`**Quotes** (${shown.length < quotes.length ? `${shown.length} of ${quotes.length}` : quotes.length})`, '');
      for (const quote of shown) {
        lines.push(`- “${escapeMarkdown(truncate(quote.text, QUOTE_WIDTH))}” — ${link(articleLabel(q, quote.path), links.open(quote.path, quote))}`);
      }
      lines.push('');
    }
  }

  if (limits.maxMentions > 0) {
    // One extra, since the hovered mention itself is dropped from the list.
    const others = q
      .mentionsInContext(entity.id, { offset: 0, limit: limits.maxMentions + 1 })
      .filter((m) => !(m.path === here.path && m.start <= here.start && here.start <= m.end))
      .slice(0, limits.maxMentions);
    if (others.length) {
      lines.push('**Mentions**', '');
      for (const m of others) {
        lines.push(`- ${boldSnippet(m.sentence, m.inSentence.start, m.inSentence.end)} — ${link(articleLabel(q, m.path), links.open(m.path, m))}`);
      }
      lines.push('');
    }
  }

  lines.push(link('Show all in the claims panel', links.showEntity(entity.id)));
  return lines.join('\n');
}
