import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3007.js';
import { ruleTests } from './tester.js';

describe('DL3007 latest-base-image-tag', () => {
  ruleTests(rule, {
    valid: [
      'FROM debian:jessie\n',
      'FROM debian\n',
      'FROM scratch\n',
      { name: 'a digest pins it', code: 'FROM hub.docker.io/debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n' },
      { name: 'tags are case-sensitive', code: 'FROM debian:LATEST\n' },
      { name: 'an unresolved tag', code: 'ARG TAG\nFROM debian:${TAG}\n' },
    ],
    invalid: [
      {
        code: 'FROM debian:latest\n',
        errors: [
          {
            line: 1,
            column: 6,
            endColumn: 19,
            messageId: 'latestKnown',
          },
        ],
        output: null,
      },
      { code: 'FROM foo/bar:latest AS x\n', errors: [{ line: 1, column: 6, endColumn: 20, messageId: 'latest' }] },
      { name: 'an unknown registry before a literal :latest', code: 'ARG REGISTRY\nFROM ${REGISTRY}/app:latest\n', errors: [{ line: 2, column: 6, endColumn: 28, messageId: 'latest' }] },
      { name: 'latest from an ARG default', code: 'ARG NODE_TAG=latest\nFROM node:$NODE_TAG\n', errors: [{ line: 2, messageId: 'latestKnown' }] },
    ],
  });
});
