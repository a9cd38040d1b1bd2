import * as assert from 'node:assert/strict';
import { addAlias, CurationEditError, ignoreName, mergeEntities, renameEntity, setKind } from '../../src/core/config/edit';
import { parseCuration } from '../../src/core/config/parse';
import type { Curation } from '../../src/core/config/curation';

// Edits from the UI must leave the reader's file as they wrote it: every untouched line stays
// byte for byte (comments, blank lines, order, quoting, odd indentation), and the result parses.

const HAND_WRITTEN = `# Corrections for the Istanbul talks -- kept by hand
# (please keep the entities sorted)

entities:
    # the Ukrainian president
    - name: Volodymyr Zelensky   # canonical spelling
      kind: person
      aliases: [ Zelensky, Zelenskyy ]

    - name: 'Alexander Fomin'
      aliases:
          - Fomin

ignore:   # noise from the page furniture
  - "Reading Time"
  - Recent Posts

kinds:
  Chelsea: other    # the club
# end of file
`;

function parsed(text: string): Curation {
  const { curation, diagnostics } = parseCuration(text);
  assert.ok(curation, `edited file parses: ${JSON.stringify(diagnostics)}\n${text}`);
  return curation;
}

/** The lines of `before` that are missing from `after`, in order: what the edit destroyed. */
function lostLines(before: string, after: string): string[] {
  const remaining = after.split('\n');
  const lost: string[] = [];
  let from = 0;
  for (const line of before.split('\n')) {
    const at = remaining.indexOf(line, from);
    if (at < 0) lost.push(line);
    else from = at + 1;
  }
  return lost;
}

