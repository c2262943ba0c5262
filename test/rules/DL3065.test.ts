import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3065.js';
import { ruleTests } from './tester.js';

describe('DL3065 from-platform-redundant', () => {
  ruleTests(rule, {
    valid: ['FROM alpine:3.24\n', 'FROM --platform=foobar alpine:3.24\n', 'FROM --platform=$BUILDPLATFORM alpine:3.24\n', 'FROM --platform=$TARGETOS/$TARGETARCH alpine:3.24\n'],
    invalid: [
      {
        code: 'FROM --platform=$TARGETPLATFORM alpine:3.24\n',
        errors: [
          { line: 1, column: 6, endColumn: 32, messageId: 'redundant', message: 'Setting `FROM --platform` to predefined `$TARGETPLATFORM` is redundant as this is the default behavior' },
        ],
        output: 'FROM alpine:3.24\n',
      },
      { code: 'FROM  --platform=${TARGETPLATFORM}   alpine:3.24 AS x\n', errors: [{ line: 1, column: 7, endColumn: 35 }], output: 'FROM  alpine:3.24 AS x\n' },
      { name: 'quotes are removed by the parser', code: 'FROM --platform="$TARGETPLATFORM" alpine:3.24\n', errors: [{ line: 1 }], output: 'FROM alpine:3.24\n' },
    ],
  });
});
