import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3048.js';
import { ruleTests } from './tester.js';

describe('DL3048 invalid-label-key', () => {
  ruleTests(rule, {
    valid: [
      'FROM a\nLABEL org.opencontainers.image.version="1.0" maintainer=me\n',
      'LABEL org.valid-key.label3="foo"',
      'FROM a\nLABEL com.docker="not the reserved namespace" my_app/ver-2.x=1\n',
      { name: 'a key from an ARG without value is unknown', code: 'FROM a\nARG KEY\nLABEL ${KEY}=1\n' },
      { name: 'the key is checked after expansion', code: 'FROM a\nARG KEY=Bad\nLABEL ${KEY}=1\n', buildArgs: { KEY: 'good' } },
      { name: 'ONBUILD LABEL labels the child image', code: 'FROM a\nONBUILD LABEL Bad=1\n' },
      {
        name: 'labels Docker asks extension authors to set (hadolint flags them)',
        code: 'FROM scratch\nLABEL com.docker.desktop.extension.api.version="0.3.4" com.docker.extension.publisher-url="https://x.io"\n',
      },
    ],
    invalid: [
      {
        code: 'LABEL com.docker.label="foo"',
        errors: [{ line: 1, column: 7, endColumn: 23, messageId: 'invalid', message: 'Label key `com.docker.label` uses a namespace reserved for Docker' }],
        output: null,
      },
      { code: 'LABEL -invalid="foo"', errors: [{ line: 1, column: 7, endColumn: 15, message: 'Label key `-invalid` must start with a lowercase letter' }] },
      { code: 'LABEL invalid-="foo"', errors: [{ line: 1, message: 'Label key `invalid-` must end with a lowercase letter or a digit' }] },
      { code: 'LABEL invalid..character="foo"', errors: [{ line: 1, message: 'Label key `invalid..character` must not repeat `.` or `-`' }] },
      { code: 'LABEL .invalid ="foo"', errors: [{ line: 1, column: 7, endColumn: 15, messageId: 'invalid' }] },
      {
        name: 'quotes are removed and variables expanded before the check',
        code: 'FROM a\nENV PREFIX=Acme\nLABEL "${PREFIX}.team"=core\n',
        errors: [{ line: 3, column: 7, endColumn: 23, message: 'Label key `Acme.team` may only contain lowercase letters, digits, `.`, `-`, `_` and `/`' }],
      },
      {
        name: 'one finding per LABEL, spanning its bad keys',
        code: 'FROM a\nLABEL com.docker.x=1 Foo=2 ok=3 \\\n      bar-=4\nLABEL Other=1\n',
        errors: [
          { line: 2, column: 7, endLine: 3, endColumn: 11, messageId: 'invalidMany', message: 'Label keys `com.docker.x`, `Foo`, `bar-` break the label naming guidelines' },
          { line: 4, messageId: 'invalid' },
        ],
      },
    ],
  });
});
