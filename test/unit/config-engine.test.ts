import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { ignoreName, mergeEntities, renameEntity, setKind } from '../../src/core/config/edit';
import { parseCuration } from '../../src/core/config/parse';
import type { Curation } from '../../src/core/config/curation';
import { loadArticle } from '../../src/core/corpus';
import { linkCorpus } from '../../src/core/link/link';
import type { ArticleAnalysis, Entity } from '../../src/core/types';

// The reader's corrections applied by the real engine (recognition, linking, loading) to BBC and
// sample articles, each one written the way the UI writes it: an edit of a `.dossier.yaml` text.

const BBC = path.join(__dirname, '../../../shared/corpus/bbc');
const SAMPLES = path.join(__dirname, '../../samples/istanbul-talks');

interface Indexed {
  entities: Entity[];
  /** Every linked mention as "path@start text -> entity name". */
  mentions: string[];
  /** Entity names of the mentions of one article whose text is `text`. */
  linkedAs(file: string, text: string): Array<string | null>;
  named(name: string): Entity | undefined;
  count(name: string): number;
}

function index(root: string, files: string[], yaml?: string): Indexed {
  let curation: Curation | undefined;
  if (yaml !== undefined) {
    const parsed = parseCuration(yaml);
    assert.ok(parsed.curation, `curation parses: ${JSON.stringify(parsed.diagnostics)}\n${yaml}`);
    curation = parsed.curation;
  }
  const analyses: ArticleAnalysis[] = files.map((file) => {
    const loaded = loadArticle(file, fs.readFileSync(path.join(root, file)), { curation });
    assert.ok(loaded.article, `${file}: ${loaded.skipped}`);
    return analyzeArticle(loaded.article, curation);
  });
  const { entities, entityOf } = linkCorpus(analyses, curation);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const mentions: string[] = [];
  const counts = new Map<string, number>();
  for (const a of analyses) {
    a.names.forEach((n, i) => {
      const id = entityOf.get(a.article.path)![i];
      if (!id) return;
      const name = byId.get(id)!.name;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      mentions.push(`${a.article.path}@${n.start} ${n.text} -> ${name}`);
    });
  }
  return {
    entities,
    mentions,
    linkedAs(file, text) {
      const a = analyses.find((x) => x.article.path === file)!;
      const ids = entityOf.get(file)!;
      return a.names.flatMap((n, i) => (n.text === text ? [ids[i] ? byId.get(ids[i]!)!.name : null] : []));
    },
    named: (name) => entities.find((e) => e.name === name),
    count: (name) => counts.get(name) ?? 0,
  };
}

/** Mentions of `before` that `after` lost or linked differently, ignoring those the test expects to change. */
function unchangedExcept(before: Indexed, after: Indexed, changed: RegExp): void {
  const keep = (m: string) => !changed.test(m);
  assert.deepEqual(after.mentions.filter(keep), before.mentions.filter(keep));
}

