// `.dossier.yaml`: the reader's corrections (issue 8).
export { EMPTY_CURATION } from './curation';
export type { Curation, CuratedEntity, CuratedSplit, CuratedSource } from './curation';
export { CURATION_FILE, parseCuration, formatDiagnostic, TOP_LEVEL_KEYS } from './parse';
export type { CurationDiagnostic, ParsedCuration } from './parse';
export { mergeEntities, renameEntity, addAlias, setKind, ignoreName, formatScalar, CurationEditError } from './edit';
export { curationRules } from './rules';
export type { CurationRules } from './rules';
export { loadCurationForFolder } from './load';
export type { LoadedCuration } from './load';
export { combineCurations } from './combine';
export type { FolderCuration } from './combine';
export { reanalysisNeeded } from './changes';
export type { NeedsReanalysis } from './changes';
