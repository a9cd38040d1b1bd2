#!/usr/bin/env node
// Generates a scaled copy of a corpus for `npm run bench -- --scale`: N copies of every article,
// where each copy renames the people and places (every capitalised word that follows another
// capitalised word gets a suffix of that copy), so entities do not just repeat N times.
//
//   node scripts/generate-corpus.mjs <source folder> <factor> [out folder]
//   (default out: bench/generated/x<factor>; git-ignored)
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const [source, factorArg, outArg] = process.argv.slice(2);
const factor = Number(factorArg);
if (!source || !Number.isInteger(factor) || factor < 1) {
  console.error('usage: generate-corpus.mjs <source folder> <factor> [out folder]');
  process.exit(2);
}
const out = outArg ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'bench', 'generated', `x${factor}`);
const SYLLABLES = ['ov', 'ski', 'ez', 'ini', 'berg', 'ström', 'escu', 'opoulos', 'idis', 'anu', 'ard', 'elli', 'sen', 'wick', 'ton', 'ado', 'ić', 'yan', 'oğlu', 'aki'];

function suffixOf(copy) {
  if (copy === 0) return '';
  const first = SYLLABLES[(copy - 1) % SYLLABLES.length];
  const second = copy > SYLLABLES.length ? SYLLABLES[Math.floor((copy - 1) / SYLLABLES.length) % SYLLABLES.length] : '';
  return first + second;
}

async function listFiles(dir, rel = '') {
  const files = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), relPath)));
    else if (/\.(txt|md)$/.test(entry.name)) files.push(relPath);
  }
  return files;
}

/** Second words of capitalised pairs ("Tony Blair" -> Blair): surnames and place words to vary. */
function namesToVary(text) {
  const names = new Set();
  for (const m of text.matchAll(/\b[A-Z][a-z]+ ([A-Z][a-z]{2,})\b/g)) names.add(m[1]);
  return names;
}

const files = await listFiles(source);
const texts = await Promise.all(files.map((f) => fs.readFile(path.join(source, f), 'utf8')));
// Words also used in lower case ("The", "Party"), calendar words and nationalities stay as they are.
const lowerWords = new Set();
for (const t of texts) for (const m of t.matchAll(/\b[a-z]{3,}\b/g)) lowerWords.add(m[0]);
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const vary = new Set();
for (const t of texts) {
  for (const n of namesToVary(t)) {
    if (!lowerWords.has(n.toLowerCase()) && !CALENDAR.test(n) && !/(?:ian|ish|ese|an)$/.test(n)) vary.add(n);
  }
}
const pattern = vary.size ? new RegExp(`\\b(?:${[...vary].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g') : null;

await fs.rm(out, { recursive: true, force: true });
let bytes = 0;
for (let copy = 0; copy < factor; copy++) {
  const suffix = suffixOf(copy);
  const dir = path.join(out, `copy-${String(copy).padStart(2, '0')}`);
  for (let i = 0; i < files.length; i++) {
    const text = suffix && pattern ? texts[i].replace(pattern, (w) => w + suffix) : texts[i];
    const target = path.join(dir, files[i]);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, text);
    bytes += Buffer.byteLength(text);
  }
}
console.log(`${files.length * factor} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${out}`);
