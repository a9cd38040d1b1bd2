// Article text shown in a hover is untrusted: it must render as the words it is, never as
// Markdown, HTML, a link or a command. Plain functions (no `vscode`) so they are unit-tested in Node.

/** Bidirectional overrides/isolates/marks and zero-width characters: they can disguise text. */
const INVISIBLE_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF\u00AD]/g;
/** Other control characters (C0 except tab, DEL, C1): never meaningful in a hover. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of them
 * defeats emphasis, code spans, links, autolinks (`http\:`, `www\.`), HTML and entities (`\&`). */
const ASCII_PUNCTUATION = /[!-\/:-@\[-`{-~]/g;

/** Removes characters that can hide or reorder what the reader sees. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '').replace(CONTROL_CHARS, '');
}

/** Article text as inert Markdown: one line, invisible controls removed, all punctuation escaped. */
export function escapeMarkdown(text: string): string {
  return stripInvisible(text)
    .replace(/\s+/g, ' ')
    .replace(ASCII_PUNCTUATION, '\\$&');
}

/** Shortens text to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/**
 * A snippet of `sentence` around [start, end) with that part in bold, all of it escaped.
 * Long sentences are cut around the mention so the bold name always shows.
 */
export function boldSnippet(sentence: string, start: number, end: number, width = 160): string {
  let before = sentence.slice(0, start);
  const name = sentence.slice(start, end);
  let after = sentence.slice(end);
  const room = Math.max(20, width - name.length);
  if (before.length + after.length > room) {
    const keepBefore = Math.min(before.length, Math.max(Math.floor(room / 2), room - after.length));
    const keepAfter = Math.max(0, room - keepBefore);
    if (before.length > keepBefore) {
      const tail = before.slice(before.length - keepBefore);
      const space = tail.indexOf(' ');
      before = '…' + (space >= 0 && space < tail.length / 3 ? tail.slice(space + 1) : tail);
    }
    if (after.length > keepAfter) after = truncate(after, keepAfter);
  }
  const bold = escapeMarkdown(name).trim();
  return `${escapeMarkdown(before)}${bold ? `**${bold}**` : ''}${escapeMarkdown(after)}`.trim();
}

/** A `command:` link target with JSON arguments, as VS Code's Markdown renderer expects. */
export function commandLink(command: string, args: unknown[]): string {
  // encodeURIComponent leaves ( ) unescaped, and an unbalanced one would end the Markdown link.
  const query = encodeURIComponent(JSON.stringify(args)).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `command:${command}?${query}`;
}
