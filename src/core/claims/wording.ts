import { words, type Word } from './words';

// Which words of each version of a claim are worded differently from the other versions.
// A word is `same` when a longest-common-subsequence alignment (on stems, in order) pairs it
// with a word of at least one other version; `reordered` when another version has the word
// but elsewhere in its sentence; `unique` when no other version has it ("drastically" where
// the others say "radically"). Spaces and punctuation take the weaker kind of their neighbours.

export type WordingKind = 'same' | 'reordered' | 'unique';

/** A run of the quotation's text, all of one kind. */
export interface WordingSegment {
  text: string;
  kind: WordingKind;
}

// Beyond this many words, or versions, a quadratic alignment costs too much: words are then
// compared by membership only.
const MAX_ALIGNED_WORDS = 1500;
const MAX_ALIGNED_VERSIONS = 30;

/** Marks in `mine` the words that the LCS of the two word sequences pairs with `theirs`. */
function markAligned(mine: Word[], theirs: Word[], shared: boolean[]): void {
  const n = mine.length;
  const m = theirs.length;
  if (n === 0 || m === 0) return;
  if (n > MAX_ALIGNED_WORDS || m > MAX_ALIGNED_WORDS) {
    const stems = new Set(theirs.map((w) => w.stem));
    mine.forEach((w, i) => {
      if (stems.has(w.stem)) shared[i] = true;
    });
    return;
  }
  // lengths[i][j] = LCS of mine[i..] and theirs[j..], stored row-major.
  const width = m + 1;
  const lengths = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        mine[i].stem === theirs[j].stem
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (mine[i].stem === theirs[j].stem) {
      shared[i] = true;
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
}

const RANK: Record<WordingKind, number> = { same: 0, reordered: 1, unique: 2 };

function segmentsOf(text: string, list: Word[], kinds: WordingKind[]): WordingSegment[] {
  const segments: WordingSegment[] = [];
  const push = (part: string, kind: WordingKind) => {
    if (!part) return;
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.text += part;
    else segments.push({ text: part, kind });
  };
  let cursor = 0;
  list.forEach((word, index) => {
    // The gap between two highlighted words stays inside the (weaker) highlight.
    const before = index > 0 ? kinds[index - 1] : 'same';
    push(text.slice(cursor, word.start), RANK[before] < RANK[kinds[index]] ? before : kinds[index]);
    push(text.slice(word.start, word.end), kinds[index]);
    cursor = word.end;
  });
  push(text.slice(cursor), 'same');
  return segments;
}

/** Segments for each text; with a single version nothing is highlighted. */
export function compareWording(texts: string[]): WordingSegment[][] {
  if (texts.length === 1) return [[{ text: texts[0], kind: 'same' }]];
  const lists = texts.map((text) => words(text));
  return texts.map((text, index) => {
    const mine = lists[index];
    const aligned = new Array<boolean>(mine.length).fill(texts.length < 2);
    const elsewhere = new Set<string>();
    lists.forEach((theirs, other) => {
      if (other === index) return;
      if (texts.length <= MAX_ALIGNED_VERSIONS) markAligned(mine, theirs, aligned);
      for (const word of theirs) elsewhere.add(word.stem);
    });
    // A function word found elsewhere ("the", "in") is not worth a mark; a missing "not" is.
    const kinds = mine.map((word, i): WordingKind =>
      aligned[i] ? 'same' : !elsewhere.has(word.stem) ? 'unique' : word.content && texts.length <= MAX_ALIGNED_VERSIONS ? 'reordered' : 'same',
    );
    return segmentsOf(text, mine, kinds);
  });
}
