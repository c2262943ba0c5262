import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3052.js';
import { ruleTests } from './tester.js';

const settings = { labelSchema: { urllabel: 'url' as const } };

describe('DL3052 label-not-url', () => {
  ruleTests(rule, {
    valid: [
      { code: 'LABEL urllabel="https://example.com/a?b=c#d"', settings },
      { code: 'LABEL other="foo"', settings },
      { code: 'LABEL urllabel=mailto:team@example.com', settings },
      { name: 'an empty value is DL3051\'s finding', code: 'LABEL urllabel=""', settings },
      { name: 'an ARG without value may come from --build-arg', code: 'FROM a\nARG V\nLABEL urllabel=$V\n', settings },
      { name: 'a build arg replaces the default', code: 'FROM a\nARG V=github.com/acme/shop\nLABEL urllabel=$V\n', settings, buildArgs: { V: 'https://example.com' } },
    ],
    invalid: [
      {
        code: 'LABEL urllabel="not-url"',
        settings,
        errors: [{ line: 1, column: 16, endColumn: 25, messageId: 'invalid', message: 'Label `urllabel` is not a valid URL: `not-url`' }],
        output: null,
      },
      {
        name: 'the value is expanded first (hadolint checks the raw `$V`)',
        code: 'FROM a\nARG V="github.com/acme/shop"\nLABEL urllabel=${V}\n',
        settings,
        errors: [{ line: 3, messageId: 'invalid' }],
      },
      { name: 'ONBUILD LABEL is not checked, plain LABEL is', code: 'FROM a\nONBUILD LABEL urllabel=x\nLABEL urllabel="github.com/acme/shop"\n', settings, errors: [{ line: 3 }] },
    ],
  });
});