describe('curation applied by the engine', function () {
  this.timeout(120_000);

  it('merges "Vincent Cable" into "Vince Cable" across articles (merge)', () => {
    const files = [
      'politics/brown-shrugs-off-economy-fears.txt',
      'politics/lib-dems-highlight-problem-debt.txt',
      'politics/howard-dismisses-tory-tax-fears.txt',
      'politics/lib-dems-stress-budget-trust-gap.txt',
    ];
    const before = index(BBC, files);
    assert.ok(before.named('Vincent Cable') && before.named('Vince Cable'), 'the engine alone keeps two Cables');
    const cables = before.count('Vincent Cable') + before.count('Vince Cable');

    const after = index(BBC, files, mergeEntities('', ['Vincent Cable', 'Vince Cable'], 'Vince Cable'));
    assert.equal(after.named('Vincent Cable'), undefined);
    assert.equal(after.count('Vince Cable'), cables);
    assert.ok(after.named('Vince Cable')!.aliases.includes('Vincent Cable'));
    assert.deepEqual(after.linkedAs('politics/lib-dems-highlight-problem-debt.txt', 'Cable'), after.linkedAs('politics/lib-dems-highlight-problem-debt.txt', 'Cable').map(() => 'Vince Cable'));
    unchangedExcept(before, after, /Cable/);
  });

  it('renames "PM John Prescott" to "John Prescott", keeping every mention (rename)', () => {
    const files = ['politics/blair-said-he-would-stand-down.txt', 'politics/blair-dismisses-quit-claim-report.txt', 'politics/analysis-no-pain-no-gain.txt'];
    const before = index(BBC, files);
    // The engine once named him after a one-off "PM John Prescott"; the rename must hold either way.
    const prescott = before.count('PM John Prescott') + before.count('John Prescott');

    const yaml = renameEntity('# our corrections\n', 'PM John Prescott', 'John Prescott', 'person');
    const after = index(BBC, files, yaml);
    assert.equal(after.named('PM John Prescott'), undefined);
    assert.equal(after.count('John Prescott'), prescott);
    assert.equal(after.named('John Prescott')!.kind, 'person');
    unchangedExcept(before, after, /Prescott/);
  });

  it('drops "Sulpice Church" read as a person, by ignore or by kind other, and nothing else (ignore, kind override)', () => {
    const file = 'entertainment/france-set-for-new-da-vinci-novel.txt';
    const before = index(BBC, [file]);
    assert.equal(before.named('Sulpice Church')?.kind, 'person', 'the engine alone takes "Sulpice Church" for a person');

    for (const yaml of [ignoreName('', 'Sulpice Church'), setKind('', 'Sulpice Church', 'other')]) {
      const after = index(BBC, [file], yaml);
      assert.equal(after.named('Sulpice Church'), undefined, yaml);
      assert.equal(after.mentions.filter((m) => m.includes(' Sulpice Church -> ')).length, 0);
      unchangedExcept(before, after, / Sulpice Church -> /);
    }
  });

  it('makes "North Yorks" a place, not a person (kind override)', () => {
    const file = 'politics/hague-given-up-his-pm-ambition.txt';
    const before = index(BBC, [file]);
    assert.equal(before.named('North Yorks')?.kind, 'person', 'the engine alone takes the county for a person');
    const after = index(BBC, [file], setKind('', 'North Yorks', 'place'));
    assert.equal(after.named('North Yorks')?.kind, 'place');
    assert.deepEqual(after.linkedAs(file, 'North Yorks'), ['North Yorks']);
  });

  it('tells the Browns apart by article path, and leaves the other Browns as the engine linked them (split)', () => {
    const files = [
      'politics/brown-shrugs-off-economy-fears.txt', // Gordon Brown
      'politics/labour-battle-plan-hides-blair.txt', // "Mr Brown" alone
      'politics/analysis-no-pain-no-gain.txt', // Marion Brown
      'sport/dawson-wins-england-squad-recall.txt', // "Brown" in a rugby squad list: Alex Brown
      'sport/man-city-0-2-man-utd.txt', // Wes Brown
      'sport/man-utd-stroll-to-cup-win.txt', // "Brown" alone, the engine links him to Wes Brown
      'entertainment/da-vinci-code-is-lousy-history.txt', // Dan Brown
    ];
    const before = index(BBC, files);
    const yaml = `splits:
  - name: Brown
    as:
      - name: Gordon Brown
        paths: ["politics/**"]
      - name: Alex Brown
        paths: ["sport/dawson-wins-england-squad-recall.txt"]
`;
    const after = index(BBC, files, yaml);
    assert.deepEqual(after.linkedAs('politics/labour-battle-plan-hides-blair.txt', 'Brown'), ['Gordon Brown']);
    const squad = ['Brown', 'A Brown'].flatMap((text) => after.linkedAs('sport/dawson-wins-england-squad-recall.txt', text));
    assert.deepEqual(squad, ['Alex Brown', 'Alex Brown'], 'both squad lists name him');
    assert.deepEqual(after.linkedAs('politics/analysis-no-pain-no-gain.txt', 'Marion Brown'), ['Marion Brown']);
    assert.deepEqual(after.linkedAs('entertainment/da-vinci-code-is-lousy-history.txt', 'Brown'), before.linkedAs('entertainment/da-vinci-code-is-lousy-history.txt', 'Brown'));
    assert.deepEqual(after.linkedAs('sport/man-utd-stroll-to-cup-win.txt', 'Brown'), before.linkedAs('sport/man-utd-stroll-to-cup-win.txt', 'Brown'));
    assert.equal(after.named('Gordon Brown'), after.entities.find((e) => e.name === 'Gordon Brown'), 'one Gordon Brown');
    assert.equal(after.entities.filter((e) => e.name === 'Gordon Brown').length, 1);
  });

  it('finds a declared name the rules missed and corrects a kind, in a football team sheet (entities add, kinds)', () => {
    const file = 'sport/man-utd-stroll-to-cup-win.txt';
    const before = index(BBC, [file]);
    assert.deepEqual(before.linkedAs(file, 'Wright'), ['Wright'], 'the engine alone reads the substitute goalkeeper in the team sheet, but not his full name');

    const yaml = 'entities:\n  - name: Richard Wright\n    kind: person\n    aliases: [Wright]\nkinds:\n  Vaughan: person\n';
    const after = index(BBC, [file], yaml);
    assert.deepEqual(after.linkedAs(file, 'Wright'), ['Richard Wright']);
    assert.equal(after.named('Richard Wright')?.kind, 'person');
    assert.deepEqual(after.linkedAs(file, 'Vaughan'), ['Vaughan']);
    assert.equal(after.named('Vaughan')?.kind, 'person');
    unchangedExcept(before, after, / (Wright|Vaughan) -> /);
  });

  it('gives outlet and date to sample articles without front matter (sources)', () => {
    const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
    const yaml = 'sources:\n  - pattern: "00[0-1]_*.txt"\n    outlet: European Views\n    date: 2022-03-29\n';
    const { curation } = parseCuration(yaml);
    const articles = files.map((f) => loadArticle(f, fs.readFileSync(path.join(SAMPLES, f)), { curation }).article!);
    assert.deepEqual(articles.slice(0, 2).map((a) => [a.outlet, a.date]), [['European Views', '2022-03-29'], ['European Views', '2022-03-29']]);
    assert.ok(articles.slice(2).every((a) => a.date !== '2022-03-29'));
  });
});
