import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/FromPlatformFlagConstDisallowed.js';
import { ruleTests } from './tester.js';

describe('FromPlatformFlagConstDisallowed (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM --platform=linux/amd64 scratch AS linux\n',
      'FROM --platform=linux/arm64 alpine AS build-arm64\n',
      'FROM --platform=$BUILDPLATFORM alpine\n',
      'FROM --platform=foobar alpine\n',
      'ARG P=linux/amd64\nFROM --platform=$P alpine\n',
      'FROM --platform=Linux/AArch64 alpine AS build-arm64\n',
    ],
    invalid: [
      {
        code: '\nFROM --platform=linux/amd64 scratch\n',
        errors: [
          { line: 2, column: 6, endColumn: 28, message: 'FROM --platform flag should not use constant value "linux/amd64"' },
        ],
        output: null,
      },
      {
        name: 'a single OS or architecture is a platform too',
        code: 'FROM --platform=linux alpine\nFROM --platform=arm64 alpine AS x\n',
        errors: [
          { line: 1, column: 6, endColumn: 22, message: 'FROM --platform flag should not use constant value "linux"' },
          { line: 2, column: 6, endColumn: 22, message: 'FROM --platform flag should not use constant value "arm64"' },
        ],
        output: null,
      },
      {
        name: 'reported as written, compared normalized',
        code: 'FROM --platform=Linux/AArch64 alpine AS foo\n',
        errors: [
          { line: 1, column: 6, endColumn: 30, message: 'FROM --platform flag should not use constant value "Linux/AArch64"' },
        ],
        output: null,
      },
    ],
  });
});

