// Glob matching for article paths (relative, forward slashes), in the dialect VS Code uses:
// `**` any number of folders, `*` and `?` within one segment, `{a,b}` alternatives, `[abc]` classes.
//
// Globs come from settings and .dossier.yaml, i.e. from the workspace, so matching must stay
// linear whatever the glob: it runs as an automaton over the path (time = path length x glob
// length), never as a backtracking regular expression (`**/**/**/…` or `*a*a*a…b` would take
// minutes on one path).

type CharTest = (c: string) => boolean;

interface State {
  edges: Array<{ test: CharTest; to: number }>;
  /** States reached without reading a character. */
  free: number[];
}

interface Automaton {
  states: State[];
  accept: number;
}

const notSlash: CharTest = (c) => c !== '/';
const isSlash: CharTest = (c) => c === '/';
const anyChar: CharTest = () => true;

/** Index of the `}` closing the `{` at `open`, or -1 (an unclosed brace is a literal `{`). */
function closingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function compile(glob: string): Automaton {
  const states: State[] = [];
  const state = (): number => states.push({ edges: [], free: [] }) - 1;
  const start = state();
  // Braces open a group: [state before the group, state after it]; a comma starts another branch.
  const groups: Array<{ from: number; to: number; close: number }> = [];
  let cur = start;
  const step = (test: CharTest) => {
    const next = state();
    states[cur].edges.push({ test, to: next });
    cur = next;
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    const group = groups[groups.length - 1];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        const atSegmentEnd = glob[i + 2] === '/' || i + 2 === glob.length;
        if (atSegmentStart && atSegmentEnd) {
          const loop = state();
          const after = state();
          states[cur].free.push(loop);
          states[loop].free.push(after);
          if (glob[i + 2] === '/') {
            // `**/`: zero or more folders, each a run of non-slashes ending in a slash.
            const inFolder = state();
            for (const s of [loop, inFolder]) states[s].edges.push({ test: notSlash, to: inFolder }, { test: isSlash, to: loop });
            i += 2;
          } else {
            states[loop].edges.push({ test: anyChar, to: loop }); // a trailing `**`: everything below
            i += 1;
          }
          cur = after;
          continue;
        }
        i += 1;
      }
      const loop = state();
      const after = state();
      states[cur].free.push(loop);
      states[loop].edges.push({ test: notSlash, to: loop });
      states[loop].free.push(after);
      cur = after;
    } else if (c === '?') step(notSlash);
    else if (c === '{' && closingBrace(glob, i) > 0) {
      const from = cur;
      const to = state();
      groups.push({ from, to, close: closingBrace(glob, i) });
      cur = state();
      states[from].free.push(cur);
    } else if (c === ',' && group) {
      states[cur].free.push(group.to);
      cur = state();
      states[group.from].free.push(cur);
    } else if (c === '}' && group && group.close === i) {
      states[cur].free.push(group.to);
      cur = group.to;
      groups.pop();
    } else if (c === '[' && glob.indexOf(']', i + 1) > 0) {
      const close = glob.indexOf(']', i + 1);
      let cls = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
      if (cls.startsWith('!')) cls = '^' + cls.slice(1);
      let member: RegExp;
      try {
        member = new RegExp(`^[${cls}]$`);
      } catch {
        member = /(?!)/; // a class that is not one (`[z-a]`) matches nothing
      }
      step((ch) => member.test(ch));
      i = close;
    } else step((ch) => ch === c);
  }
  return { states, accept: cur };
}

/** Sets of automaton states met while matching, each with its moves by character, made once per glob. */
interface StateSet {
  accepts: boolean;
  next: Map<string, StateSet | null>;
  states: number[];
}

/** A glob's automaton with what matching has learnt about it so far. */
interface Tables {
  automaton: Automaton;
  /** Each state with the states reached from it without reading a character. */
  closures: Array<number[] | undefined>;
  sets: Map<string, StateSet>;
}

interface Matcher extends Tables {
  start: StateSet;
  // For a glob of any folders, any name and then literal characters (the defaults **/*.txt and **/*.md):
  // those characters. A path matches it when it ends with them.
  suffix: string | undefined;
}

// **/* and then literal characters, none of them a slash or a glob's special character.
const ANY_FOLDER_THEN_SUFFIX = /^\*\*\/\*([^*?{}[\]\/\\,]+)$/;

/** State sets kept per glob: a hostile glob may have very many; past this, moves are not kept. */
const MAX_SETS = 4096;

const cache = new Map<string, Matcher>();

function closure(m: Tables, s: number): number[] {
  let found = m.closures[s];
  if (!found) {
    const seen = new Set<number>();
    const stack = [s];
    while (stack.length) {
      const x = stack.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      for (const y of m.automaton.states[x].free) stack.push(y);
    }
    m.closures[s] = found = [...seen];
  }
  return found;
}

function stateSet(m: Tables, states: Iterable<number>): StateSet {
  const sorted = [...new Set(states)].sort((a, b) => a - b);
  const key = sorted.join(',');
  let set = m.sets.get(key);
  if (!set) {
    set = { accepts: sorted.includes(m.automaton.accept), next: new Map(), states: sorted };
    if (m.sets.size < MAX_SETS) m.sets.set(key, set);
  }
  return set;
}

function matcherOf(glob: string): Matcher {
  let matcher = cache.get(glob);
  if (!matcher) {
    const tables: Tables = { automaton: compile(glob), closures: [], sets: new Map() };
    cache.set(glob, (matcher = { ...tables, start: stateSet(tables, closure(tables, 0)), suffix: ANY_FOLDER_THEN_SUFFIX.exec(glob)?.[1] }));
  }
  return matcher;
}

/** True when the relative path (forward slashes) matches the glob. */
export function matchesGlob(path: string, glob: string): boolean {
  const m = matcherOf(glob);
  if (m.suffix !== undefined) return path.endsWith(m.suffix); // the same answer, one call instead of a step per character
  // The set of states the path so far can be in, closed over free moves; a set's move by a
  // character is worked out once and kept, so most paths cost one lookup per character.
  let current = m.start;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    let next = current.next.get(c);
    if (next === undefined) {
      const reached: number[] = [];
      for (const s of current.states) for (const e of m.automaton.states[s].edges) if (e.test(c)) reached.push(...closure(m, e.to));
      next = reached.length ? stateSet(m, reached) : null;
      if (m.sets.size < MAX_SETS) current.next.set(c, next);
    }
    if (next === null) return false;
    current = next;
  }
  return current.accepts;
}

export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => matchesGlob(path, g));
}

