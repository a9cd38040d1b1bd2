import { lastAtOrBefore, type CorpusIndex } from '../core/index/corpusIndex';
import type { MentionInContext } from '../core/index/queries';
import type { Quote } from '../core/types';

export interface ShowOptions {
  /** Bold names with ANSI codes (terminal); else they are marked with [brackets]. */
  color?: boolean;
}

/** A readable dossier of one entity: per article, its mentions in their sentences and its quotes. */
export function showEntity(index: CorpusIndex, entityId: string, options: ShowOptions = {}): string {
  const entity = index.entity(entityId);
  if (!entity) return '';
  const [summary] = index.entities({ kind: entity.kind }).filter((e) => e.id === entityId);
  const mark = options.color ? (s: string) => `\x1b[1m${s}\x1b[22m` : (s: string) => `[${s}]`;
  const lines: string[] = [];
  lines.push(`${safe(entity.name)} (${entity.kind})`);
  if (entity.aliases.length) lines.push(`Also written: ${entity.aliases.map(safe).join(', ')}`);
  if (summary) lines.push(`${plural(summary.mentionCount, 'mention')} in ${plural(summary.articleCount, 'article')}; ${plural(summary.quoteCount, 'quotation')} by ${entity.kind === 'person' ? 'this person' : 'this place'}`);

  const byArticle = new Map<string, { mentions: MentionInContext[]; said: Quote[]; about: Quote[] }>();
  const group = (path: string) => {
    let g = byArticle.get(path);
    if (!g) byArticle.set(path, (g = { mentions: [], said: [], about: [] }));
    return g;
  };
  for (const m of index.mentionsInContext(entityId)) group(m.path).mentions.push(m);
  for (const q of index.quotesBy(entityId)) group(q.path).said.push(q);
  const said = new Set(index.quotesBy(entityId).map((q) => `${q.path}:${q.start}`));
  for (const q of index.quotesMentioning(entityId)) if (!said.has(`${q.path}:${q.start}`)) group(q.path).about.push(q);

  for (const [path, g] of [...byArticle].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const article = index.article(path);
    const text = index.analysisOf(path)?.article.text ?? '';
    const where = lineIndex(text);
    lines.push('');
    lines.push(`== ${safe(path)}${article ? ` — ${safe(article.title)}` : ''}${article?.outlet ? ` (${safe(article.outlet)}${article.date ? `, ${safe(article.date)}` : ''})` : ''}`);
    // Mentions and quotations in reading order; a sentence with several mentions is shown once.
    const items: Array<{ at: number; line: string }> = [];
    let lastSentence = '';
    for (const m of g.mentions) {
      if (m.sentence === lastSentence) continue;
      lastSentence = m.sentence;
      const s = m.sentence;
      const highlighted = safe(s.slice(0, m.inSentence.start)) + mark(safe(s.slice(m.inSentence.start, m.inSentence.end))) + safe(s.slice(m.inSentence.end));
      items.push({ at: m.start, line: `  ${where(m.start)}  ${oneLine(highlighted)}` });
    }
    for (const q of g.said) items.push({ at: q.start, line: `  ${where(q.start)}  said (${q.type}): ${oneLine(safe(clip(text.slice(q.start, q.end), 400)))}` });
    for (const q of g.about) items.push({ at: q.start, line: `  ${where(q.start)}  quoted${q.speakerName ? `, ${safe(q.speakerName)}` : ''} (${q.type}): ${oneLine(safe(clip(text.slice(q.start, q.end), 400)))}` });
    items.sort((a, b) => a.at - b.at);
    for (const item of items) lines.push(item.line);
  }
  return lines.join('\n') + '\n';
}

/** Article text is untrusted: control characters and bidi overrides must not reach the terminal. */
export function safe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function oneLine(s: string): string {
  return s.replace(/\s*(?:\r\n|\r|\n)+\s*/g, ' ⏎ ');
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "line:column" (1-based) of an offset, by binary search over line starts. */
function lineIndex(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    const line = lastAtOrBefore(starts, offset);
    return `${line + 1}:${offset - starts[line] + 1}`.padStart(7);
  };
}
