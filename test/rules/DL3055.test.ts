import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3055.js';
import { ruleTests } from './tester.js';

const settings = { labelSchema: { githash: 'hash' as const } };

describe('DL3055 label-not-git-hash', () => {
  ruleTests(rule, {
    valid: [
      { code: 'LABEL githash="43c572f1272b6b3171dd1db9e41b7027128ce080"', settings },
      { code: 'LABEL githash=43c572f', settings },
      { code: 'LABEL other="bar"', settings },
      { name: 'an empty value is DL3051\'s finding', code: 'LABEL githash=""', settings },
      { name: 'an ARG without value may come from --build-arg', code: 'FROM a\nARG V\nLABEL githash=$V\n', settings },
      { name: 'a build arg replaces the default', code: 'FROM a\nARG V=main\nLABEL githash=$V\n', settings, buildArgs: { V: '43c572f' } },
    ],
    invalid: [
      {
        code: 'LABEL githash="not-git-hash"',
        settings,
        errors: [{ line: 1, column: 15, endColumn: 29, messageId: 'invalid', message: 'Label `githash` is not a git commit hash: `not-git-hash`' }],
        output: null,
      },
      {
        name: 'the value is expanded first (hadolint checks the raw `$V`)',
        code: 'FROM a\nARG V="main"\nLABEL githash=${V}\n',
        settings,
        errors: [{ line: 3, messageId: 'invalid' }],
      },
      { name: 'ONBUILD LABEL is not checked, plain LABEL is', code: 'FROM a\nONBUILD LABEL githash=x\nLABEL githash="main"\n', settings, errors: [{ line: 3 }] },
    ],
  });
});
