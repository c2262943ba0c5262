import { describe, expect, it } from 'vitest';
import {
  checkSpdxExpression,
  isEmail,
  isGitHash,
  isRfc3339,
  isSemver,
  isUri,
  labelEntries,
  labelKeyProblem,
  type LabelEntry,
} from '../../../src/engine/rules/helpers/labels.js';
import { withRuleContext } from './with-context.js';

function entriesOf(dockerfile: string, buildArgs: Record<string, string> = {}): Pick<LabelEntry, 'key' | 'value'>[] {
  const entries = withRuleContext(dockerfile, labelEntries, { buildArgs });
  return entries.map(({ key, value }) => ({ key, value }));
}

describe('labelEntries', () => {
  it('removes quotes and expands keys and values as BuildKit does', () => {
    expect(entriesOf('FROM a\nARG V=1.2.3\nENV K=version\nLABEL "${K}"=$V other="a b"\n')).toEqual([
      { key: 'version', value: '1.2.3' },
      { key: 'other', value: 'a b' },
    ]);
  });

  it('has no value for an ARG without default, unless a build arg gives one', () => {
    const dockerfile = 'FROM a\nARG V\nLABEL version=$V\n';
    expect(entriesOf(dockerfile)).toEqual([{ key: 'version', value: null }]);
    expect(entriesOf(dockerfile, { V: '2.0.0' })).toEqual([{ key: 'version', value: '2.0.0' }]);
  });

  it('expands an undeclared variable to empty, as BuildKit does', () => {
    expect(entriesOf('FROM a\nLABEL version=$NOPE\n')).toEqual([{ key: 'version', value: '' }]);
  });

  it('reads the legacy `LABEL key value` form and skips ONBUILD triggers', () => {
    expect(entriesOf('FROM a\nLABEL version 1.0.0\nONBUILD LABEL child=1\n')).toEqual([{ key: 'version', value: '1.0.0' }]);
  });
});

describe('labelKeyProblem', () => {
  it.each([
    ['org.opencontainers.image.source', null],
    ['a', null],
    ['a1', null],
    ['my_app/ver-2.x', null],
    ['com.docker.label', 'reserved'],
    ['io.docker.x', 'reserved'],
    ['org.dockerproject.x', 'reserved'],
    ['com.docker', null],
    ['com.docker.desktop.extension.api.version', null],
    ['com.docker.extension.publisher-url', null],
    ['.invalid', 'start'],
    ['1invalid', 'start'],
    ['Upper', 'characters'],
    ['', 'start'],
    ['invalid-', 'end'],
    ['invalid.', 'end'],
    ['aB', 'characters'],
    ['a:b', 'characters'],
    ['a%b', 'characters'],
    ['invalid..character', 'repeated-separator'],
    ['a--b', 'repeated-separator'],
  ])('%s → %s', (key, problem) => {
    expect(labelKeyProblem(key)).toBe(problem);
  });
});

