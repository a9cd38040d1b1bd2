import * as assert from 'node:assert/strict';
import { parseCuration, formatDiagnostic, TOP_LEVEL_KEYS } from '../../src/core/config/parse';
import { loadCurationForFolder } from '../../src/core/config/load';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// Parsing `.dossier.yaml`: what the reader wrote becomes a Curation, and every mistake is
// reported at the line where it is, with no curation returned so the caller keeps the last good one.

const GOOD = `# Corrections for the Istanbul talks corpus
entities:
  - name: Volodymyr Zelensky
    kind: person
    aliases: [Zelensky, Zelenskyy, Zelenskiy]
  - name: Alexander Fomin
    aliases:
      - Fomin
      - "Alexander Vasilyevich Fomin"

ignore:
  - Reading Time
  - Recent Posts

kinds:
  Chelsea: other   # the club, not the district
  Reading: other
  Dolmabahce Palace: place

splits:
  - name: Brown
    as:
      - name: Gordon Brown
        paths: ["politics/**"]
      - name: Wes Brown
        paths: ["sport/**"]

sources:
  - pattern: "bbc/**"
    outlet: BBC News
    date: 2005-03-01
`;

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('parseCuration', () => {
  it('reads every section of a well-formed file', () => {
    const { curation, diagnostics } = parseCuration(GOOD);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(curation, {
      entities: [
        { name: 'Volodymyr Zelensky', kind: 'person', aliases: ['Zelensky', 'Zelenskyy', 'Zelenskiy'] },
        { name: 'Alexander Fomin', aliases: ['Fomin', 'Alexander Vasilyevich Fomin'] },
      ],
      ignore: ['Reading Time', 'Recent Posts'],
      kinds: { Chelsea: 'other', Reading: 'other', 'Dolmabahce Palace': 'place' },
      splits: [{ name: 'Brown', as: [{ name: 'Gordon Brown', paths: ['politics/**'] }, { name: 'Wes Brown', paths: ['sport/**'] }] }],
      sources: [{ pattern: 'bbc/**', outlet: 'BBC News', date: '2005-03-01' }],
    });
  });

  it('treats an empty file, a file of comments and empty sections as no corrections', () => {
    for (const text of ['', '# nothing yet\n', 'entities:\nignore:\nkinds:\n']) {
      const { curation, diagnostics } = parseCuration(text);
      assert.deepEqual(diagnostics, [], text);
      assert.deepEqual(curation, { entities: [], ignore: [], kinds: {}, splits: [], sources: [] });
    }
  });

  it('reports invalid YAML at its line and returns no curation', () => {
    const text = 'ignore:\n  - Reading Time\nkinds:\n  Chelsea: [other\n  Reading: other\n';
    const { curation, diagnostics } = parseCuration(text);
    assert.equal(curation, undefined);
    assert.ok(diagnostics.length > 0);
    assert.equal(diagnostics[0].severity, 'error');
    assert.ok(diagnostics[0].line >= 4, `first error on line ${diagnostics[0].line}`);
  });

  it('reports a misspelt top-level key at its line, suggests the right one, and returns no curation', () => {
    const text = GOOD.replace('ignore:', 'ignroe:');
    const { curation, diagnostics } = parseCuration(text);
    assert.equal(curation, undefined);
    assert.equal(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.equal(d.line, lineOf(text, 'ignroe:'));
    assert.equal(d.column, 1);
    assert.equal(d.endColumn, 'ignroe'.length + 1);
    assert.match(d.message, /Unknown key "ignroe".*Did you mean "ignore"\?/);
    assert.equal(formatDiagnostic('.dossier.yaml', d), `.dossier.yaml:${d.line}:1: error: ${d.message}`);
  });

  it('reports an unknown key inside an entity at its own line and column', () => {
    const text = GOOD.replace('    kind: person\n', '    kind: person\n    nickname: Zelya\n');
    const { curation, diagnostics } = parseCuration(text);
    assert.equal(curation, undefined);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].line, lineOf(text, 'nickname'));
    assert.equal(diagnostics[0].column, 5);
    assert.match(diagnostics[0].message, /Unknown key "nickname" in an entity/);
  });

  it('reports wrong types and values where they are', () => {
    const text = [
      'entities:',
      '  - kind: person', // no name
      '  - name: Kyiv',
      '    kind: city', // not a kind
      'ignore: Reading Time', // not a list
      'kinds:',
      '  Chelsea: club', // not person/place/other
      'sources:',
      '  - pattern: "bbc/**"',
      '    date: last Tuesday', // not a date
      '',
    ].join('\n');
    const { curation, diagnostics } = parseCuration(text);
    assert.equal(curation, undefined);
    const found = diagnostics.map((d) => [d.line, d.message.replace(/:.*/, '')]);
    assert.deepEqual(found, [
      [2, 'Missing name'],
      [4, 'kind must be one of'],
      [5, 'ignore'],
      [7, 'the kind of "Chelsea" must be one of'],
      [10, 'date'],
    ]);
  });

  it('reports a duplicate key as an error', () => {
    const { curation, diagnostics } = parseCuration('kinds:\n  Reading: other\n  Reading: place\n');
    assert.equal(curation, undefined);
    assert.equal(diagnostics[0].line, 3);
  });

  it('warns, but still applies, when a spelling belongs to two entities or a folder is written without a glob', () => {
    const text = 'entities:\n  - name: Gordon Brown\n    aliases: [Brown]\n  - name: Wes Brown\n    aliases: [Brown]\nsources:\n  - pattern: bbc\n    outlet: BBC\n';
    const { curation, diagnostics } = parseCuration(text);
    assert.ok(curation);
    assert.deepEqual(diagnostics.map((d) => [d.line, d.severity]), [[5, 'warning'], [7, 'warning']]);
    assert.match(diagnostics[0].message, /"Brown" belongs to both "Gordon Brown" and "Wes Brown"/);
    assert.match(diagnostics[1].message, /write "bbc\/\*\*"/);
  });

  it('reports a file that is a list rather than a mapping', () => {
    const { curation, diagnostics } = parseCuration('- Zelensky\n- Fomin\n');
    assert.equal(curation, undefined);
    assert.match(diagnostics[0].message, /must be a mapping/);
  });
});

