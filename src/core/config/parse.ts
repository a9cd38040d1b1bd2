import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { EntityKind } from '../types';
import type { CuratedEntity, CuratedSource, CuratedSplit, Curation } from './curation';

// Reads `.dossier.yaml` into a `Curation`, reporting every problem at its line.
// A file with any error yields no curation at all: the caller keeps the last good one,
// so a typo never silently drops the reader's corrections.

export const CURATION_FILE = '.dossier.yaml';

export interface CurationDiagnostic {
  message: string;
  /** 1-based line and column of the start of the offending text. */
  line: number;
  column: number;
  /** 1-based, exclusive end of the offending text. */
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning';
}

export interface ParsedCuration {
  /** Present when the file has no errors (warnings allowed). */
  curation?: Curation;
  diagnostics: CurationDiagnostic[];
}

export const TOP_LEVEL_KEYS = ['entities', 'ignore', 'kinds', 'splits', 'sources'] as const;
const ENTITY_KEYS = ['name', 'kind', 'aliases'];
const SPLIT_KEYS = ['name', 'as'];
const READING_KEYS = ['name', 'paths'];
const SOURCE_KEYS = ['pattern', 'outlet', 'date'];
const KINDS: ReadonlyArray<EntityKind> = ['person', 'place'];
const KIND_OVERRIDES: ReadonlyArray<EntityKind | 'other'> = ['person', 'place', 'other'];

export function parseCuration(text: string): ParsedCuration {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const diagnostics: CurationDiagnostic[] = [];
  const at = (start: number, end: number, message: string, severity: 'error' | 'warning' = 'error') => {
    const from = lines.linePos(start);
    const to = lines.linePos(Math.max(end, start + 1));
    diagnostics.push({ message, line: from.line, column: from.col, endLine: to.line, endColumn: to.col, severity });
  };
  for (const e of doc.errors) at(e.pos[0], e.pos[1], firstLine(e.message));
  for (const w of doc.warnings) at(w.pos[0], w.pos[1], firstLine(w.message), 'warning');
  if (doc.errors.length) return { diagnostics };

  const reader = new Reader(at);
  const curation = reader.curation(doc.contents as Node | null);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics: sortByPosition(diagnostics) };
  reader.crossCheck(curation);
  return { curation, diagnostics: sortByPosition(diagnostics) };
}

type Report = (start: number, end: number, message: string, severity?: 'error' | 'warning') => void;

/** Walks the YAML tree, building the curation and reporting what does not fit the schema. */
class Reader {
  private readonly positions = new Map<string, [number, number]>();

  constructor(private readonly report: Report) {}

  curation(root: Node | null): Curation {
    const curation: Curation = { entities: [], ignore: [], kinds: {}, splits: [], sources: [] };
    if (root === null || (isScalar(root) && root.value === null)) return curation;
    if (!isMap(root)) {
      this.fail(root, 'The file must be a mapping with keys such as entities:, ignore:, kinds:, splits:, sources:');
      return curation;
    }
    for (const pair of root.items) {
      const key = this.keyOf(pair.key as Node, TOP_LEVEL_KEYS, 'at the top level');
      const value = pair.value as Node | null;
      if (key === undefined || isEmpty(value)) continue;
      switch (key) {
        case 'entities':
          curation.entities = this.list(value, 'entities', (n) => this.entity(n));
          break;
        case 'ignore':
          curation.ignore = this.list(value, 'ignore', (n) => {
            const name = this.text(n, 'a name to ignore');
            if (name !== undefined) this.remember(`ignore:${name}`, n);
            return name;
          });
          break;
        case 'kinds':
          curation.kinds = this.kinds(value!);
          break;
        case 'splits':
          curation.splits = this.list(value, 'splits', (n) => this.split(n));
          break;
        case 'sources':
          curation.sources = this.list(value, 'sources', (n) => this.source(n));
          break;
      }
    }
    return curation;
  }

