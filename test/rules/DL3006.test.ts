import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3006.js';
import { ruleTests } from './tester.js';

describe('DL3006 untagged-base-image', () => {
  ruleTests(rule, {
    valid: [
      'FROM debian:12-slim\n',
      'FROM ruby@sha256:f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9aaaa\n',
      'FROM scratch\n',
      'FROM golang:1.22 AS build\nFROM build AS test\n',
      { name: 'stage names are case-insensitive in BuildKit', code: 'FROM golang:1.22 AS Build\nFROM build\n' },
      { name: 'an ARG without a default cannot be known (hadolint flags it)', code: 'ARG BASE\nFROM ${BASE}\n' },
      { name: 'an unset variable cannot be known', code: 'FROM ${VALUE}\n' },
      { name: 'a tag from an ARG default', code: 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim\n' },
      { name: 'an ARG that names an earlier stage', code: 'ARG ARCH=amd64\nFROM alpine:3.20 AS base-amd64\nFROM base-${ARCH}\n' },
      { name: 'a build arg overrides the default', code: 'ARG BASE=node\nFROM ${BASE}\n', buildArgs: { BASE: 'node:22' } },
    ],
    invalid: [
      {
        code: 'FROM debian\n',
        errors: [
          {
            line: 1,
            column: 6,
            endColumn: 12,
            messageId: 'untaggedKnown',
          },
        ],
        output: null,
      },
      {
        name: 'an image unknown to the size data',
        code: 'FROM quay.io/jupyter/base-notebook\n',
        errors: [{ line: 1, column: 6, endColumn: 35, message: 'Always tag the version of an image explicitly: `quay.io/jupyter/base-notebook` pulls whatever `latest` is at build time' }],
      },
      { name: 'resolved through the ARG default', code: 'ARG BASE=python\nFROM ${BASE} AS app\n', errors: [{ line: 2, column: 6, endColumn: 13, messageId: 'untaggedKnown' }] },
      { name: 'a registry port is not a tag', code: 'FROM localhost:5000/app\n', errors: [{ line: 1, messageId: 'untagged' }] },
      { name: 'a stage defined later is not a stage yet', code: 'FROM build\nFROM alpine:3.20 AS build\n', errors: [{ line: 1, messageId: 'untagged' }] },
      { name: 'an invalid reference is judged on its text, as hadolint does', code: 'FROM DEBIAN\n', errors: [{ line: 1, messageId: 'untagged' }] },
      {
        name: 'every untagged stage',
        code: 'FROM golang:1.9.3-alpine3.7 AS build\nFROM node AS unit-test\nFROM alpine:3.7\n',
        errors: [{ line: 2, column: 6, endColumn: 10 }],
      },
    ],
  });
});
