import { createHash, webcrypto } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as nodePath from 'path';
import type { Article, ArticleAnalysis, Entity } from '../types';
import { decodeStored, encodeAnalysis, quoteSpeakerMentions, type CompactAnalysis, type StringTable } from './analysisCodec';
import { speakerOf, type LinkNumbers } from './corpusIndex';
import { yieldToEventLoop } from './yield';

// The saved index (issue 9): one analysis per article, keyed by path with its size, mtime and
// content hash, and the corpus linking. A JSON header line (kind, format version, key), then
// binary blocks, each framed by its kind, its length and a checksum (8 bytes of the SHA-1 of its
// payload). An analyses block holds up to ENTRIES_PER_BLOCK articles column by column: one JSON
// array of their small fields, their texts run together in two strings (Latin-1 and UTF-16), and
// one array of 32-bit numbers (their spans, names and quotes in analysisCodec's compact form).
// Reading a block costs one JSON.parse, one copy of the numbers and two strings, each article's
// text a slice of those: the garbage collector never copies the texts from young to old space. Nothing read is trusted blindly: a block
// whose checksum or contents do not hold is dropped and its files re-analysed; a file that
// cannot be framed any further (truncated) keeps the blocks before the damage.

/** Bump when the cache layout or the ArticleAnalysis shape changes. */
export const CACHE_FORMAT_VERSION = 5;
const HEADER_KIND = 'dossier-analysis-cache';
const BLOCK_HEADER_BYTES = 16;
const CHECKSUM_BYTES = 8;
const ANALYSES_BLOCK = 1;
const LINK_BLOCK = 2;
/** Small enough that reading one block keeps a thread busy only a few milliseconds. */
const ENTRIES_PER_BLOCK = 128;
/** Numbers per article at the head of an analyses block: text length, strings, then how many numbers its names, quotes, sentences and paragraphs take. */
const ARTICLE_FIELDS = 6;
const PARTS_AT = 2;
/** Which of the block's two texts holds an article's: one byte per character (all <= U+00FF: V8 keeps such a string in one byte per character too) or two. */
const ONE_BYTE = 0;
const TWO_BYTES = 1;
/** Blocks are written in the machine's byte order; a file from the other order is not read. */
const BYTE_ORDER = os.endianness();

export interface CacheEntry {
  path: string;
  size: number;
  mtimeMs: number;
  /** SHA-1 of the file's bytes. */
  hash: string;
  analysis: ArticleAnalysis;
  /** The analysis's compact form when it is at hand (from a worker): saved as is, then let go. */
  compact?: CompactAnalysis;
}

/**
 * One article's small fields in an analyses block: size, mtime, hash, then either the compact
 * form's article, its `text` saying which of the block's texts holds it (ONE_BYTE or TWO_BYTES),
 * or (null, then) an analysis the compact form cannot hold. The path is the article's. The
 * compact forms' strings are apart, in a JSON array of their own per block, parsed only when an
 * article of the block first needs them (its names or quotes are made).
 */
type SavedItem =
  | [size: number, mtimeMs: number, hash: string, article: Omit<Article, 'text'> & { text: number }]
  | [size: number, mtimeMs: number, hash: string, article: null, analysis: ArticleAnalysis];

/** The small fields of the saved linking; entity ids are numbers: indices into `entities`, then `ids`. */
interface SavedLinkFields {
  fingerprint: string;
  entities: Entity[];
  /** Ids that articles point to but no entity has (kept so that nothing changes on reading). */
  ids: string[];
  paths: string[];
  /** Whether the numbers also hold each path's quotation speakers. */
  speakers: boolean;
}

/** A corpus-wide linking result, saved with the analyses it was made from. */
export interface SavedLink {
  /** `AnalysisCache.fingerprint()` of the analyses that were linked. */
  fingerprint: string;
  entities: Entity[];
  entityOf: Array<[string, (string | null)[]]>;
  /**
   * The ids of `entityOf` as numbers, with the entity of each quotation's speaker (`speakerOf`), when
   * read from a file that has them: with it, `CorpusIndex.adoptLink` need not make any article's names
   * and quotes.
   */
  numbers?: LinkNumbers;
}

export interface CacheLoad {
  cache: AnalysisCache;
  /** Why saved entries were discarded (corrupt, old version, other engine), if they were. */
  problem?: string;
}

