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

const cache = new Map<string, Automaton>();

function automatonOf(glob: string): Automaton {
  let automaton = cache.get(glob);
  if (!automaton) cache.set(glob, (automaton = compile(glob)));
  return automaton;
}

/** True when the relative path (forward slashes) matches the glob. */
export function matchesGlob(path: string, glob: string): boolean {
  const { states, accept } = automatonOf(glob);
  // The set of states the path so far can be in, closed over free moves; each state once per step.
  const seen = new Int32Array(states.length).fill(-1);
  let current: number[] = [];
  const add = (set: number[], s: number, mark: number) => {
    const stack = [s];
    while (stack.length) {
      const x = stack.pop()!;
      if (seen[x] === mark) continue;
      seen[x] = mark;
      set.push(x);
      stack.push(...states[x].free);
    }
  };
  add(current, 0, 0);
  for (let i = 0; i < path.length && current.length; i++) {
    const c = path[i];
    const next: number[] = [];
    for (const s of current) for (const e of states[s].edges) if (e.test(c)) add(next, e.to, i + 1);
    current = next;
  }
  return current.includes(accept);
}

export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => matchesGlob(path, g));
}
