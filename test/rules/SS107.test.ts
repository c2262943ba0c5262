import { describe } from 'vitest';
import { formatBytes, suggestSlimmerBase } from '../../src/engine/estimate/index.js';
import { rule } from '../../src/engine/rules/catalog/SS107.js';
import { ruleTests } from './tester.js';

/** The message for `python:3.12`, from the same data the rule reads, so a data refresh does not break the test. */
function expectedPythonMessage(): string {
  const suggestion = suggestSlimmerBase('python:3.12');
  if (suggestion === null) throw new Error('the size data no longer knows python:3.12');
  const source = `${suggestion.current.source.split('@')[0]}, ${suggestion.current.date?.slice(0, 10)}`;
  return (
    `\`python:3.12\` is a full image: \`${suggestion.reference}\` is about ${formatBytes(suggestion.compressedSavingBytes)} smaller to pull ` +
    `(estimate: ${formatBytes(suggestion.current.compressedBytes)} → ${formatBytes(suggestion.suggested.compressedBytes)} compressed, ${source})`
  );
}

describe('SS107 heavy-base-image', () => {
  ruleTests(rule, {
    valid: [
      'FROM python:3.12-slim\nCOPY . /app\n',
      { name: 'build stages may need the full toolchain', code: 'FROM python:3.12 AS build\nRUN pip wheel --wheel-dir /wheels numpy\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\n' },
      { name: 'slim is not pushed further to Alpine', code: 'FROM node:24-slim\n' },
      { name: 'Alpine would break the apt-get lines', code: 'FROM nginx:1.27\nRUN apt-get update && apt-get install -y curl\n' },
      { name: 'no lighter variant in the data', code: 'FROM ubuntu:24.04\n' },
      { name: 'unknown image', code: 'FROM example.com/app/base:1\n' },
      { name: 'a pinned release the data has no slim variant of: no floating slim of another release', code: 'FROM node:26-bookworm\n' },
      { name: 'a pinned Debian release is not pushed to Alpine', code: 'FROM nginx:1.27-bookworm\n' },
    ],
    invalid: [
      {
        name: 'python:3.12 → python:3.12-slim',
        code: 'FROM python:3.12\nCOPY . /app\nCMD ["python", "/app/main.py"]\n',
        errors: [{ line: 1, column: 6, endColumn: 17, messageId: 'heavier', message: expectedPythonMessage() }],
        output: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\n',
      },
      {
        name: 'a tag naming a release gets the slim variant of that release',
        code: 'FROM python:3.14-bookworm\n',
        errors: [
          {
            line: 1,
            messageId: 'heavier',
            message:
              '`python:3.14-bookworm` is a full image: `python:3.14-slim-bookworm` is about ≈ 340 MB smaller to pull ' +
              '(estimate: ≈ 385 MB → ≈ 44.8 MB compressed, docker-library/repo-info, 2026-07-14)',
          },
        ],
        output: 'FROM python:3.14-slim-bookworm\n',
      },
      {
        name: 'node names its slim variants <version>-<release>-slim',
        code: 'FROM node:22-bookworm\n',
        errors: [
          {
            line: 1,
            messageId: 'heavier',
            message:
              '`node:22-bookworm` is a full image: `node:22-bookworm-slim` is about ≈ 329 MB smaller to pull ' +
              '(estimate: ≈ 408 MB → ≈ 79.9 MB compressed, docker-library/repo-info, 2026-09-19)',
          },
        ],
        output: 'FROM node:22-bookworm-slim\n',
      },
      {
        name: 'a release the data knows only for another version: compared within that release, no fix',
        code: 'FROM python:3.12-bookworm\n',
        errors: [
          {
            line: 1,
            messageId: 'heavierNearby',
            message:
              '`python:3.12-bookworm` is a full image: its `-slim` variant is likely much smaller (estimate for the nearest tag shipshape knows: ' +
              '`python:3-bookworm` ≈ 385 MB → `python:3.14-slim-bookworm` ≈ 44.8 MB compressed, docker-library/repo-info, 2026-07-14)',
          },
        ],
        output: null,
      },
      {
        name: 'the registry prefix is kept; the base is the root of the final stage’s chain',
        code: 'FROM docker.io/library/node:24 AS base\nFROM base\nCMD ["node", "server.js"]\n',
        errors: [{ line: 1, column: 6, endColumn: 31, messageId: 'heavier' }],
        output: 'FROM docker.io/library/node:24-slim AS base\nFROM base\nCMD ["node", "server.js"]\n',
      },
      {
        name: 'an implicit latest gets an explicit tag; Alpine comes with its caveat',
        code: 'FROM nginx\nCOPY site /usr/share/nginx/html\n',
        errors: [{ line: 1, column: 6, endColumn: 11, messageId: 'heavierAlpine' }],
        output: 'FROM nginx:alpine\nCOPY site /usr/share/nginx/html\n',
      },
      { name: 'a tag the data only knows by its family: no fix', code: 'FROM python:3.12.3\nCMD ["python"]\n', errors: [{ line: 1, messageId: 'heavierNearby' }], output: null },
      {
        name: 'pinned by digest: no fix',
        code: 'FROM python:3.12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
        errors: [{ line: 1, messageId: 'heavier' }],
        output: null,
      },
      { name: 'a tag from an ARG: no fix', code: 'ARG PY=3.12\nFROM python:${PY}\n', errors: [{ line: 2, column: 6, endColumn: 18, messageId: 'heavier' }], output: null },
    ],
  });
});
