import type { DossierApi } from '../../src/extension/extension';

/** Resolves once `check` returns a value, re-checking after each index change; fails after `ms`. */
export function untilIndex<T>(api: DossierApi, what: string, check: () => T | undefined, ms = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const listener = api.index.onDidChange(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}
