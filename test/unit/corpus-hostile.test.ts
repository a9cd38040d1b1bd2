import * as assert from 'assert';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { discoverArticles, loadArticle } from '../../src/core/corpus';
import { generateHostileCorpus, type HostileCase } from '../hostile/generate';

// Issue 10, loading side: every hostile file is listed (or not) and loaded (or skipped) as it
// should be, with the reason named. Time and memory per case are measured by the benchmark.
describe('hostile corpus: discovery and loading', () => {
  let root: string;
  let cases: HostileCase[];
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'dossier-hostile-'));
    cases = generateHostileCorpus(root);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('lists every file once, ends the symlink loop and names the broken link', async () => {
    const { files, problems } = await discoverArticles(root);
    const listed = files.map((f) => f.path);
    const expected = cases.filter((c) => c.expect !== 'not-listed').map((c) => c.path).sort();
    assert.deepStrictEqual(listed, expected);
    for (const c of cases.filter((x) => x.expect === 'not-listed')) {
      const p = problems.find((x) => x.path === c.path);
      assert.ok(p && c.reason!.test(p.reason), `${c.path}: ${JSON.stringify(p)}`);
    }
  });

  it('loads or skips each file as expected, naming the reason', () => {
    for (const c of cases.filter((x) => x.expect !== 'not-listed')) {
      const result = loadArticle(c.path, readFileSync(path.join(root, c.path)));
      if (c.expect === 'skipped') {
        assert.ok(!result.article && c.reason!.test(result.skipped!), `${c.what}: ${result.skipped}`);
        continue;
      }
      const article = result.article;
      assert.ok(article, `${c.what}: skipped (${result.skipped})`);
      if (c.expect === 'indexed-with-warning') assert.ok(article.warnings.some((w) => c.reason!.test(w)), `${c.what}: ${article.warnings}`);
      else assert.deepStrictEqual(article.warnings, [], c.what);
      assert.ok(article.body.start >= 0 && article.body.end <= article.text.length && article.body.start <= article.body.end, c.what);
      assert.ok(article.title.length <= 200, c.what);
    }
  });

  it('decodes both UTF-16 files to the same text as the UTF-8 ones, without the BOM', () => {
    const le = loadArticle('le', readFileSync(path.join(root, 'utf16le-bom.txt'))).article!;
    const be = loadArticle('be', readFileSync(path.join(root, 'utf16be-bom.txt'))).article!;
    assert.strictEqual(le.text, be.text);
    assert.ok(le.text.startsWith('Meanwhile, Ukrainian President Volodymyr Zelensky'));
  });

  it('keeps CR-only line breaks and finds the first line as title', () => {
    const cr = loadArticle('cr', readFileSync(path.join(root, 'cr-only.txt'))).article!;
    assert.strictEqual(cr.title, 'Talks in Istanbul');
    assert.ok(cr.text.includes('\r\rMeanwhile'));
  });
});
