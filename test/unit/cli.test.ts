import * as assert from 'assert';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import { main } from '../../src/cli/main';
import type { IndexExport } from '../../src/core/types';

const SAMPLES = path.join(__dirname, '../../samples/istanbul-talks');

class Capture extends Writable {
  text = '';
  _write(chunk: Buffer, _enc: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new Capture();
  const err = new Capture();
  const code = await main(argv, out, err);
  return { code, out: out.text, err: err.text };
}

describe('dossier CLI', function () {
  this.timeout(120_000);
  let tmp: string;
  let savedCache: string | undefined;
  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'dossier-cli-'));
    savedCache = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = path.join(tmp, 'cache');
  });
  after(() => {
    if (savedCache === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = savedCache;
    rmSync(tmp, { recursive: true, force: true });
  });

  it('exports the sample corpus in the issue-3 shape, offsets pointing at the names', async () => {
    const { code, out, err } = await run('export', SAMPLES);
    assert.strictEqual(code, 0, err);
    const data = JSON.parse(out) as IndexExport;
    assert.deepStrictEqual(Object.keys(data), ['entities', 'mentions', 'quotes', 'articles']);
    assert.strictEqual(data.articles!.length, 5);
    const ids = new Set(data.entities.map((e) => e.id));
    const texts = new Map(data.articles!.map((a) => [a.path, readFileSync(path.join(SAMPLES, a.path), 'utf8')]));
    for (const m of data.mentions) {
      assert.ok(ids.has(m.entity), `${m.entity} is exported`);
      assert.strictEqual(texts.get(m.path)!.slice(m.start, m.end), m.text);
    }
    const zelensky = data.entities.find((e) => e.aliases.includes('Zelenskyy'));
    assert.ok(zelensky && zelensky.kind === 'person');
    assert.ok(data.quotes.every((q) => ['statement', 'partial', 'scare'].includes(q.type) && (q.speaker === null || ids.has(q.speaker))));
    assert.ok(data.quotes.some((q) => q.speaker === zelensky.id));
    assert.ok(readdirSync(path.join(tmp, 'cache', 'dossier')).some((f) => f.startsWith('istanbul-talks-')), 'saved index under XDG_CACHE_HOME');
  });

  it('gives the same export from the saved index (warm start)', async () => {
    const cold = await run('export', SAMPLES, '--no-cache');
    const warm = await run('export', SAMPLES);
    assert.strictEqual(warm.out, cold.out);
  });

  it('shows a dossier: mentions in their sentences and quotes, grouped by article', async () => {
    const { code, out } = await run('show', SAMPLES, 'Zelensky');
    assert.strictEqual(code, 0);
    assert.match(out, /^Volodymyr Zelensky \(person\)/);
    assert.match(out, /== 002_f8afb44f8dfed8d9\.txt/);
    assert.match(out, /Meanwhile, Ukrainian President \[Volodymyr Zelensky\] said that Ukraine was not lowering its defenses\./);
    assert.match(out, /said \(statement\): “We can say the signals we are receiving from the talks are positive/);
  });

  it('suggests names when the entity is not found', async () => {
    const { code, err } = await run('show', SAMPLES, 'Zelenskiy');
    assert.strictEqual(code, 1);
    assert.match(err, /no person or place called "Zelenskiy"/);
    assert.match(err, /Did you mean: Volodymyr Zelensky \(person/);
  });

  it('fails clearly on a missing folder, an empty folder, bad usage; prints help', async () => {
    const missing = await run('export', path.join(tmp, 'nope'));
    assert.deepStrictEqual([missing.code, missing.out], [2, '']);
    assert.match(missing.err, /folder not found/);
    mkdirSync(path.join(tmp, 'empty'));
    const empty = await run('export', path.join(tmp, 'empty'));
    assert.strictEqual(empty.code, 1);
    assert.match(empty.err, /no articles found/);
    assert.strictEqual((await run('frobnicate', SAMPLES)).code, 2);
    assert.strictEqual((await run('show', SAMPLES)).code, 2);
    assert.strictEqual((await run('export', SAMPLES, '--bogus')).code, 2);
    const help = await run('--help');
    assert.strictEqual(help.code, 0);
    assert.match(help.out, /dossier <command> <folder>/);
  });

  it('warns about bad files on stderr, names them, and still exports the rest', async () => {
    const dir = path.join(tmp, 'mixed');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'good.txt'), readFileSync(path.join(SAMPLES, '002_f8afb44f8dfed8d9.txt')));
    writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    writeFileSync(path.join(dir, 'note.md'), '---\ntitle: [broken\n---\nJohn Kirby said so.');
    const { code, out, err } = await run('export', dir, '--no-cache');
    assert.strictEqual(code, 0);
    assert.match(err, /skipped: image\.txt: binary file/);
    assert.match(err, /warning: note\.md: malformed front matter/);
    assert.deepStrictEqual((JSON.parse(out) as IndexExport).articles!.map((a) => a.path), ['good.txt', 'note.md']);
  });

  it('keeps control characters of an article away from the terminal', async () => {
    const dir = path.join(tmp, 'escape');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.txt'), 'Talks\n\nJohn Kirby said the \x1b[2J\x1b]0;pwned\x07 talks were over, Pentagon spokesman John Kirby told reporters.');
    const { code, out } = await run('show', dir, 'John Kirby', '--no-cache');
    assert.strictEqual(code, 0, out);
    assert.ok(!out.includes('\x1b'), 'no raw escape reaches the terminal');
    assert.match(out, /\\u001b\[2J/);
  });
});
