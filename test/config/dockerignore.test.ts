import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPath, parseDockerignore } from '../../src/engine/config/dockerignore.js';

/**
 * Expectations are what moby/patternmatcher v0.6 (`ignorefile.ReadAll`, `New`,
 * `MatchesOrParentMatches`) answers, checked against the Go package itself.
 */
const MATCHING: [dockerignore: string, matches: Record<string, boolean>][] = [
  ['Dockerfile', { Dockerfile: true, 'Dockerfile.dev': false, 'sub/Dockerfile': false, '/Dockerfile': false }],
  ['*.log', { 'a.log': true, 'logs/a.log': false, 'a.log/inner': true, '.log': true }],
  ['**/*.log', { 'a.log': true, 'logs/a.log': true, 'deep/er/a.log': true, 'a.logx': false }],
  ['node_modules', { node_modules: true, 'node_modules/x/y.js': true, 'src/node_modules': false }],
  ['**/node_modules', { node_modules: true, 'src/node_modules/x': true, 'src/node_modulesx': false }],
  ['docs/**', { docs: false, 'docs/a': true, 'docs/a/b': true }],
  ['docs**', { docs: true, docsx: true, 'docs/a': true }],
  ['build/', { build: true, 'build/out': true }],
  ['/dist', { dist: true, 'dist/app.js': true, 'src/dist': false }],
  ['a/*/c', { 'a/b/c': true, 'a/b/c/d': true, 'a/b/x/c': false }],
  ['a/**/c', { 'a/c': true, 'a/b/c': true, 'a/b/x/c': true, 'ab/c': false }],
  ['?.txt', { 'a.txt': true, 'ab.txt': false, 'a/b.txt': false }],
  ['[a-c].md', { 'a.md': true, 'd.md': false, 'B.md': false }],
  ['[^a].md', { 'a.md': false, 'b.md': true }],
  ['\\*.md', { '*.md': true, 'a.md': false }],
  ['*\n!keep.txt', { 'x.txt': true, 'keep.txt': false, 'sub/keep.txt': true }],
  ['dir\n!dir/keep', { dir: true, 'dir/keep': false, 'dir/other': true, 'dir/keep/inner': false }],
  ['# comment\n  # not a comment\n', { '# not a comment': true, comment: false }],
  ['  spaced.txt  \r\n\r\n', { 'spaced.txt': true }],
  ['\uFEFFbom.txt', { 'bom.txt': true }],
  ['a/../b\n./c/./d', { b: true, 'c/d': true, a: false }],
  ['.', { '.': true, x: false }],
  ['*', { '.': true, x: true, 'x/y': true }],
  ['**', { '.': true, x: true, 'x/y': true }],
  ['?\\ab\nx', { ab: false, x: true }],
  ['[**]\nx', { x: true, a: false }],
];

describe('.dockerignore matching (moby/patternmatcher semantics)', () => {
  for (const [dockerignore, matches] of MATCHING) {
    it(JSON.stringify(dockerignore), () => {
      const ignore = parseDockerignore(dockerignore);
      expect(Object.fromEntries(Object.keys(matches).map((path) => [path, ignore.ignores(path)]))).toEqual(matches);
    });
  }

  it('reads patterns like ignorefile.ReadAll: comments at column 1, trimmed, cleaned, one leading / dropped', () => {
    const ignore = parseDockerignore('\uFEFF# comment\n  /a/b/../c/  \n ! /d \n\n  # kept\n/\n');
    expect(ignore.patterns).toEqual([
      { pattern: 'a/c', negated: false },
      { pattern: 'd', negated: true },
      { pattern: '# kept', negated: false },
      { pattern: '/', negated: false },
    ]);
  });

  it('a file BuildKit rejects excludes nothing', () => {
    for (const rejected of ['!', 'x\n[', 'x\na\\', '**[', '[]', '[a-]']) {
      const ignore = parseDockerignore(rejected);
      expect(ignore.patterns, JSON.stringify(rejected)).toEqual([]);
      expect(ignore.ignores('x'), JSON.stringify(rejected)).toBe(false);
    }
  });

  it('Go only checks the pattern as far as it matches ".", so a later malformed part may pass', () => {
    const ignore = parseDockerignore('a*\\\nx');
    expect(ignore.patterns.map((pattern) => pattern.pattern)).toEqual(['a*\\', 'x']);
    expect(ignore.ignores('x')).toBe(true);
  });

  it('a pattern only the regexp engine rejects makes the paths it is tried on unmatched', () => {
    expect(parseDockerignore('a/**.[\nx').ignores('x')).toBe(false);
    // Once a path is excluded, later plain patterns are not even tried.
    expect(parseDockerignore('x\na/**.[').ignores('x')).toBe(true);
  });
});

describe('cleanPath (Go path.Clean)', () => {
  it.each([
    ['', '.'],
    ['.', '.'],
    ['./a/./b/', 'a/b'],
    ['a/../..', '..'],
    ['../a/../../b', '../../b'],
    ['/../a', '/a'],
    ['//a//b', '/a/b'],
    ['/', '/'],
  ])('%j → %j', (input, expected) => {
    expect(cleanPath(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '.', '..', '', '/'), { maxLength: 8 }), (parts) => {
        const once = cleanPath(parts.join('/'));
        expect(cleanPath(once)).toBe(once);
      }),
    );
  });
});
