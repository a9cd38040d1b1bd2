// An index of the sample corpus for the panel's tests, with names and speakers given by hand
// (so the panel is tested apart from recognition and linking): every occurrence of the listed
// names, every quotation between curly quotes, sentences from the real parser.
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { loadArticle } from '../../src/core/corpus';
import { CorpusIndex, type LinkFn } from '../../src/core/index/corpusIndex';
import { parseDocument } from '../../src/core/nlp/document';
import type { ArticleAnalysis, EntityKind, LocalQuote, NameMention } from '../../src/core/types';

export const SAMPLES = path.join(__dirname, '../../samples/istanbul-talks');

/** Surface form, kind, full name; longer forms first so "Alexander Fomin" wins over "Fomin". */
const NAMES: Array<[string, EntityKind, string]> = [
  ['Alexander Fomin', 'person', 'Alexander Fomin'],
  ['Fomin', 'person', 'Alexander Fomin'],
  ['Vladimir Medinsky', 'person', 'Vladimir Medinsky'],
  ['Medinsky', 'person', 'Vladimir Medinsky'],
  ['Volodymyr Zelenskyy', 'person', 'Volodymyr Zelensky'],
  ['Volodymyr Zelensky', 'person', 'Volodymyr Zelensky'],
  ['Zelenskyy', 'person', 'Volodymyr Zelensky'],
  ['Zelensky', 'person', 'Volodymyr Zelensky'],
  ['Joe Biden', 'person', 'Joe Biden'],
  ['Biden', 'person', 'Joe Biden'],
  ['John Kirby', 'person', 'John Kirby'],
  ['Kirby', 'person', 'John Kirby'],
  ['Mykhailo Podolyak', 'person', 'Mykhailo Podolyak'],
  ['Podolyak', 'person', 'Mykhailo Podolyak'],
  ['Vladimir Putin', 'person', 'Vladimir Putin'],
  ['Putin', 'person', 'Vladimir Putin'],
  ['Kyiv', 'place', 'Kyiv'],
  ['Chernihiv', 'place', 'Chernihiv'],
  ['Istanbul', 'place', 'Istanbul'],
  ['Ukraine', 'place', 'Ukraine'],
  ['Russia', 'place', 'Russia'],
  ['Moscow', 'place', 'Moscow'],
];

/** Speakers of quotations, by the quotation's opening words, as the articles attribute them. */
const SPEAKERS: Array<[string, string | null, string]> = [
  ['radically reduce', 'Alexander Fomin', 'Alexander Fomin'],
  ['[The] Russian Defense Ministry has decided', 'Alexander Fomin', 'Alexander Fomin'],
  ['to increase trust', 'Alexander Fomin', 'Alexander Fomin'],
  ['In order to increase mutual trust', 'Alexander Fomin', 'Alexander Fomin'],
  ['After today’s meaningful conversation', 'Vladimir Medinsky', 'Vladimir Medinsky'],
  ['So, if the work on the treaty', 'Vladimir Medinsky', 'Vladimir Medinsky'],
  ['This is not a ceasefire', 'Vladimir Medinsky', 'Vladimir Medinsky'],
  ['a constructive step', 'Vladimir Medinsky', 'Vladimir Medinsky'],
  ['We’ll see. I don’t read', 'Joe Biden', 'Joe Biden'],
  ['until I see what their actions are', 'Joe Biden', 'Biden'],
  ['We can say the signals', 'Volodymyr Zelensky', 'Volodymyr Zelensky'],
  ['Has there been some movement', 'John Kirby', 'John Kirby'],
  ['The Russian delegation is constructive', 'Mykhailo Podolyak', 'Mykhailo Podolyak'],
  ['drastically', null, 'The head of Russian delegations'],
  ['fundamentally', null, 'the Russian military'],
];

function analyse(file: string): ArticleAnalysis {
  const { article } = loadArticle(file, readFileSync(path.join(SAMPLES, file)));
  if (!article) throw new Error(`${file} did not load`);
  const doc = parseDocument(article);
  const text = article.text;
  const names: NameMention[] = [];
  const taken = new Set<number>();
  for (const [surface, kind, fullName] of NAMES) {
    for (const m of text.matchAll(new RegExp(`\\b${surface}\\b`, 'g'))) {
      const start = m.index!;
      if ([...Array(surface.length).keys()].some((i) => taken.has(start + i))) continue;
      for (let i = 0; i < surface.length; i++) taken.add(start + i);
      names.push({ start, end: start + surface.length, text: surface, kind, fullName, local: NAMES.findIndex((n) => n[2] === fullName) });
    }
  }
  names.sort((a, b) => a.start - b.start);
  const quotes: LocalQuote[] = [];
  for (const m of text.matchAll(/“([^”]+)”/g)) {
    const inner = m[1];
    const speaker = SPEAKERS.find(([opening]) => inner.startsWith(opening));
    const mention = speaker?.[1] ? names.findIndex((n) => n.fullName === speaker[1]) : -1;
    quotes.push({
      start: m.index! + 1,
      end: m.index! + 1 + inner.length,
      text: inner,
      type: inner.split(/\s+/).length < 4 ? 'partial' : 'statement',
      speakerMention: mention >= 0 ? mention : null,
      speakerName: speaker?.[2] ?? null,
    });
  }
  return { article, sentences: doc.sentences, paragraphs: doc.paragraphs, names, quotes };
}

/** Test linker: one entity per full name (the real one, src/core/link, is tested on its own). */
export const linkByFullName: LinkFn = (analyses) => {
  const entities = new Map<string, { id: string; name: string; kind: EntityKind; aliases: string[] }>();
  const entityOf = new Map<string, (string | null)[]>();
  for (const a of analyses) {
    entityOf.set(
      a.article.path,
      a.names.map((n) => {
        const id = `${n.kind}:${n.fullName.toLowerCase().replace(/\s+/g, '-')}`;
        const entity = entities.get(id) ?? { id, name: n.fullName, kind: n.kind, aliases: [] };
        if (n.text !== n.fullName && !entity.aliases.includes(n.text)) entity.aliases.push(n.text);
        entities.set(id, entity);
        return id;
      }),
    );
  }
  return { entities: [...entities.values()], entityOf };
};

export function sampleIndex(): CorpusIndex {
  const index = new CorpusIndex({ link: linkByFullName });
  index.upsertMany(readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort().map(analyse));
  return index;
}
