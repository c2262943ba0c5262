import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/UndefinedArgInFrom.js';
import { ruleTests } from './tester.js';

describe('UndefinedArgInFrom (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'ARG base=scratch\nFROM $base\n',
      'FROM --platform=$BUILDPLATFORM scratch\n',
      'ARG DEBUG\nFROM scra${DEBUG:-tch}\n',
      'FROM alpine:$TARGETOS$TARGETOSVERSION$TARGETSTAGE\n',
    ],
    invalid: [
      {
        code: '\nFROM --platform=$BULIDPLATFORM scratch\n',
        errors: [
          { line: 2, column: 17, endColumn: 31, message: "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)" },
        ],
        output: null,
      },
      {
        code: 'ARG tag=latest\nFROM busybox:${tag}${version} AS b\n',
        errors: [
          { line: 2, column: 20, endColumn: 30, message: "FROM argument 'version' is not declared" },
        ],
        output: null,
      },
      {
        name: 'a build arg does not declare the name',
        code: 'FROM alpine:$VERSION\n',
        buildArgs: { VERSION: '3.20' },
        errors: [
          { line: 1, column: 13, endColumn: 21, message: "FROM argument 'VERSION' is not declared" },
        ],
        output: null,
      },
    ],
  });
});

