import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3058.js';
import { ruleTests } from './tester.js';

const settings = { labelSchema: { maintainer: 'email' as const } };

describe('DL3058 label-not-email', () => {
  ruleTests(rule, {
    valid: [
      { code: 'LABEL maintainer="jane@example.com"', settings },
      { code: 'LABEL other="doo"', settings },
      { name: 'a display name before the address (hadolint wants a bare address)', code: 'LABEL maintainer="Jane Doe <jane@example.com>"', settings },
      { name: 'an empty value is DL3051\'s finding', code: 'LABEL maintainer=""', settings },
      { name: 'an ARG without value may come from --build-arg', code: 'FROM a\nARG V\nLABEL maintainer=$V\n', settings },
      { name: 'a build arg replaces the default', code: 'FROM a\nARG V="Jane at example.com"\nLABEL maintainer=$V\n', settings, buildArgs: { V: 'jane@example.com' } },
    ],
    invalid: [
      {
        code: 'LABEL maintainer="not-email"',
        settings,
        errors: [{ line: 1, column: 18, endColumn: 29, messageId: 'invalid', message: 'Label `maintainer` is not a valid e-mail address: `not-email`' }],
        output: null,
      },
      {
        name: 'the value is expanded first (hadolint checks the raw `$V`)',
        code: 'FROM a\nARG V="Jane at example.com"\nLABEL maintainer=${V}\n',
        settings,
        errors: [{ line: 3, messageId: 'invalid' }],
      },
      { name: 'ONBUILD LABEL is not checked, plain LABEL is', code: 'FROM a\nONBUILD LABEL maintainer=x\nLABEL maintainer="Jane at example.com"\n', settings, errors: [{ line: 3 }] },
    ],
  });
});
