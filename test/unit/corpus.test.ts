import * as assert from 'assert';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { discoverArticles, loadArticle } from '../../src/core/corpus';

const SAMPLES = path.join(__dirname, '../../samples/istanbul-talks');
const sample = (name: string) => readFileSync(path.join(SAMPLES, name));
const utf8 = (s: string) => new TextEncoder().encode(s);

// A real BBC paragraph (business/russia-wto-talks-make-progress) used as article text.
const BBC = 'Russia has been waiting for a decade to join the WTO and hopes to finally become a member by early 2006. ' +
  'But the chairman of the working party, Ambassador Stefan Johannesson of Iceland, warned that there was "still a lot of work has to be done".';

describe('loadArticle: boilerplate of the sample corpus', () => {
  it('ends 000 before the "Source:" credit, byline and "Recent Posts" list, and excludes the reading-time line', () => {
    const { article } = loadArticle('000.txt', sample('000_7d0796a21ad2c65c.txt'));
    assert.ok(article);
    assert.ok(article.text.slice(0, article.body.end).endsWith('The talks are scheduled to continue in Istanbul on Wednesday.'));
    assert.ok(!article.text.slice(article.body.start, article.body.end).includes('Drew Leifheit'));
    assert.deepStrictEqual(article.excluded?.map((s) => article.text.slice(s.start, s.end)), ['Reading Time: 2 minutes']);
    assert.strictEqual(article.title, 'Russian forces to scale back attacks in parts of Ukraine to build trust, facilitate negotiations');
    assert.strictEqual(article.outlet, undefined, 'a credit naming four outlets does not name this article\'s outlet');
  });

  it('ends 001 before the "Leave a Reply" comment form', () => {
    const { article } = loadArticle('001.txt', sample('001_473595742cb198c6.txt'));
    assert.ok(article!.text.slice(0, article!.body.end).endsWith('the possibility of peace will be much closer,” he added.'));
  });

  it('ends 002 before the publisher blurb, takes the outlet from "Source: Dailywire"', () => {
    const { article } = loadArticle('002.txt', sample('002_f8afb44f8dfed8d9.txt'));
    const body = article!.text.slice(article!.body.start, article!.body.end);
    assert.ok(body.endsWith('but added that talks were still “difficult.”'));
    assert.ok(!body.includes('Daily Wire') && !body.includes('Comments'));
    assert.strictEqual(article!.outlet, 'Dailywire');
  });

  it('keeps articles without boilerplate whole', () => {
    for (const name of ['003_122ecd206fab1632.txt', '004_dbc757bebcad6a8f.txt']) {
      const { article } = loadArticle(name, sample(name));
      assert.deepStrictEqual(article!.body, { start: 0, end: article!.text.length });
    }
  });

  it('does not take news sentences about membership or signing up for a promotional blurb', () => {
    const { article } = loadArticle('wto.txt', utf8(`Russia WTO talks 'make progress'\n\n${BBC}\n\nRussia hopes to sign up to the agreement and become a member by early 2006.`));
    assert.strictEqual(article!.body.end, article!.text.length);
  });
});

