// Glob matching for article paths (relative, forward slashes), in the dialect VS Code uses:
// `**` any number of folders, `*` and `?` within one segment, `{a,b}` alternatives, `[abc]` classes.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        const atSegmentEnd = glob[i + 2] === '/' || i + 2 === glob.length;
        if (atSegmentStart && atSegmentEnd) {
          // `**/` matches zero or more folders; a trailing `**` matches everything below.
          if (glob[i + 2] === '/') { out += '(?:[^/]*/)*'; i += 2; } else { out += '.*'; i += 1; }
          continue;
        }
        i += 1;
      }
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') { braceDepth++; out += '(?:'; }
    else if (c === '}' && braceDepth > 0) { braceDepth--; out += ')'; }
    else if (c === ',' && braceDepth > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) { out += '\\['; continue; }
      let cls = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
      if (cls.startsWith('!')) cls = '^' + cls.slice(1);
      out += `[${cls}]`;
      i = close;
    } else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  re = new RegExp(`^${out}$`);
  cache.set(glob, re);
  return re;
}

/** True when the relative path (forward slashes) matches the glob. */
export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path);
}

export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => matchesGlob(path, g));
}
