import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS106.js';
import { ruleTests } from './tester.js';

/** Assembled from pieces so no credential-shaped literal sits in the repository; never issued. */
const GITHUB_TOKEN = ['ghp', '_', 'Aq7Lm2Xv9Rt4Kw8Np1Zc6Yb3Jd5Fg0Sh2Ue4Ix'].join('');

describe('SS106 secret-in-image', () => {
  ruleTests(rule, {
    valid: [
      'FROM alpine:3.20\nARG GITHUB_TOKEN\nRUN --mount=type=secret,id=gh_token GITHUB_TOKEN="$(cat /run/secrets/gh_token)" ./fetch.sh\n',
      { name: 'AWS’s documented example key', code: 'FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n' },
      { name: 'an example dotenv file', code: 'FROM python:3.12-slim\nCOPY .env.example /app/.env.example\n' },
      { name: 'certificates are public', code: 'FROM nginx:1.27\nCOPY certs/fullchain.pem /etc/nginx/certs/\n' },
      { name: 'an apt signing key', code: 'FROM debian:bookworm-slim\nCOPY repo.key /etc/apt/keyrings/repo.key\n' },
      { name: 'credential files in a build stage do not ship', code: 'FROM node:22 AS build\nCOPY .npmrc package.json ./\nRUN npm ci\nFROM node:22-slim\nCOPY --from=build /node_modules /app/node_modules\n' },
      { name: 'placeholder passwords', code: 'FROM alpine\nENV DATABASE_URL=postgres://user:password@localhost:5432/app\n' },
    ],
    invalid: [
      {
        name: 'a .env file copied into the final image',
        code: 'FROM python:3.12-slim\nCOPY .env /app/.env\n',
        errors: [
          {
            line: 2,
            column: 6,
            endColumn: 10,
            messageId: 'file',
            message: '`.env` looks like a dotenv file: copying it bakes it into a layer; use `RUN --mount=type=secret` at build time, or a secret or volume at run time',
          },
        ],
        output: null,
      },
      {
        name: 'a password in a URL, in a RUN and in a comment',
        code: 'FROM alpine:3.20\n# token: https://ci:Zx81-qq@git.example.com\nRUN wget -q https://deploy:s3cr3t-Pa55@repo.example.com/pkg.tgz\n',
        errors: [
          {
            line: 2,
            column: 21,
            endColumn: 28,
            messageId: 'comment',
            message: 'This comment holds what looks like a real password in a URL: it is not in the image, but it is in the Dockerfile and anywhere it is shared',
          },
          {
            line: 3,
            column: 28,
            endColumn: 39,
            messageId: 'value',
            message: 'This looks like a real password in a URL: it is stored in the image and in the Dockerfile; use a build secret (`RUN --mount=type=secret`) or pass it at run time',
          },
        ],
        output: null,
      },
      {
        name: 'a token in an ONBUILD trigger',
        code: `FROM alpine\nONBUILD ARG TOKEN=${GITHUB_TOKEN}\n`,
        errors: [{ line: 2, column: 19, endColumn: 61, messageId: 'value', message: 'This looks like a real GitHub token: it is stored in the image and in the Dockerfile; use a build secret (`RUN --mount=type=secret`) or pass it at run time' }],
        output: null,
      },
      {
        name: 'private keys by destination and by name',
        code: 'FROM node:22-slim\nCOPY ["secrets/deploy", "/root/.ssh/id_ed25519"]\nCOPY certs/server.pem certs/server-key.pem /etc/ssl/\n',
        errors: [
          { line: 2, column: 25, endColumn: 48, messageId: 'file', message: '`/root/.ssh/id_ed25519` looks like an SSH private key: copying it bakes it into a layer; use `RUN --mount=type=secret` at build time, or a secret or volume at run time' },
          { line: 3, column: 23, endColumn: 43, messageId: 'file' },
        ],
        output: null,
      },
      {
        name: 'a file copied into a parent of the final stage',
        code: 'FROM node:22-slim AS base\nCOPY .npmrc /root/.npmrc\nFROM base\n',
        errors: [{ line: 2, column: 6, endColumn: 12, messageId: 'file' }],
        output: null,
      },
    ],
  });
});
