import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/RedundantTargetPlatform.js';
import { ruleTests } from './tester.js';

describe('RedundantTargetPlatform (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM alpine\n',
      'FROM --platform=$BUILDPLATFORM alpine\n',
      'FROM --platform=linux/amd64 alpine AS amd64\n',
      'FROM --platform=${TARGETPLATFORM}-x alpine\n',
      'FROM --platform=$TARGETPLATFORM$EXTRA alpine\n',
    ],
    invalid: [
      {
        code: '\nFROM --platform=${TARGETPLATFORM} scratch\n',
        errors: [
          { line: 2, column: 6, endColumn: 34, message: 'Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior' },
        ],
        output: '\nFROM scratch\n',
      },
      {
        code: 'FROM --platform=$TARGETPLATFORM  alpine AS build\n',
        errors: [
          { line: 1, column: 6, endColumn: 32, message: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior' },
        ],
        output: 'FROM alpine AS build\n',
      },
    ],
  });
});

