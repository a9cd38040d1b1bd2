import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

// The News Article grammar (syntaxes/) run through the same TextMate engine VS Code uses.
const root = path.join(__dirname, '..', '..');
const grammarPath = path.join(root, 'syntaxes', 'news-article.tmLanguage.json');

let grammar: textmate.IGrammar;
const YAML_STAND_IN = { scopeName: 'source.yaml', patterns: [{ match: '^[\\w-]+(?=:)', name: 'entity.name.tag.yaml' }] };

/** Scopes of each run of text, as "text => scope.a scope.b" lines (for readable failures). */
function tokenize(text: string): Array<{ text: string; scopes: string[] }> {
  const out: Array<{ text: string; scopes: string[] }> = [];
  let state = textmate.INITIAL;
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = result.ruleStack;
  }
  return out;
}

function scopesOf(tokens: ReturnType<typeof tokenize>, text: string): string[] {
  const t = tokens.find((x) => x.text.includes(text));
  assert.ok(t, `no token containing ${JSON.stringify(text)}`);
  return t.scopes;
}

describe('News Article grammar', () => {
  before(async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope) => {
        if (scope === 'text.news-article') return textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath);
        // VS Code ships the real YAML grammar; a one-rule stand-in shows that front matter is handed to it.
        if (scope === 'source.yaml') return textmate.parseRawGrammar(JSON.stringify(YAML_STAND_IN), 'yaml.json');
        return null;
      },
    });
    grammar = (await registry.loadGrammar('text.news-article'))!;
    assert.ok(grammar);
  });

  it('marks the headline, quotations and the source line of a seed article', () => {
    const text = fs.readFileSync(path.join(root, 'samples', 'istanbul-talks', '000_7d0796a21ad2c65c.txt'), 'utf8');
    const tokens = tokenize(text);
    assert.ok(scopesOf(tokens, 'Russian forces to scale back').includes('markup.heading.headline.news-article'));
    assert.ok(scopesOf(tokens, 'radically reduce').includes('string.quoted.double.news-article'));
    assert.ok(scopesOf(tokens, 'It is in the hands of both sides').includes('string.quoted.double.news-article'));
    assert.ok(scopesOf(tokens, 'Reading Time: 2 minutes').includes('comment.line.furniture.news-article'));
    // Narration between quotations is not inside a string.
    assert.ok(!scopesOf(tokens, 'Russia was willing to give up').some((s) => s.startsWith('string.')));
  });

  it('embeds front matter as YAML and takes no headline from it', () => {
    const tokens = tokenize('---\ntitle: Talks in Istanbul\noutlet: BBC\n---\nISTANBUL (Reuters) — Talks resumed on 29 March 2022.\n');
    assert.ok(scopesOf(tokens, 'title').includes('entity.name.tag.yaml'));
    assert.ok(scopesOf(tokens, 'Talks in Istanbul').includes('meta.embedded.block.frontmatter.news-article'));
    assert.ok(!scopesOf(tokens, 'Talks in Istanbul').includes('markup.heading.headline.news-article'));
    assert.ok(scopesOf(tokens, 'ISTANBUL (Reuters)').includes('markup.bold.dateline.news-article'));
    assert.ok(scopesOf(tokens, '29 March 2022').includes('constant.other.date.news-article'));
  });

  it('ends an unbalanced quotation at the end of its paragraph', () => {
    const tokens = tokenize('Headline\n\nHe said “this never closes.\n\nThe next paragraph is narration.\n');
    assert.ok(scopesOf(tokens, 'this never closes').includes('string.quoted.double.news-article'));
    assert.ok(!scopesOf(tokens, 'The next paragraph').some((s) => s.startsWith('string.')));
  });

  it('reads apostrophes inside words as apostrophes, not as closing quotes', () => {
    const tokens = tokenize('Headline\n\nUkraine isn’t naive, he said of the ‘goodwill gesture’ offered.\n');
    assert.ok(!scopesOf(tokens, 'isn').some((s) => s.startsWith('string.')));
    assert.ok(scopesOf(tokens, 'goodwill gesture').includes('string.quoted.single.news-article'));
    assert.ok(!scopesOf(tokens, ' offered').some((s) => s.startsWith('string.')));
  });

  it('takes the dateline of a seed article ("Brussels 30.03.2022")', () => {
    const text = fs.readFileSync(path.join(root, 'samples', 'istanbul-talks', '001_473595742cb198c6.txt'), 'utf8');
    const tokens = tokenize(text);
    assert.ok(scopesOf(tokens, 'Brussels').includes('markup.bold.dateline.news-article'));
    assert.ok(scopesOf(tokens, '30.03.2022').includes('constant.other.date.news-article'));
  });
});
