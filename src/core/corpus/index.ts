export { discoverArticles, DEFAULT_INCLUDE, SKIPPED_FOLDERS } from './discover';
export type { DiscoverOptions, DiscoveredFile, Discovery } from './discover';
export { loadArticle, DEFAULT_MAX_BYTES } from './load';
export type { LoadOptions, LoadResult } from './load';
export { matchesGlob, matchesAnyGlob } from './glob';
