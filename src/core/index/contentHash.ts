import { createHash } from 'crypto';

/** The key of a file's content in the saved index (a file renamed or touched keeps its analysis). */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