describe('loadArticle: decoding and front matter', () => {
  it('strips a UTF-8 BOM so offsets start at the first character', () => {
    const { article } = loadArticle('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(BBC)]));
    assert.strictEqual(article!.text, BBC);
  });

  it('decodes UTF-16 LE and BE files with a BOM', () => {
    const le = Buffer.from('\ufeff' + BBC, 'utf16le');
    const be = Buffer.from(le).swap16();
    assert.strictEqual(loadArticle('le.txt', le).article!.text, BBC);
    assert.strictEqual(loadArticle('be.txt', be).article!.text, BBC);
  });

  it('replaces invalid UTF-8 with U+FFFD and warns', () => {
    const bytes = new Uint8Array([...utf8('Ambassador Stefan '), 0xc3, 0x28, ...utf8(' Johannesson of Iceland')]);
    const { article } = loadArticle('bad.txt', bytes);
    assert.ok(article!.text.includes('\ufffd'));
    assert.match(article!.warnings[0], /invalid UTF-8: 1 byte sequence/);
  });

  it('skips binary files, oversized files and empty files with a reason', () => {
    assert.match(loadArticle('b.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).skipped!, /binary/);
    assert.match(loadArticle('big.txt', utf8(BBC), { maxBytes: 100 }).skipped!, /too large/);
    assert.match(loadArticle('e.txt', new Uint8Array()).skipped!, /empty/);
    assert.match(loadArticle('w.txt', utf8(' \n\r\n ')).skipped!, /white space/);
  });

  it('keeps CRLF and CR line endings as they are', () => {
    const crlf = `Russia WTO talks\r\n\r\n${BBC}\r\n`;
    assert.strictEqual(loadArticle('crlf.txt', utf8(crlf)).article!.text, crlf);
    const cr = crlf.replace(/\r\n/g, '\r');
    const { article } = loadArticle('cr.txt', utf8(cr));
    assert.strictEqual(article!.text, cr);
    assert.strictEqual(article!.title, 'Russia WTO talks');
  });

  it('reads front matter metadata and starts the body after it', () => {
    const text = `---\ntitle: Russia WTO talks 'make progress'\nsource: BBC News\ndate: 2005-11-04\nauthors: [Jane Doe, John Roe]\nurl: https://news.bbc.co.uk/x\n---\n${BBC}\n`;
    const { article } = loadArticle('fm.md', utf8(text));
    assert.strictEqual(article!.title, "Russia WTO talks 'make progress'");
    assert.strictEqual(article!.outlet, 'BBC News');
    assert.strictEqual(article!.date, '2005-11-04');
    assert.strictEqual(article!.author, 'Jane Doe, John Roe');
    assert.strictEqual(article!.url, 'https://news.bbc.co.uk/x');
    assert.strictEqual(article!.text.slice(article!.body.start, article!.body.start + 6), 'Russia');
    assert.deepStrictEqual(article!.warnings, []);
  });

  it('warns on malformed front matter but still keeps it out of the body', () => {
    const { article } = loadArticle('fm.md', utf8(`---\ntitle: [unclosed\n---\n${BBC}`));
    assert.match(article!.warnings[0], /malformed front matter/);
    assert.ok(article!.text.slice(article!.body.start).startsWith('Russia has been'));
    assert.strictEqual(article!.title, 'Russia has been waiting for a decade to join the WTO and hopes to finally become a member by early 2006. But the chairman of the working party, Ambassador Stefan Johannesson of Iceland, warned that t…');
  });

  it('reads unterminated front matter as text, with a warning', () => {
    const { article } = loadArticle('fm.md', utf8(`---\ntitle: x\n${BBC}`));
    assert.match(article!.warnings[0], /no closing/);
    assert.strictEqual(article!.body.start, 0);
  });

  it('refuses a YAML alias bomb without expanding it', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      bomb.push(`${name}: &${name} [${Array(9).fill('*' + prev).join(',')}]`);
    }
    const { article } = loadArticle('bomb.md', utf8(`---\n${bomb.join('\n')}\n---\n${BBC}`));
    assert.match(article!.warnings[0], /malformed front matter.*alias/i);
  });

  it('takes outlet and date from curation sources when front matter lacks them', () => {
    const curation = { entities: [], ignore: [], kinds: {}, splits: [], sources: [{ pattern: 'bbc/**', outlet: 'BBC News', date: '2005-11-04' }] };
    const { article } = loadArticle('bbc/business/wto.txt', utf8(BBC), { curation });
    assert.strictEqual(article!.outlet, 'BBC News');
    assert.strictEqual(article!.date, '2005-11-04');
  });
});

describe('discoverArticles', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'dossier-discover-'));
    for (const dir of ['bbc/politics', 'node_modules/pkg', '.git', 'dist', 'notes']) mkdirSync(path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, 'bbc/politics/a.txt'), BBC);
    writeFileSync(path.join(root, 'notes/b.md'), BBC);
    writeFileSync(path.join(root, 'notes/c.json'), '{}');
    writeFileSync(path.join(root, 'node_modules/pkg/readme.md'), BBC);
    writeFileSync(path.join(root, 'dist/out.txt'), BBC);
    symlinkSync(root, path.join(root, 'bbc/loop'));
    symlinkSync(path.join(root, 'missing.txt'), path.join(root, 'broken.txt'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds .txt and .md files, skips tooling folders, and ends symlink loops', async () => {
    const { files, problems } = await discoverArticles(root);
    assert.deepStrictEqual(files.map((f) => f.path), ['bbc/politics/a.txt', 'notes/b.md']);
    assert.strictEqual(files[0].size, Buffer.byteLength(BBC));
    assert.deepStrictEqual(problems.map((p) => p.path).sort(), ['bbc/loop', 'broken.txt']);
  });

  it('honours include and exclude globs', async () => {
    const { files } = await discoverArticles(root, { include: ['**/*.md', '**/*.txt'], exclude: ['bbc/**'] });
    assert.deepStrictEqual(files.map((f) => f.path), ['notes/b.md']);
  });

  it('rejects a folder that does not exist', async () => {
    await assert.rejects(discoverArticles(path.join(root, 'nope')), /folder not found/);
  });
});