  /** Warnings about entries that contradict each other; the curation still applies. */
  crossCheck(curation: Curation): void {
    const owner = new Map<string, string>();
    for (const entity of curation.entities) {
      for (const spelling of [entity.name, ...(entity.aliases ?? [])]) {
        const previous = owner.get(spelling);
        if (previous !== undefined && previous !== entity.name) {
          this.warnAt(`alias:${entity.name}:${spelling}`, `"${spelling}" belongs to both "${previous}" and "${entity.name}"; the first entity wins`);
        }
        if (previous === undefined) owner.set(spelling, entity.name);
      }
    }
    for (const name of curation.ignore) {
      if (owner.has(name)) this.warnAt(`ignore:${name}`, `"${name}" is ignored but also listed under entities; it will be ignored`);
    }
  }

  private warnAt(key: string, message: string): void {
    const position = this.positions.get(key);
    if (position) this.report(position[0], position[1], message, 'warning');
  }

  private list<T>(node: Node | null, what: string, item: (n: Node) => T | undefined): T[] {
    if (!isSeq(node)) {
      this.fail(node, `${what}: expected a list (lines starting with "- ")`);
      return [];
    }
    const out: T[] = [];
    for (const child of node.items) {
      const value = item(child as Node);
      if (value !== undefined) out.push(value);
    }
    return out;
  }

  private entity(node: Node): CuratedEntity | undefined {
    const fields = this.fields(node, ENTITY_KEYS, 'in an entity', ['name']);
    if (!fields) return undefined;
    const name = this.text(fields.get('name')!, 'the entity name');
    if (name === undefined) return undefined;
    const entity: CuratedEntity = { name };
    const kind = fields.get('kind');
    if (kind) entity.kind = this.oneOf(kind, KINDS, 'kind');
    const aliases = fields.get('aliases');
    if (aliases && !isEmpty(aliases)) {
      entity.aliases = this.list(aliases, 'aliases', (n) => {
        const alias = this.text(n, 'an alias');
        if (alias !== undefined) this.remember(`alias:${name}:${alias}`, n);
        return alias;
      });
    }
    this.remember(`alias:${name}:${name}`, fields.get('name')!);
    return entity;
  }

  private kinds(node: Node): Record<string, EntityKind | 'other'> {
    const kinds: Record<string, EntityKind | 'other'> = {};
    if (!isMap(node)) {
      this.fail(node, 'kinds: expected a mapping of name to kind, e.g. "Chelsea: other"');
      return kinds;
    }
    for (const pair of node.items) {
      const name = this.text(pair.key as Node, 'a name');
      const kind = this.oneOf(pair.value as Node | null, KIND_OVERRIDES, `the kind of "${name ?? ''}"`, pair.key as Node);
      if (name !== undefined && kind !== undefined) kinds[name] = kind;
    }
    return kinds;
  }

  private split(node: Node): CuratedSplit | undefined {
    const fields = this.fields(node, SPLIT_KEYS, 'in a split', ['name', 'as']);
    if (!fields) return undefined;
    const name = this.text(fields.get('name')!, 'the ambiguous name');
    const as = this.list(fields.get('as')!, 'as', (reading) => {
      const f = this.fields(reading, READING_KEYS, 'in a reading of a split', ['name', 'paths']);
      if (!f) return undefined;
      const readingName = this.text(f.get('name')!, 'the name of this reading');
      const paths = this.list(f.get('paths')!, 'paths', (p) => this.glob(p));
      return readingName === undefined ? undefined : { name: readingName, paths };
    });
    return name === undefined ? undefined : { name, as };
  }

