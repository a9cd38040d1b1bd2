import * as crypto from 'crypto';

/** The key of a file's content in the saved index (a file renamed or touched keeps its analysis). */
export function contentHash(bytes: Uint8Array): string {
  // The one-shot hash (Node >= 20.12) skips the Hash object's JavaScript, which a cold worker runs
  // slowly: ~60 -> ~30 ms per BBC worker. VS Code 1.90's Node 20.9 has only createHash.
  return oneShot ? oneShot('sha1', bytes, 'hex') : crypto.createHash('sha1').update(bytes).digest('hex');
}
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'hex') => string }).hash;