/** `$XDG_CACHE_HOME/dossier/<folder name>-<hash of its absolute path>.jsonl`, for the CLI. */
export function defaultCacheFile(folder: string): string {
  const base = process.env.XDG_CACHE_HOME || nodePath.join(os.homedir(), '.cache');
  const abs = nodePath.resolve(folder);
  const name = nodePath.basename(abs).replace(/[^\w.-]+/g, '_').slice(0, 40) || 'root';
  return nodePath.join(base, 'dossier', `${name}-${createHash('sha1').update(abs).digest('hex').slice(0, 16)}.jsonl`);
}

export class AnalysisCache {
  private readonly byPath = new Map<string, CacheEntry>();
  private readonly byHash = new Map<string, CacheEntry>();
  private changed = false;
  private link: SavedLink | undefined;

  /**
   * @param file where the cache lives
   * @param key what the analyses depend on besides the bytes (engine build, curation); a saved
   *   cache made under another key is discarded.
   */
  constructor(readonly file: string, readonly key: string) {}

  /** Reads the saved cache; a missing, corrupt or foreign file gives an empty cache, never an error. */
  static async open(file: string, key: string): Promise<CacheLoad> {
    const cache = new AnalysisCache(file, key);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { cache, problem: code === 'ENOENT' ? undefined : `cannot read saved index (${code})` };
    }
    const headerEnd = bytes.indexOf(10);
    if (headerEnd < 0) return { cache, problem: bytes.length ? 'saved index is corrupt (unreadable header), rebuilding' : 'saved index is empty or truncated, rebuilding' };
    let header: { kind?: unknown; version?: unknown; key?: unknown; byteOrder?: unknown };
    try {
      header = JSON.parse(bytes.toString('utf8', 0, headerEnd));
    } catch {
      return { cache, problem: 'saved index is corrupt (unreadable header), rebuilding' };
    }
    if (header?.kind !== HEADER_KIND) return { cache, problem: 'saved index is not a Dossier index, rebuilding' };
    if (header.version !== CACHE_FORMAT_VERSION) return { cache, problem: `saved index has format ${String(header.version)}, not ${CACHE_FORMAT_VERSION}: rebuilding` };
    if (header.byteOrder !== BYTE_ORDER) return { cache, problem: 'saved index was written on a machine of another byte order: rebuilding' };
    if (header.key !== key) return { cache, problem: undefined }; // another engine build or curation: silently re-analyse