  private source(node: Node): CuratedSource | undefined {
    const fields = this.fields(node, SOURCE_KEYS, 'in a source', ['pattern']);
    if (!fields) return undefined;
    const pattern = this.glob(fields.get('pattern')!);
    if (pattern === undefined) return undefined;
    const source: CuratedSource = { pattern };
    const outlet = fields.get('outlet');
    if (outlet) source.outlet = this.text(outlet, 'the outlet');
    const date = fields.get('date');
    if (date) {
      source.date = this.text(date, 'the date');
      if (source.date !== undefined && Number.isNaN(Date.parse(source.date))) {
        this.fail(date, `date: "${source.date}" is not a date; write it as 2022-03-29`);
      }
    }
    return source;
  }

  /** The pairs of a mapping, with unknown keys and missing required keys reported. */
  private fields(node: Node, known: readonly string[], where: string, required: string[]): Map<string, Node> | undefined {
    if (!isMap(node)) {
      this.fail(node, `Expected a mapping with ${known.map((k) => `${k}:`).join(', ')} ${where}`);
      return undefined;
    }
    const fields = new Map<string, Node>();
    for (const pair of node.items) {
      const key = this.keyOf(pair.key as Node, known, where);
      if (key !== undefined && !isEmpty(pair.value as Node | null)) fields.set(key, pair.value as Node);
    }
    const missing = required.filter((k) => !fields.has(k));
    if (missing.length) {
      this.fail(node, `Missing ${missing.map((k) => `${k}:`).join(' and ')} ${where}`, firstLineEnd(node));
      return undefined;
    }
    return fields;
  }

  private keyOf<K extends string>(key: Node, known: readonly K[], where: string): K | undefined {
    const name = isScalar(key) ? String(key.value) : undefined;
    if (name !== undefined && (known as readonly string[]).includes(name)) return name as K;
    const guess = name === undefined ? undefined : closest(name, known);
    const hint = guess ? ` Did you mean "${guess}"?` : ` Expected one of: ${known.join(', ')}.`;
    this.fail(key, `Unknown key "${name ?? '?'}" ${where}.${hint}`);
    return undefined;
  }

  private text(node: Node, what: string): string | undefined {
    if (isScalar(node) && node.value !== null && typeof node.value !== 'object') {
      const value = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
      if (value.trim() !== '') return value;
    }
    this.fail(node, `Expected ${what} as text`);
    return undefined;
  }

  /** A glob on article paths; a bare folder name matches nothing, so say how to write it. */
  private glob(node: Node): string | undefined {
    const glob = this.text(node, 'a path or glob such as "politics/**"');
    if (glob !== undefined && !/[*?{[]/.test(glob) && !/\.[A-Za-z0-9]+$/.test(glob)) {
      const folder = glob.replace(/\/+$/, '');
      this.report(node.range![0], node.range![1], `"${glob}" matches only a file of that exact name; for the folder write "${folder}/**"`, 'warning');
    }
    return glob;
  }

  private oneOf<T extends string>(node: Node | null, allowed: readonly T[], what: string, fallback?: Node): T | undefined {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(node ?? fallback ?? null, `${what} must be one of: ${allowed.join(', ')}`);
    return undefined;
  }

  private remember(key: string, node: Node): void {
    if (node.range && !this.positions.has(key)) this.positions.set(key, [node.range[0], node.range[1]]);
  }

  private fail(node: Node | null, message: string, end?: number): void {
    const range = node?.range ?? [0, 0, 0];
    this.report(range[0], end ?? range[1], message);
  }
}

function isEmpty(node: Node | null | undefined): boolean {
  return node == null || (isScalar(node) && node.value === null);
}

function firstLineEnd(node: Node): number | undefined {
  const first = (node as YAMLMap).items?.[0]?.key as Node | undefined;
  return first?.range?.[1];
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function sortByPosition(diagnostics: CurationDiagnostic[]): CurationDiagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The known key a typo most likely meant (edit distance <= 2), if any. */
function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(word.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}

/** "file:line:col: severity: message", as compilers print it. */
export function formatDiagnostic(file: string, d: CurationDiagnostic): string {
  return `${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}
