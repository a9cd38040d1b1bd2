import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { EntityKind } from '../types';

// Edits `.dossier.yaml` the way a careful person would: the document is parsed only to find
// where things are, and each change is a small splice of the original text. Everything not
// touched (comments, blank lines, order, quoting, indentation) stays byte for byte.

export class CurationEditError extends Error {}

/** Makes `canonical` the name of one entity whose aliases include every name in `names`. */
export function mergeEntities(text: string, names: string[], canonical: string, kind?: EntityKind): string {
  const file = new CurationFile(text);
  const wanted = unique([canonical, ...names]);
  const matches = file.entities().filter((e) => wanted.some((n) => e.spellings.includes(n)));
  if (matches.length === 0) {
    file.appendEntity(canonical, wanted.slice(1), kind);
    return file.result();
  }
  const target = matches.find((e) => e.name === canonical) ?? matches[0];
  const others = matches.filter((e) => e !== target);
  if (target.name !== canonical) file.replaceScalar(target.nameNode, canonical);
  const spellings = unique([...wanted, target.name, ...others.flatMap((e) => e.spellings)]);
  file.addAliases(target, spellings.filter((s) => s !== canonical && !target.aliases.includes(s)));
  if (kind && !target.kindNode) file.addPair(target.node, 'kind', kind);
  for (const other of others) file.removeItem(file.entitiesSeq()!, other.node);
  return file.result();
}

/** Gives the entity called (or also called) `from` the name `to`, keeping `from` as an alias. */
export function renameEntity(text: string, from: string, to: string, kind?: EntityKind): string {
  return mergeEntities(text, [from], to, kind);
}

/** Adds a spelling to the entity called (or also called) `name`. */
export function addAlias(text: string, name: string, alias: string): string {
  const file = new CurationFile(text);
  const entity = file.entities().find((e) => e.spellings.includes(name));
  if (!entity) file.appendEntity(name, [alias]);
  else if (!entity.spellings.includes(alias)) file.addAliases(entity, [alias]);
  return file.result();
}

/**
 * Says what a name really is. `other` (neither person nor place) always goes under `kinds:`;
 * person/place goes to the curated entity's `kind:` when the name has one, else under `kinds:`.
 */
export function setKind(text: string, name: string, kind: EntityKind | 'other'): string {
  const file = new CurationFile(text);
  const kinds = file.topLevel('kinds');
  const existing = isMap(kinds) ? kinds.items.find((p) => scalarText(p.key) === name) : undefined;
  const entity = file.entities().find((e) => e.spellings.includes(name));
  if (existing && isScalar(existing.value)) file.replaceScalar(existing.value, kind);
  else if (entity && kind !== 'other') {
    if (entity.kindNode) file.replaceScalar(entity.kindNode, kind);
    else file.addPair(entity.node, 'kind', kind);
  } else file.addToTopLevelMap('kinds', name, kind);
  return file.result();
}

/** Adds names to `ignore:` (those already there are left alone). */
export function ignoreName(text: string, names: string | string[]): string {
  const file = new CurationFile(text);
  const ignore = file.topLevel('ignore');
  const present = new Set(isSeq(ignore) ? ignore.items.map(scalarText) : []);
  const missing = unique(typeof names === 'string' ? [names] : names).filter((n) => !present.has(n));
  if (missing.length) file.addToTopLevelSeq('ignore', missing);
  return file.result();
}

interface EntityEntry {
  node: YAMLMap;
  name: string;
  nameNode: Scalar;
  kindNode?: Scalar;
  aliases: string[];
  aliasesNode?: Node | null;
  spellings: string[];
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** The original text, where its parts are, and the splices queued against it. */
class CurationFile {
  private readonly doc: Document;
  private readonly splices: Splice[] = [];
  private readonly newline: string;
  private readonly indent: number;

  constructor(private readonly text: string) {
    this.doc = parseDocument(text, { prettyErrors: false });
    if (this.doc.errors.length) {
      const e = this.doc.errors[0];
      throw new CurationEditError(`.dossier.yaml cannot be edited until its error is fixed: ${e.message.split('\n')[0]}`);
    }
    const root = this.doc.contents;
    if (root !== null && !isMap(root) && !(isScalar(root) && root.value === null)) {
      throw new CurationEditError('.dossier.yaml cannot be edited: it is not a mapping of entities:, ignore:, kinds:, ...');
    }
    this.newline = text.includes('\r\n') ? '\r\n' : '\n';
    this.indent = detectIndent(text);
  }

  result(): string {
    let out = this.text;
    // From the end backwards, so offsets stay valid; at one offset, the later insert goes in first to land after.
    const ordered = this.splices.map((s, i) => ({ ...s, i })).sort((a, b) => b.start - a.start || b.i - a.i);
    for (const s of ordered) out = out.slice(0, s.start) + s.text + out.slice(s.end);
    return out;
  }

  topLevel(key: string): Node | null | undefined {
    const root = this.doc.contents;
    if (!isMap(root)) return undefined;
    const pair = root.items.find((p) => scalarText(p.key) === key);
    return pair ? ((pair.value as Node | null) ?? null) : undefined;
  }

