// Runs the panel's browser code (webview/panel.ts) in happy-dom, answering its messages with a
// real PanelModel, as the extension would. Used by the webview tests and the panel benchmark.
import * as assert from 'assert';
import { Window } from 'happy-dom';
import type { PanelModel } from '../../src/extension/panel/viewModel';
import { parseFromWebview, type EntityRow, type FromWebview, type ToWebview } from '../../webview/protocol';

export interface WebviewHarness {
  window: Window;
  sent: FromWebview[];
  saved(): unknown;
  deliver(message: ToWebview): void;
  /** Lets queued messages and their answers run. */
  settle(): Promise<void>;
  /** When set, the entity list answers with this many made-up rows instead of the model's. */
  syntheticEntities: number;
  close(): Promise<void>;
}

const GLOBALS = ['window', 'document', 'Node', 'Element', 'HTMLElement', 'MessageEvent', 'requestAnimationFrame', 'cancelAnimationFrame', 'acquireVsCodeApi'];

export async function startWebview(model: PanelModel): Promise<WebviewHarness> {
  const window = new Window({ url: 'https://panel.test/' });
  const sent: FromWebview[] = [];
  let saved: unknown;
  const harness: WebviewHarness = {
    window,
    sent,
    saved: () => saved,
    syntheticEntities: 0,
    deliver(message) {
      window.dispatchEvent(new window.MessageEvent('message', { data: message }));
    },
    async settle() {
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    },
    async close() {
      for (const name of GLOBALS) delete (globalThis as Record<string, unknown>)[name];
      await window.happyDOM.close();
    },
  };

  const answer = async (message: FromWebview): Promise<ToWebview | undefined> => {
    switch (message.type) {
      case 'page':
        return { type: 'page', requestId: message.requestId, route: message.route, page: await model.page(message.route, message.keep) };
      case 'more': {
        const { items, total } = await model.more(message.route, message.section, message.offset);
        return { type: 'more', requestId: message.requestId, route: message.route, section: message.section, offset: message.offset, items, total };
      }
      case 'entities': {
        const synthetic = harness.syntheticEntities;
        if (synthetic) {
          const rows: EntityRow[] = Array.from({ length: Math.max(0, Math.min(message.limit, synthetic - message.offset)) }, (_, i) => ({
            id: `person:p${message.offset + i}`,
            name: `Person ${message.offset + i}`,
            kind: 'person',
            mentions: 1,
            articles: 1,
            quotes: 0,
          }));
          return { type: 'entities', requestId: message.requestId, query: message.query, offset: message.offset, total: synthetic, rows };
        }
        const { total, rows } = model.entityRows(message.query, message.offset, message.limit);
        return { type: 'entities', requestId: message.requestId, query: message.query, offset: message.offset, total, rows };
      }
      default:
        return undefined;
    }
  };

  Object.assign(globalThis as Record<string, unknown>, {
    window,
    document: window.document,
    Node: window.Node,
    Element: window.Element,
    HTMLElement: window.HTMLElement,
    MessageEvent: window.MessageEvent,
    requestAnimationFrame: (f: () => void) => setTimeout(f, 0),
    cancelAnimationFrame: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    acquireVsCodeApi: () => ({
      postMessage(message: unknown) {
        // Everything the webview sends must pass the extension's own validation.
        const parsed = parseFromWebview(JSON.parse(JSON.stringify(message)));
        assert.ok(parsed, `the webview sent an invalid message: ${JSON.stringify(message)}`);
        sent.push(parsed);
        // Through JSON, as postMessage would: nothing shared by reference.
        void answer(parsed).then((reply) => reply && setTimeout(() => harness.deliver(JSON.parse(JSON.stringify(reply))), 0));
      },
      getState: () => saved,
      setState: (state: unknown) => (saved = JSON.parse(JSON.stringify(state))),
    }),
  });
  window.document.body.innerHTML = '<div id="app"></div>';
  // The module runs once per process: its top level wires the page and sends "ready".
  const modulePath = require.resolve('../../webview/panel');
  delete require.cache[modulePath];
  require(modulePath);
  await harness.settle();
  return harness;
}
