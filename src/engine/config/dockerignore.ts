import type { DockerIgnore } from '../rules/types.js';

/**
 * `.dockerignore` read the way BuildKit reads it (moby/patternmatcher v0.6: `ignorefile.ReadAll`,
 * then `New` and `MatchesOrParentMatches`):
 *
 * - lines starting with `#` (before any trimming) are comments; other lines are trimmed, `!` marks
 *   an exception, and each pattern is cleaned like a path with one leading `/` dropped;
 * - `*` and `?` stay within a path segment, `**` crosses segments (`**​/x` also matches `x`,
 *   `x/**` everything below `x`), `\` escapes, `[...]` is a character class;
 * - the last pattern that matches the path, or one of its parent directories, decides.
 *
 * A file BuildKit rejects (a lone `!`, or a malformed `[` class or trailing `\` that Go's
 * `filepath.Match` trips over) matches nothing, because such a build fails before any
 * `.dockerignore` check runs; a pattern that only Go's regexp engine rejects makes the paths it is
 * tried on unmatched, as BuildKit's check treats the matching error.
 */

/** Go's `path.Clean` for slash-separated paths. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** Go's `path.Dir`. */
function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return cleanPath(slash === -1 ? '' : path.slice(0, slash + 1));
}

/** Go's `strings.TrimSpace` (Unicode White_Space, which unlike `\s` leaves U+FEFF alone). */
function trimSpace(text: string): string {
  return text.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '');
}

/**
 * Whether Go's `filepath.Match(pattern, ".")` reports a syntax error, which makes BuildKit reject
 * the file. Go checks only the chunks it gets to while matching, so this follows its algorithm
 * rather than validating the whole pattern: `a*\\` passes, `*\\` and `a[` do not.
 */
function rejectedByGoMatch(pattern: string): boolean {
  const scanChunk = (rest: string[]): { star: boolean; chunk: string[]; rest: string[] } => {
    let index = 0;
    while (rest[index] === '*') index++;
    const star = index > 0;
    let inRange = false;
    for (let at = index; at < rest.length; at++) {
      const char = rest[at];
      if (char === '\\' && at + 1 < rest.length) at++;
      else if (char === '[') inRange = true;
      else if (char === ']') inRange = false;
      else if (char === '*' && !inRange) return { star, chunk: rest.slice(index, at), rest: rest.slice(at) };
    }
    return { star, chunk: rest.slice(index), rest: [] };
  };
  /** Go's `getEsc`: one class character; throws on a malformed class. */
  const classChar = (chunk: string[], at: number): { char: string; next: number } => {
    let index = at;
    if (chunk[index] === undefined || chunk[index] === '-' || chunk[index] === ']') throw new SyntaxError();
    if (chunk[index] === '\\') index++;
    const char = chunk[index];
    if (char === undefined || index + 1 >= chunk.length) throw new SyntaxError();
    return { char, next: index + 1 };
  };
  /** Go's `matchChunk` against `subject`: the rest of the subject, or null when it does not match. */
  const matchChunk = (chunk: string[], subject: string[]): string[] | null => {
    let failed = false;
    let rest = subject;
    for (let index = 0; index < chunk.length; ) {
      failed ||= rest.length === 0;
      const char = chunk[index];
      if (char === '[') {
        const subjectChar: number = failed ? 0 : (rest[0]?.codePointAt(0) ?? 0);
        if (!failed) rest = rest.slice(1);
        index++;
        const negated = chunk[index] === '^';
        if (negated) index++;
        let match = false;
        for (let ranges = 0; ; ranges++) {
          if (chunk[index] === ']' && ranges > 0) {
            index++;
            break;
          }
          const low = classChar(chunk, index);
          let high = low;
          if (chunk[low.next] === '-') high = classChar(chunk, low.next + 1);
          index = high.next;
          match ||= (low.char.codePointAt(0) ?? 0) <= subjectChar && subjectChar <= (high.char.codePointAt(0) ?? 0);
        }
        failed ||= match === negated;
      } else if (char === '?') {
        if (!failed) {
          failed = rest[0] === '/';
          rest = rest.slice(1);
        }
        index++;
      } else {
        if (char === '\\') {
          index++;
          if (index >= chunk.length) throw new SyntaxError();
        }
        if (!failed) {
          failed = chunk[index] !== rest[0];
          rest = rest.slice(1);
        }
        index++;
      }
    }
    return failed ? null : rest;
  };
  try {
    let rest = [...pattern];
    let name = ['.'];
    while (rest.length > 0) {
      const scanned = scanChunk(rest);
      rest = scanned.rest;
      if (scanned.star && scanned.chunk.length === 0) return false;
      const matched = matchChunk(scanned.chunk, name);
      if (matched !== null && (matched.length === 0 || rest.length > 0)) {
        name = matched;
        continue;
      }
      if (!scanned.star) return false;
      let advanced = false;
      for (let skip = 0; skip < name.length && name[skip] !== '/'; skip++) {
        const after = matchChunk(scanned.chunk, name.slice(skip + 1));
        if (after === null || (rest.length === 0 && after.length > 0)) continue;
        name = after;
        advanced = true;
        break;
      }
      if (!advanced) return false;
    }
    return false;
  } catch (failure) {
    if (failure instanceof SyntaxError) return true;
    throw failure;
  }
}