  entitiesSeq(): YAMLSeq | undefined {
    const seq = this.topLevel('entities');
    return isSeq(seq) ? seq : undefined;
  }

  entities(): EntityEntry[] {
    const out: EntityEntry[] = [];
    for (const item of this.entitiesSeq()?.items ?? []) {
      if (!isMap(item)) continue;
      const nameNode = item.get('name', true);
      if (!isScalar(nameNode)) continue;
      const kindNode = item.get('kind', true);
      const aliasesNode = item.get('aliases', true) as Node | null | undefined;
      const aliases = isSeq(aliasesNode) ? aliasesNode.items.map(scalarText).filter((a): a is string => a !== undefined) : [];
      const name = String(nameNode.value);
      out.push({ node: item, name, nameNode, kindNode: isScalar(kindNode) ? kindNode : undefined, aliases, aliasesNode, spellings: [name, ...aliases] });
    }
    return out;
  }

  appendEntity(name: string, aliases: string[], kind?: EntityKind): void {
    const fields = [`name: ${this.scalar(name)}`];
    if (kind) fields.push(`kind: ${kind}`);
    if (aliases.length) fields.push(`aliases: [${aliases.map((a) => this.scalar(a, undefined, true)).join(', ')}]`);
    const seq = this.entitiesSeq();
    if (seq?.flow) this.appendToFlow(seq, `{ ${fields.join(', ')} }`);
    else this.addToTopLevelSeq('entities', [fields], this.entitiesSeq());
  }

  addAliases(entity: EntityEntry, aliases: string[]): void {
    if (!aliases.length) return;
    const node = entity.aliasesNode;
    if (isSeq(node)) this.appendToSeq(node, aliases.map((a) => [this.scalar(a, node.items[0], node.flow)]));
    else if (node && isScalar(node) && node.value !== null) throw new CurationEditError(`aliases of "${entity.name}" must be a list`);
    else if (node !== undefined) this.fillEmptyValue(entity.node, 'aliases', `[${aliases.map((a) => this.scalar(a, undefined, true)).join(', ')}]`);
    else this.addPair(entity.node, 'aliases', `[${aliases.map((a) => this.scalar(a, undefined, true)).join(', ')}]`);
  }

  addToTopLevelSeq(key: string, items: string[] | string[][], existing: Node | null | undefined = this.topLevel(key)): void {
    const entries = items.map((i) => (typeof i === 'string' ? [this.scalar(i, isSeq(existing) ? existing.items[0] : undefined, isSeq(existing) && existing.flow)] : i));
    if (isSeq(existing)) return this.appendToSeq(existing, entries);
    const block = entries.map((lines) => this.blockItem(this.indent, lines)).join('');
    if (existing === undefined) return this.appendTopLevel(`${key}:${block}`);
    if (isScalar(existing) && existing.value === null) return this.fillEmptyValue(this.doc.contents as YAMLMap, key, block, true);
    throw new CurationEditError(`${key}: in .dossier.yaml must be a list`);
  }

  addToTopLevelMap(key: string, name: string, value: string): void {
    const existing = this.topLevel(key);
    if (isMap(existing)) return this.addPair(existing, name, value);
    const pair = `${this.scalar(name)}: ${value}`;
    if (existing === undefined) return this.appendTopLevel(`${key}:${this.newline}${' '.repeat(this.indent)}${pair}`);
    if (isScalar(existing) && existing.value === null) {
      return this.fillEmptyValue(this.doc.contents as YAMLMap, key, `${this.newline}${' '.repeat(this.indent)}${pair}`, true);
    }
    throw new CurationEditError(`${key}: in .dossier.yaml must be a mapping`);
  }

  /** Adds `key: value` as the last pair of a mapping, in its style. */
  addPair(map: YAMLMap, key: string, value: string): void {
    const pair = `${this.scalar(key, undefined, map.flow)}: ${value}`;
    if (map.flow) return this.appendToFlow(map, pair);
    const column = this.columnOf(map.range![0]);
    const last = map.items[map.items.length - 1];
    const end = this.lineEndAfter(contentEnd(this.text, ((last.value ?? last.key) as Node).range![1]));
    this.splices.push({ start: end, end, text: `${this.newline}${' '.repeat(column)}${pair}` });
  }

  replaceScalar(node: Scalar, value: string): void {
    const [start, end] = node.range!;
    this.splices.push({ start, end, text: this.scalar(value, node, this.inFlow(start)) });
  }

  /** Removes one item of a sequence together with its line(s). */
  removeItem(seq: YAMLSeq, item: Node): void {
    const index = seq.items.indexOf(item);
    if (seq.flow) {
      const [start, end] = item.range!;
      const next = seq.items[index + 1] as Node | undefined;
      const previous = seq.items[index - 1] as Node | undefined;
      if (next) this.splices.push({ start, end: next.range![0], text: '' });
      else if (previous) this.splices.push({ start: contentEnd(this.text, previous.range![1]), end, text: '' });
      else this.splices.push({ start, end, text: '' });
      return;
    }
    const start = this.text.lastIndexOf('\n', item.range![0] - 1) + 1;
    const lineEnd = this.lineEndAfter(contentEnd(this.text, item.range![1]));
    const end = this.text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : this.text[lineEnd] === '\n' ? lineEnd + 1 : lineEnd;
    this.splices.push({ start, end, text: '' });
  }

