// Dossier's settings, read in one place. Defaults live in package.json `contributes.configuration`.
import * as vscode from 'vscode';

export interface DossierSettings {
  include: string[];
  exclude: string[];
  hoverEnabled: boolean;
  hoverMaxMentions: number;
  hoverMaxQuotes: number;
  highlightNames: boolean;
  articleLanguage: boolean;
}

function list(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : fallback;
}

function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.min(100, Math.floor(value))) : fallback;
}

export function readSettings(scope?: vscode.ConfigurationScope): DossierSettings {
  const c = vscode.workspace.getConfiguration('dossier', scope);
  return {
    include: list(c.get('include'), ['**/*.txt', '**/*.md']),
    exclude: list(c.get('exclude'), []),
    hoverEnabled: c.get('hover.enabled') !== false,
    hoverMaxMentions: count(c.get('hover.maxMentions'), 5),
    hoverMaxQuotes: count(c.get('hover.maxQuotes'), 5),
    highlightNames: c.get('highlightNames') !== false,
    articleLanguage: c.get('articleLanguage') !== false,
  };
}

/** The settings whose change means the set of indexed files may differ. */
export function affectsCorpus(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('dossier.include') || e.affectsConfiguration('dossier.exclude') || e.affectsConfiguration('files.exclude');
}
