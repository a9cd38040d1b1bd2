import type { EntityKind } from '../types';

// The reader's corrections, as read from `.dossier.yaml` (see issue 8). The engine
// applies them; parsing and writing the file lives beside this in src/core/config/.

export interface CuratedEntity {
  /** Canonical name shown everywhere. */
  name: string;
  kind?: EntityKind;
  /** Other spellings that name the same entity; mentions of any of them merge into one. */
  aliases?: string[];
}

export interface CuratedSplit {
  /** An ambiguous name, e.g. "Brown". */
  name: string;
  /** Each reading applies to the articles whose path matches one of its globs. */
  as: Array<{ name: string; paths: string[] }>;
}

export interface CuratedSource {
  /** Glob on the article's path relative to the workspace folder. */
  pattern: string;
  outlet?: string;
  date?: string;
}

export interface Curation {
  entities: CuratedEntity[];
  /** Names never to report (case-sensitive as written). */
  ignore: string[];
  /** Names that are not what they seem: `other` means neither person nor place ("Chelsea": a club). */
  kinds: Record<string, EntityKind | 'other'>;
  splits: CuratedSplit[];
  sources: CuratedSource[];
}

export const EMPTY_CURATION: Curation = Object.freeze({ entities: [], ignore: [], kinds: {}, splits: [], sources: [] }) as Curation;
