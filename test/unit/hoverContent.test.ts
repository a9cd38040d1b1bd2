import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { analyzeFile } from '../../src/core/index/analyzeFile';
import { linkCorpus } from '../../src/core/link/link';
import { entityHover, quoteHover, type HoverLinks } from '../../src/extension/hoverContent';
import { commandLink } from '../../src/extension/markdown';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const MarkdownIt = require('markdown-it');
const md = new MarkdownIt({ html: false, linkify: true });

const SAMPLES = path.join(__dirname, '..', '..', 'samples', 'istanbul-talks');
const links: HoverLinks = {
  open: (p, span) => commandLink('dossier.openLocation', [p, span.start, span.end]),
  showEntity: (id) => commandLink('dossier.showEntity', [id]),
};
const limits = { maxMentions: 5, maxQuotes: 5 };

function indexOf(files: Array<{ path: string; text: string }>): CorpusIndex {
  const index = new CorpusIndex({ link: linkCorpus });
  for (const f of files) {
    const { analysis, skipped } = analyzeFile(f.path, new TextEncoder().encode(f.text));
    assert.ok(analysis, `${f.path}: ${skipped}`);
    index.upsert(analysis);
  }
  return index;
}

function commandTargets(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
}

describe('hover content on the sample corpus', () => {
  const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => ({ path: f, text: fs.readFileSync(path.join(SAMPLES, f), 'utf8') }));
  const index = indexOf(files);
  const article = files.find((f) => f.path.startsWith('000_'))!;
  const at = article.text.indexOf('Fomin') + 1;
  const hit = index.hitAt(article.path, at);

  it('names Fomin, counts his mentions and lists his quotes with links to their articles', () => {
    assert.ok(hit && hit.type === 'mention', 'no mention on "Fomin"');
    const text = entityHover(index, hit.entity, hit.mention, limits, links);
    const html = md.render(text);
    assert.match(html, new RegExp(`<strong>${hit.entity.name}</strong> · person`));
    const mentions = index.mentionsOf(hit.entity.id);
    assert.match(html, new RegExp(`${mentions.length} mentions? in ${new Set(mentions.map((m) => m.path)).size} articles?`));
    const quotes = index.quotesBy(hit.entity.id);
    assert.ok(quotes.length >= 2, `only ${quotes.length} quotes by ${hit.entity.name}`);
    const targets = commandTargets(html);
    for (const quote of quotes.slice(0, limits.maxQuotes)) {
      assert.ok(targets.includes(links.open(quote.path, quote)), `no link to the quote in ${quote.path}`);
    }
    // The hovered mention itself is not among "other mentions"; each other one is bolded in its sentence.
    assert.ok(!targets.includes(links.open(hit.mention.path, hit.mention)));
    assert.match(html, /<li>.*<strong>[^<]*Fomin<\/strong>/);
    assert.ok(targets.includes(links.showEntity(hit.entity.id)));
    assert.ok(targets.every((t) => t.startsWith('command:dossier.')), targets.join('\n'));
  });

  it('says the results are partial while indexing', () => {
    assert.ok(hit && hit.type === 'mention');
    const text = entityHover(index, hit.entity, hit.mention, limits, links, { done: 3, total: 2100 });
    assert.match(text, /Indexing \(3 of 2,100 articles so far\): these results are partial/);
  });

  it('inside a quotation, says who said it', () => {
    const quote = index.quotesIn(article.path).find((q) => q.speaker);
    assert.ok(quote);
    const html = md.render(quoteHover(index, quote, links));
    assert.match(html, new RegExp(`said by <a href="[^"]+">${index.entity(quote.speaker!)!.name}</a>`));
  });

  it('renders hostile article text as text', () => {
    const hostile = indexOf([
      {
        path: 'hostile.txt',
        text:
          'Talks resume\n\nBoris Johnson said: “Read [this](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> `rm -rf` ' +
          '<!-- x --> &lt; now.” Johnson spoke in London.\n\nJohnson later said the talks were “fine”.\n',
      },
    ]);
    const text = hostile.quotesIn('hostile.txt')[0]?.text;
    assert.ok(text?.includes('command:'), 'the hostile quote was not found');
    const mention = hostile.mentionsIn('hostile.txt').find((m) => m.text.includes('Johnson'))!;
    const entity = hostile.entity(mention.entity)!;
    for (const markdown of [entityHover(hostile, entity, mention, limits, links), quoteHover(hostile, hostile.quotesIn('hostile.txt')[0], links)]) {
      const html = md.render(markdown);
      assert.doesNotMatch(html, /<img|<code|<!--/);
      assert.ok(commandTargets(html).every((t) => t.startsWith('command:dossier.')), html);
      assert.match(html, /\[this\]\(command:workbench\.action\.terminal\.new\)/);
    }
  });
});
