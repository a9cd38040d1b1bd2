import { strict as assert } from 'assert';
import { boldSnippet, commandLink, escapeMarkdown, stripInvisible } from '../../src/extension/markdown';

// markdown-it is a CommonMark renderer like the one behind VS Code's hovers (it comes with @vscode/vsce).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const MarkdownIt = require('markdown-it');
const md = new MarkdownIt({ html: false, linkify: true });
const render = (s: string): string => md.renderInline(s);

describe('hover Markdown escaping', () => {
  const hostile = [
    '[click](command:workbench.action.terminal.new)',
    'see <script>alert(1)</script> and <img src=x onerror=alert(1)>',
    'a `code span` and ``double``',
    '<!-- hidden --> comment',
    '**bold** _em_ ~~strike~~ # heading',
    'autolink <https://evil.example> and www.evil.example and https://evil.example/x',
    '![img](https://evil.example/x.png) [ref]: https://evil.example',
    'entity &amp; &#x3C;b&#x3E; and a backslash \\ at the end\\',
    '$(zap) theme icon',
  ];

  for (const text of hostile) {
    it(`renders as the same words: ${text.slice(0, 40)}`, () => {
      const html = render(escapeMarkdown(text));
      assert.doesNotMatch(html, /<(a|img|code|script|strong|em|s|del|h\d)\b/i, html);
      // What the reader sees is the original text (HTML-escaped by the renderer).
      const shown = html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      assert.equal(shown, text.replace(/\s+/g, ' '));
    });
  }

  it('removes bidirectional overrides and zero-width characters from names', () => {
    const name = 'Vladi\u202Emir\u200B Pu\u2066tin\uFEFF';
    assert.equal(stripInvisible(name), 'Vladimir Putin');
    assert.equal(render(escapeMarkdown(name)), 'Vladimir Putin');
  });

  it('bolds the name inside a real sentence and keeps the rest inert', () => {
    const sentence = 'Courtney observed, “Some say Russia has begun to lose the war”, so the Kremlin may be waiting [for] a clear victory.';
    const start = sentence.indexOf('Russia');
    const html = render(boldSnippet(sentence, start, start + 'Russia'.length));
    assert.match(html, /<strong>Russia<\/strong>/);
    assert.doesNotMatch(html, /<a\b/);
  });

  it('clips a long sentence around the name so the name stays visible', () => {
    const sentence = 'word '.repeat(100) + 'Fomin' + ' more'.repeat(100);
    const start = sentence.indexOf('Fomin');
    const snippet = boldSnippet(sentence, start, start + 5, 120);
    assert.ok(snippet.length < 200, snippet);
    assert.match(render(snippet), /<strong>Fomin<\/strong>/);
  });

  it('builds command links whose arguments survive the round trip', () => {
    const link = commandLink('dossier.openLocation', ['a b/(c).txt', 1, 2]);
    const [, query] = link.split('?');
    assert.deepEqual(JSON.parse(decodeURIComponent(query)), ['a b/(c).txt', 1, 2]);
    assert.doesNotMatch(link, /[()\s]/);
  });
});
