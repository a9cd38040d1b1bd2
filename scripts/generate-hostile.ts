// Writes the hostile-input corpus of issue 10 (test/hostile/generate.ts) to a folder, e.g. to
// open it in VS Code or run the CLI on it:
//   node -r esbuild-register scripts/generate-hostile.ts [out folder]   (default test/hostile/generated)
import * as path from 'path';
import { generateHostileCorpus } from '../test/hostile/generate';

const out = process.argv[2] ?? path.join(__dirname, '..', 'test', 'hostile', 'generated');
const cases = generateHostileCorpus(out);
console.log(`${cases.length} hostile cases in ${out}`);
for (const c of cases) console.log(`  ${c.path.padEnd(28)} ${c.expect.padEnd(21)} ${c.what}`);
