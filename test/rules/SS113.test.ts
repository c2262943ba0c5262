import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS113.js';
import { ruleTests } from './tester.js';

describe('SS113 healthcheck-tool-missing', () => {
  ruleTests(rule, {
    valid: [
      { name: 'installed by an earlier RUN', code: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nHEALTHCHECK CMD curl -f http://localhost/\n' },
      { name: 'installed in a parent stage', code: 'FROM python:3.12-slim AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nHEALTHCHECK CMD curl -f http://localhost/\n' },
      { name: 'packages named through a variable may include it', code: 'FROM python:3.12-slim\nRUN apt-get install -y $TOOLS\nHEALTHCHECK CMD curl -f http://localhost/\n' },
      { name: 'the full image ships curl', code: 'FROM python:3.12\nHEALTHCHECK CMD curl -f http://localhost/\n' },
      { name: 'Alpine has busybox wget', code: 'FROM node:22-alpine\nHEALTHCHECK CMD wget -q --spider http://localhost:3000/ || exit 1\n' },
      { name: 'unknown (null) in the inventory: never warn', code: 'FROM rust:1-slim\nHEALTHCHECK CMD curl -f http://localhost/\n' },
      { name: 'copied in from another image', code: 'FROM python:3.12-slim\nCOPY --from=curlimages/curl:8.8.0 /usr/bin/curl /usr/bin/curl\nHEALTHCHECK CMD curl -f http://localhost/\n' },
      { name: 'an earlier RUN already calls it, so something put it there', code: 'FROM node:22-slim\nRUN ./setup.sh && curl --version\nHEALTHCHECK CMD curl -f http://localhost/\n' },
      { name: 'curl or else wget: wget is there', code: 'FROM node:22-alpine\nHEALTHCHECK CMD curl -f http://localhost/ || wget -q --spider http://localhost/ || exit 1\n' },
      { name: 'a script the Dockerfile does not show may install it', code: 'FROM python:3.12-slim\nCOPY install-deps.sh /tmp/\nRUN /tmp/install-deps.sh\nHEALTHCHECK CMD curl -f http://localhost/\n' },
      { name: 'a script run through a shell', code: 'FROM python:3.12-slim\nCOPY . /app\nRUN bash /app/setup.sh\nHEALTHCHECK CMD curl -f http://localhost/\n' },
      { name: 'only the last HEALTHCHECK counts', code: 'FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost/\nHEALTHCHECK NONE\n' },
      { name: 'only the final stage ships', code: 'FROM python:3.12-slim AS test\nHEALTHCHECK CMD curl -f http://localhost/\nFROM python:3.12\n' },
    ],
    invalid: [
      {
        name: 'curl or else wget, and the slim image has neither',
        code: 'FROM python:3.12-slim\nRUN chmod 755 /srv\nHEALTHCHECK CMD curl -f http://localhost/ || wget -q -O- http://localhost/\n',
        errors: [{ line: 3, column: 17, endColumn: 21, messageId: 'missing' }],
        output: null,
      },
      {
        name: 'the tutorial HEALTHCHECK on a slim image',
        code: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\nHEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1\n',
        errors: [
          {
            line: 4,
            column: 17,
            endColumn: 21,
            messageId: 'missing',
            message: '`curl` is not in `python:3.12-slim` and no earlier RUN installs it: this HEALTHCHECK can never pass',
          },
        ],
        output: null,
      },
      {
        name: 'exec form, after options and a line continuation',
        code: 'FROM node:22-slim\nHEALTHCHECK --interval=30s \\\n  CMD ["curl", "-f", "http://localhost:3000/"]\n',
        errors: [{ line: 3, column: 8, endColumn: 14, messageId: 'missing' }],
        output: null,
      },
      {
        name: 'wget inside `sh -c`: the whole script is marked',
        code: 'FROM debian:bookworm-slim\nHEALTHCHECK CMD ["sh", "-c", "wget -qO- http://localhost/ || exit 1"]\n',
        errors: [{ line: 2, column: 30, endColumn: 69, messageId: 'missing' }],
        output: null,
      },
      {
        name: 'curl on Alpine: wget is there instead',
        code: 'FROM python:3.12-alpine\nHEALTHCHECK CMD curl -f http://localhost/\n',
        errors: [
          {
            line: 2,
            column: 17,
            endColumn: 21,
            messageId: 'missingUseWget',
            message: '`curl` is not in `python:3.12-alpine` and no earlier RUN installs it: this HEALTHCHECK can never pass (the image has `wget`)',
          },
        ],
        output: null,
      },
      {
        name: 'distroless has neither',
        code: 'FROM gcr.io/distroless/nodejs22-debian13\nCOPY . /app\nHEALTHCHECK CMD ["/usr/bin/wget", "-q", "http://localhost/"]\n',
        errors: [{ line: 3, column: 18, endColumn: 33, messageId: 'missing' }],
        output: null,
      },
    ],
  });
});