describe('value validators', () => {
  it('isUri', () => {
    for (const ok of ['https://example.com/a?b=c#d', 'ftp://x', 'mailto:a@b', 'urn:isbn:0451450523', 'HTTP://X', 'git+ssh://h/p', 'https://x/%20']) {
      expect(isUri(ok), ok).toBe(true);
    }
    for (const bad of ['not-url', 'example.com', '/rel/path', 'git@github.com:a/b', '1http://x', 'http://a b', 'https://x/%zz', '']) {
      expect(isUri(bad), bad).toBe(false);
    }
  });

  it('isRfc3339', () => {
    for (const ok of ['2020-01-01T00:00:00Z', '2020-01-01t00:00:00z', '2020-01-01T00:00:00.123Z', '2020-01-01T00:00:00+01:00', '2020-02-29T23:59:60-00:00']) {
      expect(isRfc3339(ok), ok).toBe(true);
    }
    for (const bad of [
      'not-date',
      '2020-01-01',
      '2020-01-01T00:00:00',
      '2020-01-01 00:00:00Z',
      '2020-01-01T00:00Z',
      '2020-01-01T00:00:00+0100',
      '2020-01-01T00:00:00.Z',
      '2021-02-29T00:00:00Z',
      '2020-04-31T00:00:00Z',
      '2020-13-01T00:00:00Z',
      '2020-01-01T24:00:00Z',
      '2020-01-01T00:00:00+24:00',
    ]) {
      expect(isRfc3339(bad), bad).toBe(false);
    }
  });

  it('isGitHash', () => {
    for (const ok of ['abcdef1', 'abcdef123456', '43c572f1272b6b3171dd1db9e41b7027128ce080', 'a'.repeat(64)]) expect(isGitHash(ok), ok).toBe(true);
    for (const bad of ['not-git-hash', 'abcdef', 'ABCDEF1', 'g123456', 'a'.repeat(41), 'a'.repeat(65)]) expect(isGitHash(bad), bad).toBe(false);
  });

  it('isSemver', () => {
    for (const ok of ['1.0.0', '2.0.1-rc1', '1.0.0-rc.1', '1.0.0+build.5', '1.0.0-0a.beta+exp.sha.5114f85', '10.20.30']) expect(isSemver(ok), ok).toBe(true);
    for (const bad of ['not-sem-ver', 'v1.0.0', '1.0', '1', '1.2.3.4', '01.0.0', '1.0.0-01', '1.0.0-', '1.0.0-alpha..1', '1.0.0-al_pha', '1.0.0+']) {
      expect(isSemver(bad), bad).toBe(false);
    }
  });

  it('isEmail', () => {
    for (const ok of [
      'a@b.c',
      'a@localhost',
      'first.last+tag@example.org',
      'a@[127.0.0.1]',
      '"a b"@example.com',
      "o'hara@x.ie",
      'Jane Doe <jane@example.com>',
      'Doe, Jörg <j@x.de>',
      '<jane@example.com>',
    ]) {
      expect(isEmail(ok), ok).toBe(true);
    }
    for (const bad of [
      'not-email',
      'Jane Doe',
      'Jane <a@b..c>',
      'Jane <a@b.c> extra',
      'a..b@c.d',
      '.a@b.c',
      'a.@b.c',
      'a@b..c',
      'a@-b.c',
      'a@b-.c',
      'a@b_c.d',
      'aé@x.y',
      '@x.y',
      'a@',
      `${'a'.repeat(65)}@x.y`,
    ]) {
      expect(isEmail(bad), bad).toBe(false);
    }
  });

  it('checkSpdxExpression', () => {
    for (const ok of [
      'MIT',
      'mit',
      'Apache-2.0',
      'GPL-2.0-or-later',
      'GPL-2.0-only+',
      'MIT OR Apache-2.0',
      '(MIT OR Apache-2.0) AND BSD-3-Clause',
      'Apache-2.0 WITH LLVM-exception',
      'LicenseRef-my-license',
      'DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2',
      'MIT or Apache-2.0',
      `${'('.repeat(32)}MIT${')'.repeat(32)}`,
    ]) {
      expect(checkSpdxExpression(ok), ok).toEqual({ valid: true });
    }
    expect(checkSpdxExpression('not-spdx')).toEqual({ valid: false, problem: 'unknown', id: 'not-spdx' });
    expect(checkSpdxExpression('MIT AND proprietary')).toEqual({ valid: false, problem: 'unknown', id: 'proprietary' });
    expect(checkSpdxExpression('Apache-2.0 WITH nothing')).toEqual({ valid: false, problem: 'unknown', id: 'nothing' });
    expect(checkSpdxExpression('gpl-2.0')).toEqual({ valid: false, problem: 'deprecated', id: 'GPL-2.0' });
    expect(checkSpdxExpression('GPL-2.0+')).toEqual({ valid: false, problem: 'deprecated', id: 'GPL-2.0' });
    for (const broken of ['', 'MIT OR', 'OR MIT', '(MIT', 'MIT)', 'MIT Apache-2.0', 'MIT AND AND ISC', '()', 'MIT WITH', `${'('.repeat(100000)}MIT`]) {
      expect(checkSpdxExpression(broken), broken).toEqual({ valid: false, problem: 'syntax' });
    }
  });
});
