import type { EntityKind } from '../types';
import { matchesGlob } from '../corpus/glob';
import type { Curation } from './curation';

// The curation as lookups the engine asks while recognising and linking names.
// Compiled once per Curation object (the object is replaced, never mutated, when the file changes).

export interface CurationRules {
  /** True when mentions of this name are not to be reported: listed under `ignore`, or `kinds: other`. */
  isDropped(name: string): boolean;
  /** The kind the reader gave this spelling (`kinds`, else the curated entity's `kind`). */
  kindOf(name: string): EntityKind | 'other' | undefined;
  /**
   * The canonical name the reader gave this spelling in this article: a `splits` reading whose
   * paths match the article, then the curated entity (name or alias) it belongs to.
   */
  canonicalName(name: string, articlePath: string): string | undefined;
  /** True when `name` is split by article, so the linker must not merge it across the corpus on its own. */
  isSplit(name: string): boolean;
  /** Spellings the reader declared as people or places, so recognition finds them even when its rules would not. */
  declaredNames(): ReadonlyArray<{ name: string; kind: EntityKind }>;
}

const compiled = new WeakMap<Curation, CurationRules>();

export function curationRules(curation: Curation): CurationRules {
  let rules = compiled.get(curation);
  if (!rules) {
    rules = compile(curation);
    compiled.set(curation, rules);
  }
  return rules;
}

function compile(curation: Curation): CurationRules {
  const ignored = new Set(curation.ignore);
  const kinds = new Map(Object.entries(curation.kinds));
  const canonical = new Map<string, string>();
  const entityKind = new Map<string, EntityKind>();
  const declared = new Map<string, EntityKind>();
  for (const entity of curation.entities) {
    for (const spelling of [entity.name, ...(entity.aliases ?? [])]) {
      if (!canonical.has(spelling)) canonical.set(spelling, entity.name); // first entity wins, as the parser warns
      if (entity.kind && !entityKind.has(spelling)) entityKind.set(spelling, entity.kind);
    }
  }
  const kindOf = (name: string) => kinds.get(name) ?? entityKind.get(name) ?? entityKind.get(canonical.get(name) ?? '');
  for (const spelling of canonical.keys()) {
    const kind = kindOf(spelling);
    if ((kind === 'person' || kind === 'place') && !ignored.has(spelling)) declared.set(spelling, kind);
  }
  for (const [name, kind] of kinds) {
    if (kind !== 'other' && !ignored.has(name)) declared.set(name, kind);
  }
  const splits = new Map(curation.splits.map((s) => [s.name, s.as]));
  const declaredList = [...declared].map(([name, kind]) => ({ name, kind }));

  return {
    isDropped: (name) => ignored.has(name) || kinds.get(name) === 'other',
    kindOf,
    canonicalName(name, articlePath) {
      const reading = splits.get(name)?.find((r) => r.paths.some((glob) => matchesGlob(articlePath, glob)));
      const spelling = reading?.name ?? name;
      return canonical.get(spelling) ?? reading?.name;
    },
    isSplit: (name) => splits.has(name),
    declaredNames: () => declaredList,
  };
}