    let damaged = 0;
    const blocks: ReadBlock[] = [];
    let at = headerEnd + 1;
    let sliceStart = performance.now();
    while (at < bytes.length) {
      // Reading a large index takes a while: let the caller's thread (the extension host) breathe.
      if (performance.now() - sliceStart >= 10) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
      if (bytes.length - at < BLOCK_HEADER_BYTES) {
        damaged++;
        break;
      }
      const kind = bytes.readUInt32LE(at);
      const length = bytes.readUInt32LE(at + 4);
      const payloadStart = at + BLOCK_HEADER_BYTES;
      if (length > bytes.length - payloadStart) {
        damaged++; // truncated: the blocks before are good
        break;
      }
      const payload = bytes.subarray(payloadStart, payloadStart + length);
      at = payloadStart + length;
      // The checksum is made in the thread pool while this thread decodes; nothing is kept before it is checked.
      const checksum = checksumInThreadPool(payload);
      let block: ReadBlock | undefined;
      try {
        if (kind === ANALYSES_BLOCK) {
          const entries = readAnalysesBlock(payload);
          if (entries) block = { checksum, expected: bytes.subarray(payloadStart - CHECKSUM_BYTES, payloadStart), entries };
        } else if (kind === LINK_BLOCK) {
          const link = readLinkBlock(payload);
          if (link) block = { checksum, expected: bytes.subarray(payloadStart - CHECKSUM_BYTES, payloadStart), link };
        }
      } catch {
        // contents that do not hold (e.g. JSON that does not parse): dropped like a bad checksum
      }
      if (block) blocks.push(block);
      else damaged++;
    }
    for (const block of blocks) {
      if (!(await block.checksum).equals(block.expected)) damaged++;
      else if (block.link) cache.link = block.link;
      else for (const entry of block.entries!) cache.add(entry);
    }
    cache.changed = damaged > 0;
    return { cache, problem: damaged ? `saved index had ${damaged} damaged part${damaged === 1 ? '' : 's'}, re-analysing their files` : undefined };
  }

  get size(): number {
    return this.byPath.size;
  }

  /** The fast path: same path, size and modification time as when it was analysed. */
  lookupByStat(path: string, size: number, mtimeMs: number): ArticleAnalysis | undefined {
    const entry = this.byPath.get(path);
    return entry && entry.size === size && entry.mtimeMs === mtimeMs ? entry.analysis : undefined;
  }

  /** Same bytes seen before, at this path or another (a renamed or copied file). */
  lookupByHash(path: string, hash: string): ArticleAnalysis | undefined {
    const entry = this.byPath.get(path);
    const hit = entry?.hash === hash ? entry : this.byHash.get(hash);
    if (!hit) return undefined;
    return hit.path === path ? hit.analysis : { ...hit.analysis, article: { ...hit.analysis.article, path } };
  }

  put(entry: CacheEntry): void {
    this.add(entry);
    this.changed = true;
  }

  remove(path: string): void {
    if (this.drop(path)) this.changed = true;
  }

  /** Forgets every path not in `keep` (files deleted since the last run). */
  retain(keep: ReadonlySet<string>): void {
    for (const path of [...this.byPath.keys()]) if (!keep.has(path)) this.remove(path);
  }

  /** Identifies the exact set of analyses held (paths and contents). */
  fingerprint(): string {
    const hash = createHash('sha1');
    for (const path of [...this.byPath.keys()].sort()) hash.update(`${path}\u0000${this.byPath.get(path)!.hash}\n`);
    return hash.digest('hex');
  }

  /** The saved linking of exactly these analyses, if there is one. */
  savedLink(fingerprint: string): SavedLink | undefined {
    return this.link?.fingerprint === fingerprint ? this.link : undefined;
  }

  saveLink(link: SavedLink): void {
    this.link = link;
    this.changed = true;
  }

  get dirty(): boolean {
    return this.changed;
  }

  /** Writes the whole cache to a temporary file and renames it into place (never half-written). */
  async save(): Promise<void> {
    await fs.mkdir(nodePath.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const handle = await fs.open(tmp, 'w');
    try {
      const header = JSON.stringify({ kind: HEADER_KIND, version: CACHE_FORMAT_VERSION, key: this.key, byteOrder: BYTE_ORDER, savedAt: new Date().toISOString() }) + '\n';
      await handle.write(header);
      let block: CacheEntry[] = [];
      for (const entry of this.byPath.values()) {
        block.push(entry);
        if (block.length === ENTRIES_PER_BLOCK) {
          await handle.writev(framed(ANALYSES_BLOCK, analysesBlock(block)));
          block = [];
        }
      }
      if (block.length) await handle.writev(framed(ANALYSES_BLOCK, analysesBlock(block)));
      if (this.link) await handle.writev(framed(LINK_BLOCK, linkBlock(this.link, (path) => this.byPath.get(path)?.analysis)));
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, this.file);
    this.changed = false;
  }

  private add(entry: CacheEntry): void {
    this.drop(entry.path);
    this.byPath.set(entry.path, entry);
    this.byHash.set(entry.hash, entry);
  }

  private drop(path: string): boolean {
    const old = this.byPath.get(path);
    if (!old) return false;
    this.byPath.delete(path);
    if (this.byHash.get(old.hash) === old) this.byHash.delete(old.hash);
    return true;
  }
}

function checksumOf(payload: Uint8Array): Buffer {
  return createHash('sha1').update(payload).digest().subarray(0, CHECKSUM_BYTES);
}

/** The same, computed off this thread (Web Crypto digests in libuv's thread pool). */
async function checksumInThreadPool(payload: Uint8Array): Promise<Buffer> {
  try {
    return Buffer.from(await webcrypto.subtle.digest('SHA-1', payload)).subarray(0, CHECKSUM_BYTES);
  } catch {
    return checksumOf(payload);
  }
}

/** A block decoded while its checksum is being made. */
interface ReadBlock {
  checksum: Promise<Buffer>;
  expected: Buffer;
  entries?: CacheEntry[];
  link?: SavedLink;
}

/** A block as written: kind, payload length, checksum, payload. */
function framed(kind: number, payload: Buffer): Buffer[] {
  const head = Buffer.alloc(BLOCK_HEADER_BYTES);
  head.writeUInt32LE(kind, 0);
  head.writeUInt32LE(payload.length, 4);
  checksumOf(payload).copy(head, BLOCK_HEADER_BYTES - CHECKSUM_BYTES);
  return [head, payload];
}

