import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3056.js';
import { ruleTests } from './tester.js';

const settings = { labelSchema: { semver: 'semver' as const } };

describe('DL3056 label-not-semver', () => {
  ruleTests(rule, {
    valid: [
      { code: 'LABEL semver="2.0.1-rc1"', settings },
      { code: 'LABEL other="bar"', settings },
      { code: 'LABEL semver=1.0.0+build.7', settings },
      { name: 'an empty value is DL3051\'s finding', code: 'LABEL semver=""', settings },
      { name: 'an ARG without value may come from --build-arg', code: 'FROM a\nARG V\nLABEL semver=$V\n', settings },
      { name: 'a build arg replaces the default', code: 'FROM a\nARG V=v1.2\nLABEL semver=$V\n', settings, buildArgs: { V: '1.2.0' } },
    ],
    invalid: [
      {
        code: 'LABEL semver="not-sem-ver"',
        settings,
        errors: [{ line: 1, column: 14, endColumn: 27, messageId: 'invalid', message: 'Label `semver` is not a semantic version: `not-sem-ver`' }],
        output: null,
      },
      {
        name: 'the value is expanded first (hadolint checks the raw `$V`)',
        code: 'FROM a\nARG V="v1.2"\nLABEL semver=${V}\n',
        settings,
        errors: [{ line: 3, messageId: 'invalid' }],
      },
      { name: 'ONBUILD LABEL is not checked, plain LABEL is', code: 'FROM a\nONBUILD LABEL semver=x\nLABEL semver="v1.2"\n', settings, errors: [{ line: 3 }] },
    ],
  });
});
