import type { Curation } from './curation';

// A workspace of several folders has one `.dossier.yaml` per folder but one index, whose paths
// start with the folder's name. Names apply everywhere; globs are made to match inside their folder.

export interface FolderCuration {
  /** What every corpus path of this folder starts with, e.g. "News/" ('' for a single folder). */
  prefix: string;
  curation: Curation;
}

export function combineCurations(parts: readonly FolderCuration[]): Curation {
  if (parts.length === 1 && parts[0].prefix === '') return parts[0].curation;
  const combined: Curation = { entities: [], ignore: [], kinds: {}, splits: [], sources: [] };
  for (const { prefix, curation } of parts) {
    const inFolder = (glob: string) => literalGlob(prefix) + glob;
    combined.entities.push(...curation.entities);
    combined.ignore.push(...curation.ignore);
    for (const [name, kind] of Object.entries(curation.kinds)) combined.kinds[name] ??= kind;
    combined.splits.push(...curation.splits.map((s) => ({ ...s, as: s.as.map((r) => ({ ...r, paths: r.paths.map(inFolder) })) })));
    combined.sources.push(...curation.sources.map((s) => ({ ...s, pattern: inFolder(s.pattern) })));
  }
  return combined;
}

/** A folder name as a glob that matches only itself ("News [2022]" must not read as a character class). */
function literalGlob(text: string): string {
  return text.replace(/[*?{}[]/g, (c) => `[${c}]`);
}