/** 32-bit numbers start at a multiple of 4 in the payload (its head is 4-aligned too). */
const align4 = (n: number): number => (n + 3) & ~3;

const BEYOND_ONE_BYTE = /[^\u0000-\u00ff]/;

/**
 * Payload of an analyses block: count, items' JSON bytes, strings' JSON bytes, one-byte
 * characters, two-byte characters, numbers (6 x u32), the JSON array of SavedItems, the JSON
 * array of each article's strings, padding, the two-byte texts (UTF-16LE), the one-byte texts
 * (Latin-1), padding, the numbers: ARTICLE_FIELDS per article, then each article's names,
 * quotes, sentences and paragraphs.
 */
function analysesBlock(entries: readonly CacheEntry[]): Buffer {
  const items: SavedItem[] = [];
  const strings: string[][] = [];
  const compacts: (CompactAnalysis | undefined)[] = [];
  const texts: string[][] = [[], []];
  const chars = [0, 0];
  let numbers = entries.length * ARTICLE_FIELDS;
  for (const entry of entries) {
    const { size, mtimeMs, hash } = entry;
    const compact = entry.compact ?? encodeAnalysis(entry.analysis);
    entry.compact = undefined; // posted by a worker to be saved once: let it go
    compacts.push(compact);
    if (!compact) {
      items.push([size, mtimeMs, hash, null, entry.analysis]);
      strings.push([]);
      continue;
    }
    const group = BEYOND_ONE_BYTE.test(compact.text) ? TWO_BYTES : ONE_BYTE;
    // The text's place kept after the path: read back, the article takes its text there as it is.
    const { path: articlePath, ...rest } = compact.article;
    items.push([size, mtimeMs, hash, { path: articlePath, text: group, ...rest }]);
    strings.push(compact.strings);
    texts[group].push(compact.text);
    chars[group] += compact.text.length;
    numbers += compact.names.length + compact.quotes.length + compact.sentences.length + compact.paragraphs.length;
  }
  const json = Buffer.from(JSON.stringify(items));
  const stringsJson = Buffer.from(JSON.stringify(strings));
  const twoBytesAt = align4(24 + json.length + stringsJson.length);
  const oneByteAt = twoBytesAt + 2 * chars[TWO_BYTES];
  const numbersAt = align4(oneByteAt + chars[ONE_BYTE]);
  const payload = Buffer.alloc(numbersAt + numbers * 4);
  payload.writeUInt32LE(entries.length, 0);
  payload.writeUInt32LE(json.length, 4);
  payload.writeUInt32LE(stringsJson.length, 8);
  payload.writeUInt32LE(chars[ONE_BYTE], 12);
  payload.writeUInt32LE(chars[TWO_BYTES], 16);
  payload.writeUInt32LE(numbers, 20);
  json.copy(payload, 24);
  stringsJson.copy(payload, 24 + json.length);
  // UTF-16 code units as they are: even a lone surrogate comes back.
  payload.write(texts[TWO_BYTES].join(''), twoBytesAt, 'utf16le');
  payload.write(texts[ONE_BYTE].join(''), oneByteAt, 'latin1');
  const ints = new Int32Array(payload.buffer, payload.byteOffset + numbersAt, numbers);
  let k = entries.length * ARTICLE_FIELDS;
  compacts.forEach((compact, i) => {
    if (!compact) return;
    const head = i * ARTICLE_FIELDS;
    ints[head] = compact.text.length;
    ints[head + 1] = compact.strings.length;
    const parts = [compact.names, compact.quotes, compact.sentences, compact.paragraphs];
    parts.forEach((part, j) => {
      ints[head + PARTS_AT + j] = part.length;
      ints.set(part, k);
      k += part.length;
    });
  });
  return payload;
}