  private appendToSeq(seq: YAMLSeq, entries: string[][]): void {
    if (seq.flow) {
      for (const lines of entries) this.appendToFlow(seq, lines.length === 1 ? lines[0] : `{ ${lines.join(', ')} }`);
      return;
    }
    const column = this.columnOf(seq.range![0]); // a block sequence starts at its first "-"
    const last = seq.items[seq.items.length - 1] as Node;
    const end = this.lineEndAfter(contentEnd(this.text, last.range![1]));
    this.splices.push({ start: end, end, text: entries.map((lines) => this.blockItem(column, lines)).join('') });
  }

  private appendToFlow(collection: YAMLSeq | YAMLMap, entry: string): void {
    const last: unknown = collection.items[collection.items.length - 1];
    const lastNode = (isPair(last) ? (last.value ?? last.key) : last) as Node | undefined;
    if (lastNode) {
      const at = contentEnd(this.text, lastNode.range![1]);
      this.splices.push({ start: at, end: at, text: `, ${entry}` });
    } else {
      const open = collection.range![0] + 1;
      this.splices.push({ start: open, end: open, text: entry });
    }
  }

  /** Fills `key:` whose value is empty or `~`, keeping a comment that follows it. */
  private fillEmptyValue(map: YAMLMap, key: string, text: string, block = false): void {
    const pair = map.items.find((p) => scalarText(p.key) === key)!;
    const keyEnd = (pair.key as Node).range![1];
    const colon = this.text.indexOf(':', keyEnd);
    const lineEnd = this.lineEndAfter(colon);
    const rest = this.text.slice(colon + 1, lineEnd);
    const column = this.columnOf((pair.key as Node).range![0]);
    const body = block ? text : ` ${text}`;
    const shifted = column ? body.split(this.newline).join(this.newline + ' '.repeat(column)) : body;
    if (/^\s*(~|null|Null|NULL)?\s*$/.test(rest)) this.splices.push({ start: colon + 1, end: lineEnd, text: shifted });
    else if (block) this.splices.push({ start: lineEnd, end: lineEnd, text: shifted });
    else throw new CurationEditError(`${key}: has a comment where its value should go; add the value by hand`);
  }

  private appendTopLevel(section: string): void {
    const root = this.doc.contents;
    if (isMap(root) && root.flow) throw new CurationEditError('.dossier.yaml written as one { ... } mapping cannot be edited automatically');
    let prefix = '';
    if (this.text.length && !this.text.endsWith('\n')) prefix = this.newline;
    this.splices.push({ start: this.text.length, end: this.text.length, text: `${prefix}${section}${this.newline}` });
  }

  /** A block sequence item at `column`: "- first line", further lines under it. */
  private blockItem(column: number, lines: string[]): string {
    const pad = ' '.repeat(column);
    return lines.map((line, i) => `${this.newline}${pad}${i === 0 ? '- ' : '  '}${line}`).join('');
  }

  private scalar(value: string, like?: unknown, flow = false): string {
    return formatScalar(value, isScalar(like) ? like.type : undefined, flow);
  }

  /** An unmatched `[` or `{` before the offset on its line means flow context (good enough for names). */
  private inFlow(offset: number): boolean {
    let depth = 0;
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    for (const c of this.text.slice(lineStart, offset)) {
      if (c === '[' || c === '{') depth++;
      else if ((c === ']' || c === '}') && depth > 0) depth--;
    }
    return depth > 0;
  }

  private columnOf(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }

  /** The end of the line holding `offset` (before its line break), after any comment on it. */
  private lineEndAfter(offset: number): number {
    const nl = this.text.indexOf('\n', Math.max(0, offset - 1));
    if (nl < 0) return this.text.length;
    return this.text[nl - 1] === '\r' ? nl - 1 : nl;
  }
}

/** The offset just after the last non-blank character before `end` (node ranges may include the line break). */
function contentEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null ? String(node.value) : undefined;
}

function detectIndent(text: string): number {
  const m = /^[^\s#][^\n]*:[ \t]*(?:#.*)?\r?\n( +)\S/m.exec(text);
  return m ? m[1].length : 2;
}

const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** A name as a YAML scalar: plain when that reads back as the same text, else quoted in the style of its neighbours. */
export function formatScalar(value: string, style?: Scalar.Type, flow = false): string {
  const safePlain = /^[\p{L}\p{N}][^:#\n\r\t"]*$/u.test(value) && !/\s$/.test(value) && !RESERVED.test(value) && !/^[\d.+-]/.test(value)
    && !(flow && /[,[\]{}]/.test(value));
  if (style === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (style === 'QUOTE_DOUBLE' || !safePlain) return JSON.stringify(value);
  return value;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