/** Characters patternmatcher escapes; `^`, `[` and `]` reach Go's regexp engine as written. */
const REGEXP_SPECIAL = /[.+()|{}$]/;
/** Characters a JavaScript `u` expression needs escaped to read literally. */
const JS_SYNTAX = /^[\\^$.|?*+()[\]{}/]$/;
/** Go (RE2) escapes whose JavaScript spelling differs. */
const RE2_ESCAPES: Readonly<Record<string, { outside: string; inside: string }>> = {
  a: { outside: '\\x07', inside: '\\x07' },
  s: { outside: '[\\t\\n\\f\\r ]', inside: '\\t\\n\\f\\r ' },
  A: { outside: '^', inside: 'A' },
  z: { outside: '$', inside: 'z' },
};

/**
 * Rewrites the expression patternmatcher hands to Go's regexp package so that a JavaScript `u`
 * expression means the same: `.` excludes only `\n`, a `]` outside a class or first in a class is
 * literal, `[` inside a class is literal, and RE2-only escapes such as `\a` are spelled out.
 * Throws where RE2 would refuse the expression (a trailing `\`, an unclosed class).
 */
function toJavaScriptRegExp(re2: string): RegExp {
  const chars = [...re2];
  let out = '';
  let inClass = false;
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] as string;
    if (char === '\\') {
      const escaped = chars[++index];
      if (escaped === undefined) throw new SyntaxError('trailing backslash');
      const special = RE2_ESCAPES[escaped];
      if (special !== undefined) out += inClass ? special.inside : special.outside;
      else if (/^[A-Za-z0-9]$/.test(escaped) || (escaped.codePointAt(0) ?? 0) > 0x7f) out += `\\${escaped}`;
      else out += JS_SYNTAX.test(escaped) || (inClass && escaped === '-') ? `\\${escaped}` : escaped;
    } else if (inClass) {
      if (char === ']') inClass = false;
      out += char === '[' ? '\\[' : char;
    } else if (char === '[') {
      inClass = true;
      out += '[';
      if (chars[index + 1] === '^') out += chars[++index];
      if (chars[index + 1] === ']') {
        index++;
        out += '\\]';
      }
    } else if (char === ']') {
      out += '\\]';
    } else if (char === '.') {
      out += '[^\\n]';
    } else {
      out += char === '/' ? '\\/' : char;
    }
  }
  if (inClass) throw new SyntaxError('missing closing ]');
  return new RegExp(out, 'u');
}

type Matcher = (path: string) => boolean;

/**
 * patternmatcher's compiled pattern: an exact comparison, a prefix (`dir/**`), a suffix
 * (`**​/name`) or a regular expression, decided and built the same way BuildKit does it.
 * Null when Go's regexp package would refuse the expression.
 */
