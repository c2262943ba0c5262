import type { DockerIgnore } from '../rules/types.js';

/**
 * `.dockerignore` with Docker's pattern semantics (moby/patternmatcher): one pattern per line,
 * `#` comments, paths cleaned and made relative (a leading `/` is dropped), `*` and `?` within a
 * path segment, `**` across segments, `!` re-includes. The last matching pattern decides, and a
 * pattern that matches a parent directory excludes everything below it.
 */

/** Go's `filepath.Clean` for slash-separated relative paths. */
export function cleanPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else parts.push('..');
      continue;
    }
    parts.push(part);
  }
  return parts.length === 0 ? '.' : parts.join('/');
}

function patternToRegExp(pattern: string): RegExp {
  let source = '^';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        // `**/` matches zero or more directories; a trailing `**` matches everything.
        if (pattern[i + 1] === '/') {
          i++;
          source += '(?:.*/)?';
        } else source += '.*';
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '\\' && i + 1 < pattern.length) {
      i++;
      source += (pattern[i] as string).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else if (char === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) source += '\\[';
      else {
        source += `[${pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`${source}$`);
}

export function parseDockerignore(text: string): DockerIgnore {
  const patterns: { pattern: string; negated: boolean; regexp: RegExp }[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    let line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1).trim();
    const pattern = cleanPath(line.replace(/^\/+/, ''));
    if (pattern === '.' && !negated) continue;
    patterns.push({ pattern, negated, regexp: patternToRegExp(pattern) });
  }
  const matches = (path: string, regexp: RegExp): boolean => {
    if (regexp.test(path)) return true;
    // A pattern matching a parent directory covers the files below it.
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      if (regexp.test(path.slice(0, slash))) return true;
    }
    return false;
  };
  return {
    patterns: patterns.map(({ pattern, negated }) => ({ pattern, negated })),
    ignores(path: string): boolean {
      const cleaned = cleanPath(path.replace(/^\/+/, ''));
      let excluded = false;
      for (const { negated, regexp } of patterns) {
        if (matches(cleaned, regexp)) excluded = !negated;
      }
      return excluded;
    },
  };
}
