import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3054.js';
import { ruleTests } from './tester.js';

const settings = { labelSchema: { spdxlabel: 'spdx' as const } };

describe('DL3054 label-not-spdx', () => {
  ruleTests(rule, {
    valid: [
      { code: 'LABEL spdxlabel="MIT"', settings },
      { code: 'LABEL other="bar"', settings },
      { name: 'identifiers match case-insensitively', code: 'LABEL spdxlabel=apache-2.0', settings },
      { name: 'an SPDX expression (hadolint accepts single identifiers only)', code: 'LABEL spdxlabel="(MIT OR Apache-2.0) AND BSD-3-Clause"', settings },
      { name: 'an exception', code: 'LABEL spdxlabel="Apache-2.0 WITH LLVM-exception"', settings },
      { name: 'a custom license reference', code: 'LABEL spdxlabel=LicenseRef-acme-eula', settings },
      { name: 'an empty value is DL3051\'s finding', code: 'LABEL spdxlabel=""', settings },
      { name: 'an ARG without value may come from --build-arg', code: 'FROM a\nARG L\nLABEL spdxlabel=$L\n', settings },
    ],
    invalid: [
      {
        code: 'LABEL spdxlabel="not-spdx"',
        settings,
        errors: [{ line: 1, column: 17, endColumn: 27, messageId: 'unknown', message: 'Label `spdxlabel`: `not-spdx` is not an SPDX identifier shipshape knows' }],
        output: null,
      },
      {
        code: 'LABEL spdxlabel=GPL-2.0',
        settings,
        errors: [{ line: 1, messageId: 'deprecated', message: 'Label `spdxlabel`: `GPL-2.0` is a deprecated SPDX identifier (GPL-family ones became `-only` and `-or-later`)' }],
      },
      { code: 'LABEL spdxlabel="MIT OR"', settings, errors: [{ line: 1, messageId: 'syntax', message: 'Label `spdxlabel` is not an SPDX license expression: `MIT OR`' }] },
      { code: 'LABEL spdxlabel="Apache 2"', settings, errors: [{ line: 1, messageId: 'unknown' }] },
      { code: 'LABEL spdxlabel="MIT WITH nothing"', settings, errors: [{ line: 1, messageId: 'unknown' }] },
      { name: 'expanded from an ARG default', code: 'FROM a\nARG L=proprietary\nLABEL spdxlabel=$L\n', settings, errors: [{ line: 3, column: 17, endColumn: 19 }] },
    ],
  });
});
