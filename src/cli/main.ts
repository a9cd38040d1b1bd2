import { existsSync, statSync } from 'fs';
import * as os from 'os';
import * as nodePath from 'path';
import { loadCurationForFolder, formatDiagnostic, type Curation } from '../core/config';
import { defaultCacheFile } from '../core/index/cache';
import type { CorpusIndex } from '../core/index/corpusIndex';
import { engineKeyOf, indexFolder } from '../core/index/indexFolder';
import type { EntitySummary } from '../core/index/queries';
import { tuneV8ForCorpus } from './jitTiering';
import { showEntity } from './show';

export { preferThroughputTiering } from './jitTiering';

const HELP = `Usage: dossier <command> <folder> [options]

Find every named person and place in a folder of news articles, link spellings across the
corpus, and find every quotation and its speaker.

Commands:
  export <folder>          Print the whole index as JSON on stdout
                           ({ entities, mentions, quotes, articles }; offsets are UTF-16 indices).
  show <folder> <name>     Print the dossier of one person or place: its mentions with their
                           sentences and its quotes, grouped by article.

Options:
  --no-cache               Analyse every file again; do not read or write the saved index.
  --cache-dir <dir>        Where to keep saved indexes (default $XDG_CACHE_HOME/dossier or ~/.cache/dossier).
  --workers <n>            Worker threads for analysis (default: CPU count, at most 2; 0 = none).
  --quiet                  Do not print warnings about skipped or damaged files.
  -h, --help               Show this help.
  -v, --version            Show the version.

Files: **/*.txt and **/*.md under the folder (node_modules, .git, out, dist, build skipped).
Corrections in <folder>/.dossier.yaml are applied. Problems with files go to stderr.

Exit codes: 0 success, 1 no articles or no such entity, 2 usage error or unreadable folder.`;

const EXIT_OK = 0;
const EXIT_NOT_FOUND = 1;
const EXIT_USAGE = 2;

