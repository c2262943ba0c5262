import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3029.js';
import { ruleTests } from './tester.js';

describe('DL3029 from-platform-fixed', () => {
  ruleTests(rule, {
    valid: [
      'FROM debian:jessie\n',
      'FROM --platform=$BUILDPLATFORM debian:jessie\n',
      'FROM --platform=${BUILDPLATFORM} debian:jessie\n',
      'FROM --platform="${BUILDPLATFORM:-}" debian:jessie\n',
      'FROM --platform=$TARGETPLATFORM debian:jessie\n',
      { name: 'any predefined platform variable follows the build (hadolint flags it)', code: 'FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20\n' },
      { name: 'an ARG without a default is chosen by the caller', code: 'ARG PLATFORM\nFROM --platform=$PLATFORM alpine:3.20\n' },
    ],
    invalid: [
      {
        code: 'FROM --platform=linux debian:jessie\n',
        errors: [{ line: 1, column: 6, endColumn: 22, messageId: 'fixed', message: 'Do not use --platform flag with FROM: `linux` is fixed, not $BUILDPLATFORM or $TARGETPLATFORM' }],
        output: null,
      },
      { name: 'even when the stage name says so', code: 'FROM --platform=linux/amd64 node:22 AS build-amd64\n', errors: [{ line: 1, messageId: 'fixed' }] },
      {
        name: 'an ARG default is still a fixed platform',
        code: 'ARG PLATFORM=linux/amd64\nFROM --platform=$PLATFORM alpine:3.20\n',
        errors: [{ line: 2, column: 6, endColumn: 26, message: 'Do not use --platform flag with FROM: `$PLATFORM` is `linux/amd64` unless overridden, not $BUILDPLATFORM or $TARGETPLATFORM' }],
      },
    ],
  });
});