describe('dossier.schema.json', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schemas/dossier.schema.json'), 'utf8'));

  it('knows exactly the keys the parser knows', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [...TOP_LEVEL_KEYS].sort());
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(Object.keys(schema.properties.entities.items.properties).sort(), ['aliases', 'kind', 'name']);
    assert.deepEqual(Object.keys(schema.properties.sources.items.properties).sort(), ['date', 'outlet', 'pattern']);
  });

  it('is referenced by package.json for .dossier.yaml', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
    const entry = pkg.contributes?.yamlValidation?.find((v: { fileMatch: string }) => v.fileMatch === '.dossier.yaml');
    assert.ok(entry, 'contributes.yamlValidation has .dossier.yaml');
    assert.equal(path.normalize(entry.url), path.normalize('./schemas/dossier.schema.json'));
  });
});

describe('loadCurationForFolder', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-curation-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives no corrections when the folder has no .dossier.yaml', () => {
    const loaded = loadCurationForFolder(dir);
    assert.equal(loaded.exists, false);
    assert.deepEqual(loaded.curation, { entities: [], ignore: [], kinds: {}, splits: [], sources: [] });
  });

  it('reads the file (with a BOM) and reports its problems with the file path', () => {
    fs.writeFileSync(path.join(dir, '.dossier.yaml'), '\uFEFFkinds:\n  Reading: other\n');
    assert.deepEqual(loadCurationForFolder(dir).curation?.kinds, { Reading: 'other' });
    fs.writeFileSync(path.join(dir, '.dossier.yaml'), 'kinds:\n  Reading: nothing\n');
    const broken = loadCurationForFolder(dir);
    assert.equal(broken.curation, undefined);
    assert.equal(formatDiagnostic(broken.file, broken.diagnostics[0]), `${path.join(dir, '.dossier.yaml')}:2:12: error: the kind of "Reading" must be one of: person, place, other`);
  });

  it('reports a folder named .dossier.yaml instead of throwing', () => {
    fs.mkdirSync(path.join(dir, '.dossier.yaml'));
    const loaded = loadCurationForFolder(dir);
    assert.equal(loaded.curation, undefined);
    assert.match(loaded.diagnostics[0].message, /is a folder/);
  });
});
