import type { IndexExport } from '../types';

/**
 * `JSON.stringify(value, null, 2)` of an index export, made in slices of about `sliceMs` with
 * `pause()` between them: on a large corpus the whole string takes seconds to make, too long to
 * hold the extension host's thread at once. The text is the same as JSON.stringify's.
 */
export async function exportJsonText(value: IndexExport, pause: () => Promise<void>, sliceMs = 12): Promise<string> {
  let sliceStart = performance.now();
  const keys = Object.keys(value) as Array<keyof IndexExport>;
  const fields: string[] = [];
  for (const key of keys) {
    const field = value[key];
    if (field === undefined) continue;
    if (!Array.isArray(field) || field.length === 0) {
      fields.push(`  ${JSON.stringify(key)}: ${indent(JSON.stringify(field, null, 2), '  ')}`);
      continue;
    }
    const items: string[] = [];
    for (const item of field as unknown[]) {
      items.push(`    ${indent(JSON.stringify(item, null, 2), '    ')}`);
      if (performance.now() - sliceStart >= sliceMs) {
        await pause();
        sliceStart = performance.now();
      }
    }
    fields.push(`  ${JSON.stringify(key)}: [\n${items.join(',\n')}\n  ]`);
  }
  return fields.length ? `{\n${fields.join(',\n')}\n}` : '{}';
}

function indent(json: string, by: string): string {
  return json.includes('\n') ? json.replace(/\n/g, `\n${by}`) : json;
}