describe('curation edits keep the file as the reader wrote it', () => {
  it('ignoreName appends to the list in its quoting style and touches nothing else', () => {
    const after = ignoreName(HAND_WRITTEN, 'Leave a Reply');
    assert.deepEqual(lostLines(HAND_WRITTEN, after), []);
    assert.ok(after.includes('  - Recent Posts\n  - "Leave a Reply"\n'), after);
    assert.deepEqual(parsed(after).ignore, ['Reading Time', 'Recent Posts', 'Leave a Reply']);
    assert.equal(ignoreName(after, ['Leave a Reply', 'Recent Posts']), after, 'names already ignored are not added twice');
  });

  it('setKind adds under kinds:, replaces an existing value in place, and sets an entity kind', () => {
    const reading = setKind(HAND_WRITTEN, 'Reading', 'other');
    assert.deepEqual(lostLines(HAND_WRITTEN, reading), []);
    assert.ok(reading.includes('  Chelsea: other    # the club\n  Reading: other\n# end of file'), reading);

    const chelsea = setKind(HAND_WRITTEN, 'Chelsea', 'place');
    assert.deepEqual(lostLines(HAND_WRITTEN, chelsea), ['  Chelsea: other    # the club']);
    assert.ok(chelsea.includes('  Chelsea: place    # the club\n'));

    const fomin = setKind(HAND_WRITTEN, 'Fomin', 'person');
    assert.deepEqual(lostLines(HAND_WRITTEN, fomin), []);
    assert.deepEqual(parsed(fomin).entities[1], { name: 'Alexander Fomin', kind: 'person', aliases: ['Fomin'] });
    assert.ok(fomin.includes("    - name: 'Alexander Fomin'\n      aliases:\n          - Fomin\n      kind: person\n"), fomin);
  });

  it('addAlias extends a flow list in place, a block list below its last item, or creates the entity', () => {
    const flow = addAlias(HAND_WRITTEN, 'Zelensky', 'Zelenskiy');
    assert.deepEqual(lostLines(HAND_WRITTEN, flow), ['      aliases: [ Zelensky, Zelenskyy ]']);
    assert.ok(flow.includes('      aliases: [ Zelensky, Zelenskyy, Zelenskiy ]\n'));

    const block = addAlias(HAND_WRITTEN, 'Alexander Fomin', 'Fomin’s');
    assert.deepEqual(lostLines(HAND_WRITTEN, block), []);
    assert.ok(block.includes('          - Fomin\n          - Fomin’s\n'), block);

    const created = addAlias(HAND_WRITTEN, 'Vladimir Medinsky', 'Medinsky');
    assert.deepEqual(lostLines(HAND_WRITTEN, created), []);
    assert.deepEqual(parsed(created).entities[2], { name: 'Vladimir Medinsky', aliases: ['Medinsky'] });
    assert.ok(created.includes('          - Fomin\n    - name: Vladimir Medinsky\n      aliases: [Medinsky]\n'), created);
  });

  it('mergeEntities folds two curated entries into the canonical one and removes the other', () => {
    const text = HAND_WRITTEN.replace('ignore:', '    - name: Fomin Alexander\n      aliases: [A. Fomin]\n\nignore:');
    const merged = mergeEntities(text, ['Fomin Alexander', 'Alexander Fomin'], 'Alexander Fomin');
    assert.deepEqual(lostLines(text, merged), ['    - name: Fomin Alexander', '      aliases: [A. Fomin]']);
    assert.deepEqual(parsed(merged).entities, [
      { name: 'Volodymyr Zelensky', kind: 'person', aliases: ['Zelensky', 'Zelenskyy'] },
      { name: 'Alexander Fomin', aliases: ['Fomin', 'Fomin Alexander', 'A. Fomin'] },
    ]);
  });

  it('mergeEntities of names nobody curated yet appends a new entity', () => {
    const merged = mergeEntities(HAND_WRITTEN, ['Erdogan', 'Recep Tayyip Erdogan', 'Erdoğan'], 'Recep Tayyip Erdogan', 'person');
    assert.deepEqual(lostLines(HAND_WRITTEN, merged), []);
    assert.deepEqual(parsed(merged).entities[2], { name: 'Recep Tayyip Erdogan', kind: 'person', aliases: ['Erdogan', 'Erdoğan'] });
  });

  it('renameEntity changes the name in its quoting style and keeps the old name as an alias', () => {
    const renamed = renameEntity(HAND_WRITTEN, 'Alexander Fomin', 'Aleksandr Fomin');
    assert.deepEqual(lostLines(HAND_WRITTEN, renamed), ["    - name: 'Alexander Fomin'"]);
    assert.ok(renamed.includes("    - name: 'Aleksandr Fomin'\n"));
    assert.deepEqual(parsed(renamed).entities[1], { name: 'Aleksandr Fomin', aliases: ['Fomin', 'Alexander Fomin'] });

    const fresh = renameEntity(HAND_WRITTEN, 'Erdogan', 'Recep Tayyip Erdogan');
    assert.deepEqual(parsed(fresh).entities[2], { name: 'Recep Tayyip Erdogan', aliases: ['Erdogan'] });
  });

  it('creates the file from nothing, and sections that are missing or empty', () => {
    const fromNothing = setKind(ignoreName(addAlias('', 'Volodymyr Zelensky', 'Zelensky'), 'Reading Time'), 'Reading', 'other');
    assert.equal(fromNothing, 'entities:\n  - name: Volodymyr Zelensky\n    aliases: [Zelensky]\nignore:\n  - Reading Time\nkinds:\n  Reading: other\n');

    const emptySections = 'entities:\nignore: # none yet\nkinds: ~\n';
    const filled = setKind(ignoreName(addAlias(emptySections, 'Kyiv', 'Kiev'), 'Reading Time'), 'Reading', 'other');
    assert.equal(filled, 'entities:\n  - name: Kyiv\n    aliases: [Kiev]\nignore: # none yet\n  - Reading Time\nkinds:\n  Reading: other\n');
    parsed(filled);
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    const crlf = 'ignore:\r\n  - Reading Time\r\nkinds:\r\n  Chelsea: other';
    const after = setKind(ignoreName(crlf, 'Recent Posts'), 'Reading', 'other');
    assert.equal(after, 'ignore:\r\n  - Reading Time\r\n  - Recent Posts\r\nkinds:\r\n  Chelsea: other\r\n  Reading: other');
  });

  it('quotes names that would not read back as the same text', () => {
    const after = ignoreName('ignore: [a]\n', ['Yes', 'BBC: Live', '2022', 'Smith, John', "O'Brien"]);
    assert.deepEqual(parsed(after).ignore, ['a', 'Yes', 'BBC: Live', '2022', 'Smith, John', "O'Brien"]);
  });

  it('refuses to edit a file with a YAML error, saying why', () => {
    assert.throws(() => ignoreName('kinds:\n  Chelsea: [other\n', 'Reading Time'), CurationEditError);
    assert.throws(() => ignoreName('- a\n- b\n', 'Reading Time'), /not a mapping/);
  });
});
