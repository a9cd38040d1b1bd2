import { readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { preferThroughputTiering, tuneV8ForCorpus } from '../src/cli/jitTiering';
import { analyzeArticle } from '../src/core/analyze';
import { loadArticle } from '../src/core/corpus/load';
import { linkCorpus } from '../src/core/link/link';
import type { Article, ArticleAnalysis } from '../src/core/types';

// The work of a cold index in one fresh V8 isolate, for counting its machine instructions
// (bench/instructions.sh runs this under valgrind). This machine's speed moves by up to 2x within
// an hour; instruction counts do not, so a change of a few per cent shows in one run.
//   node dist/instructions.js analyse <folder> <n>   analyse every k-th of the folder's articles, n in all
//   node dist/instructions.js link <analyses.json>   link analyses once (made by `save-analyses`)
//   node dist/instructions.js save-analyses <folder> <analyses.json>
// With the dossier command's V8 flags; run with --single-threaded so TurboFan compiles on the
// counted thread and the count repeats.

function articlesOf(folder: string): Article[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(txt|md)$/.test(name)) files.push(file);
    }
  };
  walk(folder);
  return files.flatMap((file) => loadArticle(path.relative(folder, file), readFileSync(file)).article ?? []);
}

const [mode, source, arg] = process.argv.slice(2);
preferThroughputTiering();
if (mode === 'analyse') {
  const all = articlesOf(source);
  const n = Math.min(Number(arg), all.length);
  const step = Math.max(1, Math.floor(all.length / Math.max(1, n)));
  const chosen = all.filter((_, i) => i % step === 0).slice(0, n);
  tuneV8ForCorpus(all.length);
  for (const article of chosen) analyzeArticle(article);
  console.log(`analysed ${chosen.length} articles`);
} else if (mode === 'link') {
  const analyses = JSON.parse(readFileSync(source, 'utf8')) as ArticleAnalysis[];
  tuneV8ForCorpus(analyses.length);
  if (arg !== 'load-only') console.log(`${linkCorpus(analyses).entities.length} entities`);
} else if (mode === 'save-analyses') {
  writeFileSync(arg, JSON.stringify(articlesOf(source).map((a) => analyzeArticle(a))));
} else {
  console.error('usage: instructions.js analyse <folder> <n> | link <analyses.json> [load-only] | save-analyses <folder> <out.json>');
  process.exit(2);
}