function compile(pattern: string): Matcher | null {
  let source = '^';
  let kind: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  const chars = [...pattern];
  // Go's text/scanner, which patternmatcher reads the pattern with, skips a leading byte-order mark.
  for (let index = chars[0] === '\uFEFF' ? 1 : 0, step = 0; index < chars.length; step++) {
    const char = chars[index++] as string;
    if (char === '*') {
      if (chars[index] === '*') {
        index++;
        if (chars[index] === '/') index++;
        if (index >= chars.length) {
          if (kind === 'exact') kind = 'prefix';
          else {
            source += '.*';
            kind = 'regexp';
          }
        } else {
          source += '(.*/)?';
          kind = 'regexp';
        }
        if (step === 0) kind = 'suffix';
      } else {
        source += '[^/]*';
        kind = 'regexp';
      }
    } else if (char === '?') {
      source += '[^/]';
      kind = 'regexp';
    } else if (REGEXP_SPECIAL.test(char)) {
      source += `\\${char}`;
    } else if (char === '\\') {
      if (index < chars.length) {
        source += `\\${chars[index++] as string}`;
        kind = 'regexp';
      } else {
        source += '\\';
      }
    } else {
      source += char;
      if (char === '[' || char === ']') kind = 'regexp';
    }
  }
  switch (kind) {
    case 'exact':
      return (path) => path === pattern;
    case 'prefix': {
      const prefix = pattern.slice(0, -2);
      return (path) => path.startsWith(prefix);
    }
    case 'suffix': {
      const suffix = pattern.slice(2);
      return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
    }
    case 'regexp':
      try {
        const regexp = toJavaScriptRegExp(`${source}$`);
        return (path) => regexp.test(path);
      } catch {
        return null;
      }
  }
}

interface CompiledPattern {
  pattern: string;
  negated: boolean;
  /** null when the pattern compiles to an invalid expression: matching it is an error. */
  matches: Matcher | null;
}

/** `ignorefile.ReadAll`: the patterns of the file, exceptions still prefixed with `!`. */
function readPatterns(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const patterns: string[] = [];
  for (const rawLine of lines) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.startsWith('#')) continue;
    let pattern = trimSpace(line);
    if (pattern === '') continue;
    const negated = pattern.startsWith('!');
    if (negated) pattern = trimSpace(pattern.slice(1));
    if (pattern !== '') {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push(negated ? `!${pattern}` : pattern);
  }
  return patterns;
}

/** `patternmatcher.New`; null when BuildKit rejects the file. */
function compilePatterns(patterns: string[]): CompiledPattern[] | null {
  const compiled: CompiledPattern[] = [];
  for (const raw of patterns) {
    let pattern = trimSpace(raw);
    if (pattern === '') continue;
    pattern = cleanPath(pattern);
    const negated = pattern.startsWith('!');
    if (negated) {
      if (pattern.length === 1) return null;
      pattern = pattern.slice(1);
    }
    if (rejectedByGoMatch(pattern)) return null;
    compiled.push({ pattern, negated, matches: compile(pattern) });
  }
  return compiled;
}

export function parseDockerignore(text: string): DockerIgnore {
  const patterns = compilePatterns(readPatterns(text)) ?? [];
  return {
    patterns: patterns.map(({ pattern, negated }) => ({ pattern, negated })),
    ignores(path: string): boolean {
      const file = cleanPath(path);
      const parent = dirname(file);
      const parentParts = parent.split('/');
      let excluded = false;
      for (const { negated, matches } of patterns) {
        if (negated !== excluded) continue;
        // An invalid expression makes BuildKit's matcher fail, which its check treats as no match.
        if (matches === null) return false;
        let match = matches(file);
        if (!match && parent !== '.') {
          for (let count = 1; count <= parentParts.length && !match; count++) match = matches(parentParts.slice(0, count).join('/'));
        }
        if (match) excluded = !negated;
      }
      return excluded;
    },
  };
}
