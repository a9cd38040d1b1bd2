import { mkdirSync, symlinkSync, writeFileSync } from 'fs';
import * as path from 'path';

// The hostile-input corpus of issue 10, generated because some files are large. Each case is a
// file (or folder) with what the indexer must do with it. Used by test/unit/indexer.test.ts and
// by `npm run bench -- --hostile`, which times each one.
//
//   node -r esbuild-register scripts/generate-hostile.ts [out folder]   (default test/hostile/generated)

export type Expectation = 'indexed' | 'indexed-with-warning' | 'skipped' | 'not-listed';

export interface HostileCase {
  path: string;
  expect: Expectation;
  /** What the reason or warning must mention. */
  reason?: RegExp;
  what: string;
}

// Real sentences from the seed corpus (samples/istanbul-talks/002).
const SENTENCE = '“We can say the signals we are receiving from the talks are positive but they do not drown out the explosions of Russian shells,” Zelensky said in an address to the nation late Tuesday night, via Reuters.';
const NARRATION = 'Meanwhile, Ukrainian President Volodymyr Zelensky said that Ukraine was not lowering its defenses.';

/** A deterministic pseudo-random generator, so every run makes the same files. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Random soup of quote marks, punctuation, words and line breaks: the fuzz input. */
export function quoteSoup(seed: number, length: number): string {
  const rnd = random(seed);
  const pieces = ['"', '“', '”', '„', '«', '»', '‘', '’', "'", '`', ',', '.', ':', ';', '—', '-', '(', ')', '[', ']', ' ', ' ', ' ', '\n', '\n\n', '\r\n', 'said', 'Zelensky', 'Mr Putin', 'told', 'according to', 'Kyiv', 'he', 'she', 'the', 'talks', 'Erdogan said:'];
  let out = '';
  while (out.length < length) out += pieces[Math.floor(rnd() * pieces.length)];
  return out;
}

/**
 * Pathological texts that can be made at any length, for the benchmark's growth table: analysis
 * time must grow in proportion to the length (issue 10: time stays bounded on bad input).
 */
export const SCALABLE_INPUTS: Array<{ what: string; make: (chars: number) => string }> = [
  { what: 'one line of real sentences', make: (n) => repeatTo(`${NARRATION} ${SENTENCE} `, n) },
  { what: 'unmatched straight quotes', make: (n) => `${NARRATION}\n${'"'.repeat(n)}\n${SENTENCE}` },
  { what: 'nested and mismatched quotes', make: (n) => `${NARRATION}\n${repeatTo('„“«»‘’\'\'""“«‘', n)}\n${SENTENCE}` },
  { what: 'openers without closers on one line', make: (n) => repeatTo('“We said. he said “we are ', n) },
  { what: 'quote soup on one line', make: (n) => quoteSoup(5, n).replace(/[\r\n]/g, ' ') },
  { what: 'zero-width spaces in names', make: (n) => repeatTo('Vladimir\u200b Putin met Volodymyr\u200d Zelensky in Istanbul. ', n) },
];

function repeatTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