/** The entries of an analyses block, or undefined if anything in it does not hold. */
function readAnalysesBlock(payload: Buffer): CacheEntry[] | undefined {
  if (payload.length < 24) return undefined;
  const count = payload.readUInt32LE(0);
  const jsonBytes = payload.readUInt32LE(4);
  const stringsBytes = payload.readUInt32LE(8);
  const chars = [payload.readUInt32LE(12), payload.readUInt32LE(16)];
  const numbers = payload.readUInt32LE(20);
  const twoBytesAt = align4(24 + jsonBytes + stringsBytes);
  const oneByteAt = twoBytesAt + 2 * chars[TWO_BYTES];
  const numbersAt = align4(oneByteAt + chars[ONE_BYTE]);
  if (numbersAt + numbers * 4 !== payload.length || numbers < count * ARTICLE_FIELDS) return undefined;
  const items = JSON.parse(payload.toString('utf8', 24, 24 + jsonBytes)) as SavedItem[];
  const strings = new BlockStrings(payload.toString('utf8', 24 + jsonBytes, 24 + jsonBytes + stringsBytes));
  if (!Array.isArray(items) || items.length !== count) return undefined;
  const texts = [payload.toString('latin1', oneByteAt, oneByteAt + chars[ONE_BYTE]), payload.toString('utf16le', twoBytesAt, oneByteAt)];
  const textAt = [0, 0];
  // A copy: the numbers must not keep the file's bytes alive, and must be 4-aligned.
  const ints = new Int32Array(numbers);
  new Uint8Array(ints.buffer).set(payload.subarray(numbersAt));
  const entries: CacheEntry[] = [];
  let k = count * ARTICLE_FIELDS;
  for (let i = 0; i < count; i++) {
    const item = items[i];
    if (!Array.isArray(item)) return undefined;
    const [bytes, mtimeMs, hash] = item;
    if (typeof bytes !== 'number' || typeof mtimeMs !== 'number' || typeof hash !== 'string') return undefined;
    let analysis: ArticleAnalysis | undefined;
    const article = item[3];
    if (article === null) {
      analysis = item[4];
      if (!isAnalysis(analysis)) return undefined;
    } else {
      const group = article?.text;
      const head = i * ARTICLE_FIELDS;
      const length = ints[head];
      if ((group !== ONE_BYTE && group !== TWO_BYTES) || !(length >= 0 && length <= chars[group] - textAt[group])) return undefined;
      const text = texts[group].slice(textAt[group], (textAt[group] += length));
      (article as unknown as Article).text = text;
      analysis = decodeStored(article, text, { table: strings, index: i }, ints[head + 1], ints, k, ints, head + PARTS_AT);
      if (!analysis) return undefined;
      for (let part = PARTS_AT; part < ARTICLE_FIELDS; part++) k += ints[head + part];
    }
    entries.push({ path: analysis.article.path, size: bytes, mtimeMs, hash, analysis });
  }
  return k === numbers && textAt[ONE_BYTE] === chars[ONE_BYTE] && textAt[TWO_BYTES] === chars[TWO_BYTES] ? entries : undefined;
}

/** A block's strings (a JSON array of each article's), parsed the first time an article asks for its own. */
class BlockStrings implements StringTable {
  private lists: unknown;
  constructor(private json: string | undefined) {}

  at(index: number): readonly string[] | undefined {
    if (this.json !== undefined) {
      try {
        this.lists = JSON.parse(this.json);
      } catch {
        this.lists = undefined;
      }
      this.json = undefined;
    }
    const list = Array.isArray(this.lists) ? (this.lists[index] as unknown) : undefined;
    return Array.isArray(list) ? list : undefined;
  }
}

function isAnalysis(a: ArticleAnalysis | undefined): a is ArticleAnalysis {
  return typeof a?.article?.text === 'string' && typeof a.article.path === 'string' && typeof a.article.body?.start === 'number' && Array.isArray(a.article.warnings) &&
    Array.isArray(a.names) && Array.isArray(a.quotes) && Array.isArray(a.sentences) && Array.isArray(a.paragraphs);
}

/**
 * Payload of the linking block: JSON bytes, numbers (2 x u32), SavedLinkFields as JSON, padding,
 * the numbers: each path's count of ids, then (if `speakers`) each path's count of quotations,
 * then all ids, then all speakers; an id is an index into the entities, then into `ids`, or -1.
 */
