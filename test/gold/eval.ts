// `npm run eval`: scores the engine's export of test/gold/articles against the hand-annotated gold.
//   --verbose        list every miss, false hit, split/merged entity, quote miss and wrong speaker
//   --export FILE    score an export JSON produced elsewhere (`dossier export test/gold/articles`)
//   --gold DIR       use another gold folder (articles/, annotations/, entities.yaml), e.g. a held-out set
//   --only TEXT      score only gold articles whose path contains TEXT (repeatable), e.g. bbc/sport
//   --check          only validate the gold annotations
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IndexExport, Span } from '../../src/core/types';
import { GOLD_DIR, GoldError, loadGold, type Gold } from './gold';
import { scoreExport, type BCubed, type Prf, type Score } from './score';

const USAGE = 'Usage: node dist/eval.js [--verbose] [--export file.json] [--gold dir] [--only path-part]... [--check]';

/** Issue 7's targets, shown next to the figures. */
const TARGETS = { mentionF1: 0.96, mentionPrecision: 0.97, linkingF1: 0.97, statementSpeaker: 0.93, wrongPersonRate: 0.02 };

interface Options {
  verbose: boolean;
  exportFile?: string;
  goldDir: string;
  only: string[];
  check: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { verbose: false, check: false, only: [], goldDir: GOLD_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--check') options.check = true;
    else if (arg === '--export') {
      options.exportFile = argv[++i];
      if (!options.exportFile) throw new Error('--export needs a file');
    } else if (arg === '--gold') {
      const dir = argv[++i];
      if (!dir) throw new Error('--gold needs a folder');
      options.goldDir = path.resolve(dir);
    } else if (arg === '--only') {
      const part = argv[++i];
      if (!part) throw new Error('--only needs part of a path, e.g. bbc/sport');
      options.only.push(part);
    } else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return options;
}

function readExport(file: string): IndexExport {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read export ${file}: ${(e as Error).message}`);
  }
  const d = data as Partial<IndexExport>;
  if (!d || !Array.isArray(d.entities) || !Array.isArray(d.mentions) || !Array.isArray(d.quotes)) {
    throw new Error(`${file} is not a Dossier export (needs entities, mentions and quotes arrays)`);
  }
  return d as IndexExport;
}

async function engineExport(folder: string): Promise<IndexExport> {
  // Loaded only when needed, so --export and --check work while the engine is incomplete.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { indexFolder } = require('../../src/core/index/indexFolder') as typeof import('../../src/core/index/indexFolder');
  const result = await indexFolder(folder, { workers: 0 });
  for (const p of result.problems) console.error(`eval: ${p.severity}: ${p.path}: ${p.reason}`);
  return result.index.export();
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** The Wilson score interval (95%) of n successes in d trials, in percent: how far a set this small can mislead. */
function interval(n: number, d: number): string {
  const z = 1.96;
  const p = n / d;
  const centre = (p + (z * z) / (2 * d)) / (1 + (z * z) / d);
  const half = (z * Math.sqrt((p * (1 - p)) / d + (z * z) / (4 * d * d))) / (1 + (z * z) / d);
  return `${(100 * Math.max(0, centre - half)).toFixed(1)}-${(100 * Math.min(1, centre + half)).toFixed(1)}`;
}
const mark = (ok: boolean) => (ok ? ' ok' : ' --');

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

function report(score: Score, gold: Gold): string {
  const mentionRow = (label: string, p: Prf) => [label, String(p.gold), String(p.predicted), pct(p.precision), pct(p.recall), pct(p.f1), `F1>=${TARGETS.mentionF1 * 100}${mark(p.f1 >= TARGETS.mentionF1)}  P>=${TARGETS.mentionPrecision * 100}${mark(p.precision >= TARGETS.mentionPrecision)}`];
  const linkRow = (label: string, b: BCubed) => [label, String(b.items), '', pct(b.precision), pct(b.recall), pct(b.f1), `F1>=${TARGETS.linkingF1 * 100}${mark(b.f1 >= TARGETS.linkingF1)}`];
  const q = score.quotes;
  const counts: string[][] = [
    ['', 'gold', 'pred', 'P', 'R', 'F1', 'target'],
    mentionRow('mentions: person', score.mentions.person),
    mentionRow('mentions: place', score.mentions.place),
    linkRow('linking B3: person', score.linking.person),
    linkRow('linking B3: place', score.linking.place),
    linkRow('linking B3: all', score.linking.all),
    ['quotes found', String(q.gold), String(q.predicted), pct(q.precision), pct(q.recall), pct(q.f1), ''],
  ];
  const ratio = (label: string, n: number, d: number, target = '', ok = true) => [label, String(n), String(d), d ? pct(n / d) : '    -', d ? interval(n, d) : '', target ? `${target}${mark(ok)}` : ''];
  const st = score.speakerStatements;
  const wp = score.wrongPerson;
  const wrongRate = wp.attributed ? wp.wrong / wp.attributed : 0;
  const ratios: string[][] = [
    ['', 'n', 'of', '%', '95% interval', 'target'],
    ...score.quoteRecallByType.map((t) => ratio(`quotes found: ${t.type}`, t.found, t.gold)),
    ratio('quote type agrees (matched)', score.quoteTypeAgreement.agree, score.quoteTypeAgreement.matched),
    ratio('speaker right: statements', st.correct, st.total, `>=${TARGETS.statementSpeaker * 100}`, st.total > 0 && st.correct / st.total >= TARGETS.statementSpeaker),
    ratio('speaker right: attributed', score.speakerAttributed.correct, score.speakerAttributed.total),
    ratio('wrong person / given a person', wp.wrong, wp.attributed, `<=${TARGETS.wrongPersonRate * 100}`, wrongRate <= TARGETS.wrongPersonRate),
  ];
  const lines = [
    `Dossier eval: ${score.articles} gold articles, ${new Set(gold.articles.flatMap((a) => a.mentions.map((m) => m.entity))).size} entities, ${score.mentions.person.gold + score.mentions.place.gold} mentions, ${score.quotes.gold} quotes`,
    '',
    table(counts),
    '',
    table(ratios),
    '',
    'Mentions: a prediction overlapping a gold span of the same kind counts. Linking: B-cubed over matched mentions.',
    'Speaker rows are over gold quotes the engine found: "statements" = type statement; "attributed" = gold names a person',
    'or a source; "wrong person" = quotes the engine gave a person, who is not the gold speaker.',
    '95% interval: Wilson score interval of the share, for a set this size (20 articles give about +-7 points on statements).',
  ];
  if (score.missingArticles.length) lines.push('', `WARNING: ${score.missingArticles.length} gold article(s) absent from the export: ${score.missingArticles.join(', ')}`);
  return lines.join('\n');
}

function context(text: string, span: Span, width = 50): string {
  const before = text.slice(Math.max(0, span.start - width), span.start);
  const inner = text.slice(span.start, Math.min(span.end, span.start + 120));
  const after = text.slice(span.end, span.end + width);
  return `…${before}[[${inner}${span.end - span.start > 120 ? '…' : ''}]]${after}…`.replace(/\s+/g, ' ');
}

/** One line per article, worst speaker accuracy first, to show where errors concentrate. */
function perArticle(gold: Gold, exported: IndexExport): string {
  const f1 = (p: Prf) => (p.gold || p.predicted ? pct(p.f1) : '    -');
  const rows = gold.articles.map((a) => {
    const s = scoreExport({ ...gold, articles: [a] }, exported);
    const st = s.speakerStatements;
    return { path: a.path, person: f1(s.mentions.person), place: f1(s.mentions.place), quotes: f1(s.quotes), speaker: st.total ? st.correct / st.total : 1, statements: st.total, wrong: s.wrongPerson.wrong };
  });
  rows.sort((a, b) => a.speaker - b.speaker || b.wrong - a.wrong || a.path.localeCompare(b.path));
  return table([
    ['article', 'person F1', 'place F1', 'quotes F1', 'speaker (statements)', 'wrong person'],
    ...rows.map((r) => [r.path, r.person, r.place, r.quotes, `${pct(r.speaker)} of ${r.statements}`, String(r.wrong)]),
  ]);
}

function verboseReport(score: Score, gold: Gold): string {
  const textOf = new Map(gold.articles.map((a) => [a.path, a.text]));
  const name = (id: string | undefined) => (id ? gold.entities.get(id)?.name ?? id : '(no gold entity)');
  const at = (p: string, s: Span) => `${p}:${s.start}  ${context(textOf.get(p) ?? '', s)}`;
  const d = score.details;
  const out: string[] = [];
  const count = <T>(items: T[], pred: (t: T) => boolean) => items.filter(pred).length;
  out.push(
    '',
    '== error classes',
    `missed mentions: ${count(d.misses, (m) => m.kind === 'person')} person, ${count(d.misses, (m) => m.kind === 'place')} place`,
    `false hits: ${count(d.falseHits, (f) => f.pred.kind === 'person')} as person, ${count(d.falseHits, (f) => f.pred.kind === 'place')} as place; ` +
      `${count(d.falseHits, (f) => !!f.otherKind)} of them the wrong kind of a gold name, ${count(d.falseHits, (f) => f.inBoilerplate)} in boilerplate`,
    `linking: ${d.splits.length} gold entities split, ${d.merges.length} predicted entities merging several`,
    `quotes: ${d.quoteMisses.length} missed, ${d.falseQuotes.length} false`,
    `speakers: ${d.wrongSpeakers.length} wrong person (${count(d.wrongSpeakers, (e) => !e.gold.speakers.length)} where gold is a source or nobody); ` +
      `${d.unattributed.length} person quotes without a person (${count(d.unattributed, (e) => !!e.pred.speakerName)} with a speaker name the engine did not resolve)`,
  );
  const section = (title: string, items: string[]) => {
    out.push('', `== ${title} (${items.length})`);
    out.push(...items);
  };
  section('missed mentions', d.misses.map((m) => `MISS ${m.kind} "${m.text}" = ${name(m.entity)}  ${at(m.path, m)}`));
  section(
    'false hits',
    d.falseHits.map((f) => {
      const why = f.inBoilerplate ? ' [in boilerplate]' : f.otherKind ? ` [gold says ${f.otherKind.kind} ${name(f.otherKind.entity)}]` : '';
      return `FALSE ${f.pred.kind ?? '?'} "${f.pred.text}" -> ${f.pred.entityName}${why}  ${at(f.pred.path, f.pred)}`;
    }),
  );
  section('split entities (one gold entity, several predicted)', d.splits.map((s) => `SPLIT ${s.name}: ${s.parts.map((p) => `${p.name} [${p.id}] x${p.count}`).join(' | ')}`));
  section('merged entities (one predicted entity, several gold)', d.merges.map((m) => `MERGED ${m.name} [${m.id}]: ${m.parts.map((p) => `${p.name} x${p.count}`).join(' | ')}`));
  section('missed quotes', d.quoteMisses.map((q) => `QMISS ${q.type} (${q.speakers.map(name).join(' / ') || q.source || 'no speaker'})  ${at(q.path, q)}`));
  section('false quotes', d.falseQuotes.map((q) => `QFALSE ${q.type} (${q.speakerName ?? 'no speaker'})  ${at(q.path, q)}`));
  section('quote type disagreements', d.typeDisagreements.map((t) => `QTYPE gold ${t.gold.type}, engine ${t.pred.type}  ${at(t.gold.path, t.gold)}`));
  section(
    'wrong speakers',
    d.wrongSpeakers.map((e) => `WRONG ${e.gold.type}: gold ${e.gold.speakers.map(name).join(' / ') || (e.gold.source ? `source "${e.gold.source}"` : 'no speaker')}, engine ${e.predictedName} (= ${name(e.predictedAs)})  ${at(e.gold.path, e.gold)}`),
  );
  section('unattributed person quotes', d.unattributed.map((e) => `NOSPEAKER ${e.gold.type}: gold ${e.gold.speakers.map(name).join(' / ')}, engine ${e.pred.speakerName ? `"${e.pred.speakerName}" (no person)` : 'none'}  ${at(e.gold.path, e.gold)}`));
  return out.join('\n');
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    return 2;
  }
  let gold: Gold;
  try {
    gold = loadGold(options.goldDir);
  } catch (e) {
    console.error(e instanceof GoldError ? `eval: ${e.message}` : `eval: cannot load the gold: ${(e as Error).message}`);
    return 1;
  }
  if (options.check) {
    const mentions = gold.articles.reduce((n, a) => n + a.mentions.length, 0);
    const quotes = gold.articles.reduce((n, a) => n + a.quotes.length, 0);
    console.log(`gold OK: ${gold.articles.length} articles, ${gold.entities.size} entities, ${mentions} mentions, ${quotes} quotes`);
    return 0;
  }
  if (options.only.length) {
    gold = { ...gold, articles: gold.articles.filter((a) => options.only.some((part) => a.path.includes(part))) };
    if (!gold.articles.length) {
      console.error(`eval: no gold article path contains ${options.only.join(' or ')}`);
      return 2;
    }
  }
  let exported: IndexExport;
  try {
    exported = options.exportFile ? readExport(options.exportFile) : await engineExport(path.join(options.goldDir, 'articles'));
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    return 1;
  }
  const score = scoreExport(gold, exported);
  console.log(report(score, gold));
  if (options.verbose) console.log(`\n== per article\n${perArticle(gold, exported)}\n${verboseReport(score, gold)}`);
  if (options.goldDir === GOLD_DIR && !options.exportFile && !options.only.length) return heldOut();
  return 0;
}

/**
 * The held-out set (test/gold/heldout, same layout) measures generalisation: its summary is
 * printed with every run, its details only on request (`--gold test/gold/heldout --verbose`),
 * so that rules are not tuned to it.
 */
async function heldOut(): Promise<number> {
  const dir = path.join(GOLD_DIR, 'heldout');
  if (!fs.existsSync(path.join(dir, 'entities.yaml'))) return 0;
  try {
    const gold = loadGold(dir);
    const score = scoreExport(gold, await engineExport(path.join(dir, 'articles')));
    console.log(`\n== held-out set (test/gold/heldout); newest blind set: --gold test/gold/blind6\n${report(score, gold)}`);
    return 0;
  } catch (e) {
    console.error(e instanceof GoldError ? `eval: held-out ${e.message}` : `eval: held-out set: ${(e as Error).message}`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`eval: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