export function generateHostileCorpus(root: string, options: { large?: boolean } = {}): HostileCase[] {
  const large = options.large ?? true;
  mkdirSync(root, { recursive: true });
  const cases: HostileCase[] = [];
  const put = (rel: string, content: string | Uint8Array, expect: Expectation, what: string, reason?: RegExp) => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    cases.push({ path: rel, expect, what, reason });
  };

  const rnd = random(7);
  const binary = new Uint8Array(64 * 1024).map(() => Math.floor(rnd() * 256));
  binary[10] = 0;
  put('binary.txt', binary, 'skipped', 'random bytes (a binary file named .txt)', /binary/);
  put('nul-in-text.txt', `${NARRATION}\u0000${SENTENCE}`, 'skipped', 'text with one NUL byte', /binary/);
  if (large) put('huge-50mb.txt', Buffer.alloc(50 * 1024 * 1024, `${NARRATION}\n`), 'skipped', '50 MB text file', /too large/);
  put('one-line-2mb.txt', (NARRATION + ' ' + SENTENCE + ' ').repeat(Math.ceil((2 * 1024 * 1024) / (NARRATION.length + SENTENCE.length + 2))), 'indexed', 'a single 2 MB line');
  put('invalid-utf8.txt', Buffer.concat([Buffer.from(NARRATION + ' '), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0]), Buffer.from(' ' + SENTENCE)]), 'indexed-with-warning', 'invalid UTF-8 sequences', /invalid UTF-8/);
  put('utf16le-bom.txt', Buffer.from('\ufeff' + NARRATION + '\n' + SENTENCE, 'utf16le'), 'indexed', 'UTF-16 LE with BOM');
  put('utf16be-bom.txt', Buffer.from('\ufeff' + NARRATION + '\n' + SENTENCE, 'utf16le').swap16(), 'indexed', 'UTF-16 BE with BOM');
  put('utf8-bom.txt', '\ufeff' + NARRATION, 'indexed', 'UTF-8 with BOM');
  put('crlf.txt', `Talks in Istanbul\r\n\r\n${NARRATION}\r\n${SENTENCE}\r\n`, 'indexed', 'CRLF line endings');
  put('cr-only.txt', `Talks in Istanbul\r\r${NARRATION}\r${SENTENCE}\r`, 'indexed', 'CR-only line endings');
  put('unmatched-quotes.txt', `${NARRATION}\n` + '"'.repeat(10_000) + `\n${SENTENCE}`, 'indexed', '10,000 unmatched quote marks');
  put('nested-quotes.txt', `${NARRATION}\n` + '„“«»‘’\'\'""'.repeat(500) + '“'.repeat(2000) + '«'.repeat(2000) + '‘'.repeat(2000) + `\n${SENTENCE}`, 'indexed', 'deeply nested and mismatched quotes of every kind');
  put('names-at-edges.txt', `Zelensky met Erdogan and Putin`, 'indexed', 'names at the very start and end, no final newline');
  put('front-matter-not-yaml.md', `---\n{{ this: is [not yaml\n---\n${NARRATION}`, 'indexed-with-warning', 'front matter that is not YAML', /malformed front matter/);
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
  put('yaml-bomb.md', `---\n${bomb.join('\n')}\n---\n${NARRATION}`, 'indexed-with-warning', 'YAML alias bomb (9^9 expansion)', /alias/i);
  put('front-matter-unterminated.md', `---\ntitle: Never closed\n${NARRATION}`, 'indexed-with-warning', 'front matter without an end', /no closing/);
  put('empty.txt', '', 'skipped', 'empty file', /empty/);
  put('whitespace.txt', ' \n\t\r\n', 'skipped', 'only white space', /white space/);
  put('html-script.md', `<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n${NARRATION} [click](command:workbench.action.terminal.new) \`code\` <!-- hidden --> [x](javascript:alert(1))\n`, 'indexed', 'HTML, <script>, javascript: and command: links');
  put('bidi-zero-width.txt', `Vladimir\u200b Putin met \u202eyksnelez\u202c and Volo\u200ddymyr Zelensky in Istanbul.\n${SENTENCE}`, 'indexed', 'bidi overrides and zero-width characters in names');
  for (let i = 0; i < 5; i++) put(`soup/quote-soup-${i}.txt`, quoteSoup(100 + i, 20_000), 'indexed', 'random quote and punctuation soup (fuzz)');
  mkdirSync(path.join(root, 'loop'), { recursive: true });
  symlinkSync('..', path.join(root, 'loop', 'again'));
  cases.push({ path: 'loop/again', expect: 'not-listed', what: 'symlink loop (folder linking to its parent)', reason: /already indexed/ });
  symlinkSync('missing-target.txt', path.join(root, 'dangling.txt'));
  cases.push({ path: 'dangling.txt', expect: 'not-listed', what: 'link to a file that does not exist', reason: /broken link/ });
  return cases;
}