function linkBlock(link: SavedLink, analysisOf: (path: string) => ArticleAnalysis | undefined): Buffer {
  const number = new Map<string, number>();
  link.entities.forEach((e, i) => number.set(e.id, i));
  const ids: string[] = [];
  const numberOf = (id: string | null): number => {
    if (id === null) return -1;
    let n = number.get(id);
    if (n === undefined) {
      number.set(id, (n = link.entities.length + ids.length));
      ids.push(id);
    }
    return n;
  };
  const speakers = link.entityOf.map(([path, of]) => {
    const analysis = analysisOf(path);
    return analysis && analysis.names.length === of.length ? quoteSpeakerMentions(analysis).map((mention) => speakerOf(mention, analysis.names, of)) : undefined;
  });
  const withSpeakers = speakers.every((list) => list !== undefined);
  const counts: number[] = link.entityOf.map(([, of]) => of.length);
  const numbers: number[] = [];
  for (const [, of] of link.entityOf) for (const id of of) numbers.push(numberOf(id));
  if (withSpeakers) {
    for (const list of speakers) counts.push(list!.length);
    for (const list of speakers) for (const id of list!) numbers.push(numberOf(id));
  }
  const fields = Buffer.from(JSON.stringify({ fingerprint: link.fingerprint, entities: link.entities, ids, paths: link.entityOf.map(([path]) => path), speakers: withSpeakers } satisfies SavedLinkFields));
  const total = counts.length + numbers.length;
  const numbersAt = align4(8 + fields.length);
  const payload = Buffer.alloc(numbersAt + total * 4);
  payload.writeUInt32LE(fields.length, 0);
  payload.writeUInt32LE(total, 4);
  fields.copy(payload, 8);
  const ints = new Int32Array(payload.buffer, payload.byteOffset + numbersAt, total);
  ints.set(counts);
  ints.set(numbers, counts.length);
  return payload;
}

function readLinkBlock(payload: Buffer): SavedLink | undefined {
  if (payload.length < 8) return undefined;
  const jsonBytes = payload.readUInt32LE(0);
  const total = payload.readUInt32LE(4);
  const numbersAt = align4(8 + jsonBytes);
  if (numbersAt + total * 4 !== payload.length) return undefined;
  const fields = JSON.parse(payload.toString('utf8', 8, 8 + jsonBytes)) as SavedLinkFields;
  if (typeof fields?.fingerprint !== 'string' || !Array.isArray(fields.entities) || !Array.isArray(fields.ids) || !Array.isArray(fields.paths) || typeof fields.speakers !== 'boolean') return undefined;
  const idOf: string[] = [];
  for (const e of fields.entities) {
    if (typeof e?.id !== 'string' || typeof e.name !== 'string' || (e.kind !== 'person' && e.kind !== 'place') || !Array.isArray(e.aliases)) return undefined;
    idOf.push(e.id);
  }
  for (const id of fields.ids) {
    if (typeof id !== 'string') return undefined;
    idOf.push(id);
  }
  const paths = fields.paths;
  for (const path of paths) if (typeof path !== 'string') return undefined;
  const lists = fields.speakers ? 2 * paths.length : paths.length;
  if (lists > total) return undefined;
  const numbers = new Int32Array(total);
  new Uint8Array(numbers.buffer).set(payload.subarray(numbersAt));
  for (let k = lists; k < total; k++) if (!(numbers[k] >= -1 && numbers[k] < idOf.length)) return undefined;
  // Where each list starts: the mention lists one after another, then the speaker lists.
  const starts = new Int32Array(lists + 1);
  starts[0] = lists;
  for (let c = 0; c < lists; c++) {
    if (!(numbers[c] >= 0 && numbers[c] <= total - starts[c])) return undefined;
    starts[c + 1] = starts[c] + numbers[c];
  }
  if (starts[lists] !== total) return undefined;
  const entityOf: SavedLink['entityOf'] = [];
  for (let i = 0; i < paths.length; i++) {
    const ids: (string | null)[] = [];
    for (let k = starts[i]; k < starts[i + 1]; k++) ids.push(numbers[k] === -1 ? null : idOf[numbers[k]]);
    entityOf.push([paths[i], ids]);
  }
  const mentionsEnd = starts[paths.length];
  const linkNumbers: LinkNumbers | undefined = fields.speakers ? {
    ids: idOf,
    paths,
    // (offsets into the two views below)
    mentionStarts: starts.subarray(0, paths.length + 1).map((k) => k - lists),
    mentionIds: numbers.subarray(lists, mentionsEnd),
    speakerStarts: starts.subarray(paths.length).map((k) => k - mentionsEnd),
    speakerIds: numbers.subarray(mentionsEnd),
  } : undefined;
  return { fingerprint: fields.fingerprint, entities: fields.entities, entityOf, ...(linkNumbers ? { numbers: linkNumbers } : {}) };
}
