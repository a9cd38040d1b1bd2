import * as assert from 'node:assert/strict';
import { reanalysisNeeded } from '../../src/core/config/changes';
import { combineCurations } from '../../src/core/config/combine';
import { matchesGlob } from '../../src/core/corpus/glob';
import { curationRules } from '../../src/core/config/rules';
import { parseCuration } from '../../src/core/config/parse';
import type { Curation } from '../../src/core/config/curation';

// The lookups the engine asks of a curation, and how the files of several workspace folders combine.

const curation: Curation = parseCuration(`
entities:
  - name: Volodymyr Zelensky
    kind: person
    aliases: [Zelensky, Zelenskyy]
  - name: Gordon Brown
    kind: person
ignore: [Reading Time]
kinds:
  Chelsea: other
  Dolmabahce Palace: place
splits:
  - name: Brown
    as:
      - { name: Gordon Brown, paths: ["politics/**"] }
      - { name: Wes Brown, paths: ["sport/**", "tech/001.txt"] }
`).curation!;

describe('curationRules', () => {
  const rules = curationRules(curation);

  it('drops ignored names and names that are neither person nor place, case-sensitively', () => {
    assert.equal(rules.isDropped('Reading Time'), true);
    assert.equal(rules.isDropped('Chelsea'), true);
    assert.equal(rules.isDropped('chelsea'), false);
    assert.equal(rules.isDropped('Zelensky'), false);
  });

  it('gives kinds from kinds: first, then from the curated entity of any spelling', () => {
    assert.equal(rules.kindOf('Dolmabahce Palace'), 'place');
    assert.equal(rules.kindOf('Zelenskyy'), 'person');
    assert.equal(rules.kindOf('Kyiv'), undefined);
  });

  it('maps every spelling to its canonical name, and a split name by the article path', () => {
    assert.equal(rules.canonicalName('Zelenskyy', 'bbc/001.txt'), 'Volodymyr Zelensky');
    assert.equal(rules.canonicalName('Brown', 'politics/042.txt'), 'Gordon Brown');
    assert.equal(rules.canonicalName('Brown', 'sport/007.txt'), 'Wes Brown');
    assert.equal(rules.canonicalName('Brown', 'tech/001.txt'), 'Wes Brown');
    assert.equal(rules.canonicalName('Brown', 'business/001.txt'), undefined);
    assert.equal(rules.isSplit('Brown'), true);
  });

  it('declares the curated spellings so recognition finds them, but not dropped ones', () => {
    const declared = new Map(rules.declaredNames().map((d) => [d.name, d.kind]));
    assert.equal(declared.get('Zelenskyy'), 'person');
    assert.equal(declared.get('Dolmabahce Palace'), 'place');
    assert.equal(declared.has('Chelsea'), false);
    assert.equal(declared.has('Reading Time'), false);
  });

  it('is compiled once per curation object', () => {
    assert.equal(curationRules(curation), rules);
  });
});

describe('combineCurations', () => {
  it('returns a single folder curation as it is', () => {
    assert.equal(combineCurations([{ prefix: '', curation }]), curation);
  });

  it('keeps names workspace-wide and puts globs inside their folder, escaping its name', () => {
    const other: Curation = { entities: [], ignore: ['Recent Posts'], kinds: { Chelsea: 'place', Reading: 'other' }, splits: [], sources: [{ pattern: '**/*.md', outlet: 'Reuters' }] };
    const combined = combineCurations([{ prefix: 'BBC/', curation }, { prefix: 'Wires [2022]/', curation: other }]);
    assert.deepEqual(combined.ignore, ['Reading Time', 'Recent Posts']);
    assert.deepEqual(combined.kinds, { Chelsea: 'other', 'Dolmabahce Palace': 'place', Reading: 'other' });
    const rules = curationRules(combined);
    assert.equal(rules.canonicalName('Brown', 'BBC/politics/042.txt'), 'Gordon Brown');
    assert.equal(rules.canonicalName('Brown', 'politics/042.txt'), undefined);
    assert.deepEqual(combined.sources, [{ pattern: 'Wires [[]2022]/**/*.md', outlet: 'Reuters' }]);
    assert.equal(matchesGlob('Wires [2022]/a/b.md', combined.sources[0].pattern), true);
    assert.equal(matchesGlob('Wires 2/a/b.md', combined.sources[0].pattern), false);
  });
});

describe('reanalysisNeeded', () => {
  const seed = 'Erdogan said Turkey was a good host. Dmytro Kuleba had advised anyone attending the Ukraine-Russia talks in Istanbul.';
  const parse = (text: string) => parseCuration(text).curation!;

  it('needs nothing when no spelling in the text is treated differently', () => {
    const before = parse('entities:\n  - name: Recep Tayyip Erdogan\n    aliases: [Erdogan]\n');
    const after = parse('entities:\n  - name: Recep Tayyip Erdoğan\n    aliases: [Erdogan]\n');
    // Only articles holding a spelling that left or came ("Recep Tayyip Erdogan") are redone.
    const needs = reanalysisNeeded(before, after);
    assert.equal(needs('000.txt', seed), false);
    assert.equal(needs('001.txt', 'President Recep Tayyip Erdogan met both delegations.'), true);
    assert.equal(reanalysisNeeded(curation, curation)('x.txt', seed), false);
  });

  it('redoes the articles that contain a newly ignored or re-kinded name, and no others', () => {
    const needs = reanalysisNeeded(undefined, parse('ignore: [Kuleba]\nkinds:\n  Istanbul: other\n'));
    assert.equal(needs('000.txt', seed), true);
    assert.equal(needs('001.txt', 'Fomin made the announcement.'), false);
  });

  it('redoes the articles whose path a changed source pattern matches', () => {
    const before = parse('sources:\n  - { pattern: "bbc/**", outlet: BBC }\n  - { pattern: "ft/**", outlet: FT }\n');
    const after = parse('sources:\n  - { pattern: "bbc/**", outlet: BBC News }\n  - { pattern: "ft/**", outlet: FT }\n');
    const needs = reanalysisNeeded(before, after);
    assert.equal(needs('bbc/politics/001.txt', 'text'), true);
    assert.equal(needs('ft/001.txt', 'text'), false);
  });
});