interface Parsed {
  positional: string[];
  cache: boolean;
  cacheDir?: string;
  workers?: number;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Parsed {
  const parsed: Parsed = { positional: [], cache: true, quiet: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') parsed.help = true;
    else if (arg === '-v' || arg === '--version') parsed.version = true;
    else if (arg === '--no-cache') parsed.cache = false;
    else if (arg === '--quiet' || arg === '-q') parsed.quiet = true;
    else if (arg === '--cache-dir') parsed.cacheDir = value();
    else if (arg === '--workers') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError('--workers takes a whole number from 0 to 64');
      parsed.workers = n;
    } else if (arg === '--') parsed.positional.push(...argv.slice(i + 1)), (i = argv.length);
    else if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`unknown option ${arg}`);
    else parsed.positional.push(arg);
  }
  return parsed;
}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const say = (line: string) => err.write(line + '\n');
  let args: Parsed;
  try {
    args = parseArgs(argv);
  } catch (e) {
    say(`dossier: ${(e as Error).message}\nRun "dossier --help" for usage.`);
    return EXIT_USAGE;
  }
  if (args.help) {
    out.write(HELP + '\n');
    return EXIT_OK;
  }
  if (args.version) {
    out.write(`dossier ${VERSION}\n`);
    return EXIT_OK;
  }
  const [command, folder, ...rest] = args.positional;
  if (!command) {
    say(`dossier: missing command\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (command !== 'export' && command !== 'show') {
    say(`dossier: unknown command "${command}" (expected export or show)\nRun "dossier --help" for usage.`);
    return EXIT_USAGE;
  }
  if (!folder) {
    say(`dossier: ${command} needs a folder\nRun "dossier --help" for usage.`);
    return EXIT_USAGE;
  }
  if (command === 'show' && rest.length === 0) {
    say('dossier: show needs the name of a person or place, e.g. dossier show ./articles "Zelensky"');
    return EXIT_USAGE;
  }
  if (command === 'export' && rest.length > 0) {
    say(`dossier: export takes one folder, got also "${rest[0]}"`);
    return EXIT_USAGE;
  }
  if (!existsSync(folder)) {
    say(`dossier: folder not found: ${folder}`);
    return EXIT_USAGE;
  }
  if (!statSync(folder).isDirectory()) {
    say(`dossier: not a folder: ${folder}`);
    return EXIT_USAGE;
  }

  const curation = readCuration(folder, args.quiet ? () => undefined : say);
  const workerScript = nodePath.join(__dirname, 'worker.js');
  const hasWorker = existsSync(workerScript);
  const root = nodePath.resolve(folder);
  let result;
  try {
    result = await indexFolder(root, {
      curation,
      cacheFile: args.cache ? (args.cacheDir ? nodePath.join(args.cacheDir, nodePath.basename(defaultCacheFile(root))) : defaultCacheFile(root)) : undefined,
      // The analysis stack is its own bundle: a change in recognition changes only analyze.js.
      engineKey: await engineKeyOf(__filename, workerScript, nodePath.join(__dirname, 'analyze.js')),
      workers: hasWorker ? args.workers ?? Math.min(2, os.cpus().length) : 0,
      workerScript: hasWorker ? workerScript : undefined,
      onProblem: args.quiet ? undefined : (p) => say(`dossier: ${p.severity === 'skipped' ? 'skipped' : 'warning'}: ${p.path}: ${p.reason}`),
      onDiscovered: tuneV8ForCorpus,
    });
  } catch (e) {
    say(`dossier: cannot index ${folder}: ${(e as Error).message}`);
    return EXIT_USAGE;
  }
  if (!args.quiet) for (const notice of result.notices) say(`dossier: ${notice}`);
  const index = result.index;
  if (index.stats().articles === 0) {
    say(result.files === 0 ? `dossier: no articles found in ${folder} (looked for **/*.txt and **/*.md)` : `dossier: none of the ${result.files} files in ${folder} could be indexed`);
    return EXIT_NOT_FOUND;
  }

  if (command === 'export') {
    await writeAll(out, JSON.stringify(index.export(), null, 1) + '\n');
    return EXIT_OK;
  }
  const name = rest.join(' ');
  const found = findEntity(index, name);
  if (!found.entity) {
    say(`dossier: no person or place called "${name}" in ${folder}`);
    if (found.suggestions.length) say(`Did you mean: ${found.suggestions.map((s) => `${s.name} (${s.kind}, ${s.mentionCount} mention${s.mentionCount === 1 ? '' : 's'})`).join('; ')}?`);
    return EXIT_NOT_FOUND;
  }
  await writeAll(out, showEntity(index, found.entity.id, { color: (out as NodeJS.WriteStream).isTTY === true }));
  return EXIT_OK;
}

declare const DOSSIER_VERSION: string | undefined;
const VERSION = typeof DOSSIER_VERSION === 'string' ? DOSSIER_VERSION : '0.1.0';

/** `.dossier.yaml` if present; a broken one is reported and ignored (nothing to fall back on). */
function readCuration(folder: string, say: (line: string) => void): Curation | undefined {
  const loaded = loadCurationForFolder(folder);
  for (const d of loaded.diagnostics) say(formatDiagnostic(loaded.file, d));
  if (loaded.exists && !loaded.curation) say(`dossier: ${loaded.file} has errors; indexing without corrections`);
  return loaded.curation;
}

/** Exact name or alias first (most mentioned wins), then a unique partial match; else suggestions. */
export function findEntity(index: CorpusIndex, name: string): { entity?: EntitySummary; suggestions: EntitySummary[] } {
  const wanted = normalize(name);
  const all = index.entities();
  const exact = all.find((e) => normalize(e.name) === wanted || e.aliases.some((a) => normalize(a) === wanted));
  if (exact) return { entity: exact, suggestions: [] };
  const partial = index.entities({ text: name.trim(), limit: 8 });
  if (partial.length === 1) return { entity: partial[0], suggestions: [] };
  if (partial.length > 1) return { suggestions: partial.slice(0, 8) };
  const scored = all
    .map((e) => ({ e, score: Math.max(similarity(wanted, normalize(e.name)), ...e.aliases.map((a) => similarity(wanted, normalize(a)))) }))
    .filter((x) => x.score >= 0.5)
    .sort((a, b) => b.score - a.score || b.e.mentionCount - a.e.mentionCount);
  return { suggestions: scored.slice(0, 5).map((x) => x.e) };
}

function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/** Dice coefficient of character bigrams: tolerant of transliterations (Zelenskiy, Zelenskyy). */
function similarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) grams.set(a.slice(i, i + 2), (grams.get(a.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

function writeAll(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', resolve);
  });
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`dossier: internal error: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 70;
    },
  );
}
