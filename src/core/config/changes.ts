import { matchesGlob } from '../corpus/glob';
import type { Curation } from './curation';
import { curationRules } from './rules';

// When the corrections change, linking runs again over every article (cheap), but an article is
// analysed again only when its analysis can differ: a name whose recognition changed (ignored,
// kind, declared spelling) occurs in its text, or a changed `sources` entry matches its path.

export type NeedsReanalysis = (path: string, text: string) => boolean;

export function reanalysisNeeded(before: Curation | undefined, after: Curation | undefined): NeedsReanalysis {
  const names = changedNames(before, after);
  const patterns = changedSourcePatterns(before?.sources ?? [], after?.sources ?? []);
  if (names.length === 0 && patterns.length === 0) return () => false;
  return (path, text) => patterns.some((p) => matchesGlob(path, p)) || names.some((n) => text.includes(n));
}

/** Spellings whose treatment by recognition differs between the two curations. */
function changedNames(before: Curation | undefined, after: Curation | undefined): string[] {
  const a = recognitionView(before);
  const b = recognitionView(after);
  const changed: string[] = [];
  for (const name of new Set([...a.keys(), ...b.keys()])) if (a.get(name) !== b.get(name)) changed.push(name);
  return changed;
}

/** name -> how recognition treats it ("dropped", "person", "place"); names not curated are absent. */
function recognitionView(curation: Curation | undefined): Map<string, string> {
  const view = new Map<string, string>();
  if (!curation) return view;
  const rules = curationRules(curation);
  const spellings = [...curation.ignore, ...Object.keys(curation.kinds), ...curation.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])])];
  for (const name of spellings) view.set(name, rules.isDropped(name) ? 'dropped' : String(rules.kindOf(name) ?? 'declared'));
  return view;
}

function changedSourcePatterns(before: Curation['sources'], after: Curation['sources']): string[] {
  const key = (s: Curation['sources'][number]) => JSON.stringify([s.pattern, s.outlet, s.date]);
  const beforeKeys = before.map(key);
  const afterKeys = after.map(key);
  if (beforeKeys.join('\n') === afterKeys.join('\n')) return [];
  const onlyOrder = beforeKeys.length === afterKeys.length && beforeKeys.every((k) => afterKeys.includes(k));
  // A new order changes which entry matches first wherever patterns overlap: take them all.
  if (onlyOrder) return before.map((s) => s.pattern);
  return [...before.filter((s, i) => !afterKeys.includes(beforeKeys[i])), ...after.filter((s, i) => !beforeKeys.includes(afterKeys[i]))].map((s) => s.pattern);
}
