import * as assert from 'assert';
import { Window } from 'happy-dom';
import * as dom from '../../webview/dom';
import type { ClaimView, MentionView, QuoteView } from '../../webview/protocol';
import * as render from '../../webview/render';

// The panel's DOM builders fed with hostile article text: everything must arrive as text.
// happy-dom stands in for the webview's document.

const window = new Window();
const globals = globalThis as unknown as { document?: unknown };

const HOSTILE = [
  '<script>alert("x")</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">click</a>',
  '[click](command:workbench.action.terminal.new) <!-- hidden -->',
  'Zelen\u202Eyksn\u200B <b>bold</b> &amp; &lt;',
];

function assertInert(element: { querySelectorAll(s: string): { length: number }; textContent: string | null }, text: string): void {
  assert.strictEqual(element.querySelectorAll('script, img, a, b, iframe, [onerror], [onclick]').length, 0, `no element made from ${text}`);
  assert.ok(element.textContent!.includes(text), `shown as text: ${text}`);
}

describe('panel: article text is rendered as text', () => {
  before(() => {
    globals.document = window.document;
  });
  after(async () => {
    delete globals.document;
    await window.happyDOM.close();
  });

  it('quotes, with their article titles as headings', () => {
    for (const text of HOSTILE) {
      const q: QuoteView = { path: `${text}.txt`, start: 1, end: 9, text, type: 'statement', speakerName: text };
      const item = render.quoteItem(q);
      assertInert(item, text);
      const button = item.querySelector('[data-open]')!;
      assert.strictEqual(button.getAttribute('data-path'), `${text}.txt`, 'the path travels as an attribute value only');
      assertInert(render.articleHeading({ path: 'a.txt', title: text, outlet: text, date: '2022-03-29' }), text);
    }
  });

  it('mentions, with the name highlighted inside the sentence', () => {
    for (const text of HOSTILE) {
      const sentence = `Before ${text} after`;
      const m: MentionView = { path: 'a.txt', start: 10, end: 20, sentence, inSentence: { start: 7, end: 7 + text.length } };
      const item = render.mentionItem(m);
      assertInert(item, sentence);
      assert.strictEqual(item.querySelector('mark')!.textContent, text);
    }
  });

  it('claims: outlets, speakers and every wording segment', () => {
    for (const text of HOSTILE) {
      const claim: ClaimView = {
        id: 'a.txt:1',
        speakers: [{ entity: null, name: text, versions: 2 }],
        articles: 2,
        outlets: [text, 'Reuters'],
        versions: [
          { path: 'a.txt', start: 1, end: 5, article: { path: 'a.txt', title: text, outlet: text }, outlet: text, speaker: null, speakerName: text, segments: [{ text, kind: 'unique' }] },
          { path: 'b.txt', start: 1, end: 5, article: { path: 'b.txt', title: 'b' }, outlet: 'Reuters', speaker: null, speakerName: null, segments: [{ text: 'same words ', kind: 'same' }, { text, kind: 'reordered' }] },
        ],
      };
      const card = render.claimCard(claim);
      assertInert(card, text);
      assert.strictEqual(card.querySelectorAll('[data-testid="claim-version"]').length, 2);
      assert.strictEqual(card.querySelector('.w-unique')!.textContent, text);
      assert.strictEqual(card.getAttribute('aria-label'), `Reported by 2 articles: “${text}”`);
    }
  });

  it('entity names in links, and article rows', () => {
    for (const text of HOSTILE) {
      assertInert(render.entityButton({ id: text, name: text, kind: 'person' }), text);
      assertInert(render.articleRow({ path: 'a.txt', title: text, outlet: text, people: 1, places: 0, quotes: 2 }), text);
    }
  });

  it('refuses event-handler attributes outright', () => {
    assert.throws(() => dom.h('div', { onclick: 'alert(1)' }), /not allowed/);
    assert.throws(() => dom.h('div', { OnError: 'x' }), /not allowed/);
  });
});
