import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/InvalidDefaultArgInFrom.js';
import { ruleTests } from './tester.js';

describe('InvalidDefaultArgInFrom (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'ARG VERSION=3.20\nFROM alpine:$VERSION\n',
      { code: 'ARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n', buildArgs: { BUSYBOX_VARIANT: '-musl' } },
      'FROM scratch\n',
      'ARG IMAGE=alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM $IMAGE\n',
    ],
    invalid: [
      {
        code: '\nARG VERSION\nFROM busybox:$VERSION\n',
        buildArgs: { VERSION: 'latest' },
        errors: [
          { line: 3, column: 6, endColumn: 22, message: 'Default value for ARG busybox:$VERSION results in empty or invalid base image name' },
        ],
        output: null,
      },
      {
        code: '\nARG SFX="box:"\nFROM busy${SFX}\n',
        buildArgs: { SFX: 'box:latest' },
        errors: [
          { line: 3, column: 6, endColumn: 16, message: 'Default value for ARG busy${SFX} results in empty or invalid base image name' },
        ],
        output: null,
      },
      {
        name: 'an empty name and an uppercase repository',
        code: 'ARG IMAGE\nFROM ${IMAGE}\nFROM Alpine\n',
        errors: [
          { line: 2, column: 6, endColumn: 14, message: 'Default value for ARG ${IMAGE} results in empty or invalid base image name' },
          { line: 3, column: 6, endColumn: 12, message: 'Default value for ARG Alpine results in empty or invalid base image name' },
        ],
        output: null,
      },
      {
        name: 'a digest of the wrong length',
        code: 'FROM alpine@sha256:0123456789abcdef0123456789abcdef\n',
        errors: [
          { line: 1, column: 6, endColumn: 52, message: 'Default value for ARG alpine@sha256:0123456789abcdef0123456789abcdef results in empty or invalid base image name' },
        ],
        output: null,
      },
    ],
  });
});

