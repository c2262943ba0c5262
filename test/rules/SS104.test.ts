import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS104.js';
import { ruleTests } from './tester.js';

describe('SS104 runs-as-root', () => {
  ruleTests(rule, {
    valid: [
      'FROM python:3.12-slim\nRUN useradd --system app\nUSER app\nCMD ["python", "main.py"]\n',
      { name: 'an explicit USER root is DL3002’s business', code: 'FROM python:3.12-slim\nUSER root\nCMD ["python"]\n' },
      { name: 'USER set in a parent stage', code: 'FROM node:22-slim AS base\nUSER node\nFROM base\nCMD ["node", "server.js"]\n' },
      { name: 'distroless :nonroot', code: 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY server /server\nENTRYPOINT ["/server"]\n' },
      { name: 'Chainguard runs as nonroot', code: 'FROM cgr.dev/chainguard/static:latest\nCOPY server /server\nENTRYPOINT ["/server"]\n' },
      { name: 'the entrypoint drops privileges with gosu', code: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y gosu\nENTRYPOINT ["docker-entrypoint.sh"]\n' },
      { name: 'a scratch stage with nothing to run exports files', code: 'FROM alpine:3.20 AS build\nRUN echo hi > /out\nFROM scratch\nCOPY --from=build /out /\n' },
      { name: 'Windows images have no root', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["cmd"]\n' },
      { name: 'the official postgres entrypoint starts the server as postgres', code: 'FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n' },
      { name: 'redis from Docker Hub with its registry spelled out', code: 'FROM docker.io/library/redis:7\nCOPY redis.conf /usr/local/etc/redis/\nCMD ["redis-server", "/usr/local/etc/redis/redis.conf"]\n' },
      { name: 'chiseled .NET images default to a non-root user', code: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled\nENTRYPOINT ["dotnet", "app.dll"]\n' },
    ],
    invalid: [
      {
        name: 'Debian-based: useradd before CMD',
        code: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\n',
        errors: [
          {
            line: 1,
            column: 6,
            endColumn: 22,
            messageId: 'rootByDefault',
            message: 'The final stage never sets a non-root USER and `python:3.12-slim` runs as root by default: the service runs as root',
          },
        ],
        output:
          'FROM python:3.12-slim\nCOPY . /app\nRUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --create-home app\nUSER 10001:10001\nCMD ["python", "/app/main.py"]\n',
      },
      {
        name: 'Alpine: busybox adduser before the first of ENTRYPOINT/CMD',
        code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["node"]\nCMD ["server.js"]\n',
        errors: [{ line: 1, column: 6, endColumn: 20, messageId: 'rootByDefault' }],
        output: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app\nUSER 10001:10001\nENTRYPOINT ["node"]\nCMD ["server.js"]\n',
      },
      {
        name: 'distroless without :nonroot',
        code: 'FROM golang:1.22 AS build\nRUN go build -o /server .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /server /server\nENTRYPOINT ["/server"]',
        errors: [{ line: 3, column: 6, endColumn: 39, messageId: 'rootByDefault' }],
        output: 'FROM golang:1.22 AS build\nRUN go build -o /server .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /server /server\nUSER 65532:65532\nENTRYPOINT ["/server"]',
      },
      {
        name: 'scratch: a numeric user, since there is no /etc/passwd',
        code: 'FROM scratch\nCOPY server /server\nENTRYPOINT ["/server"]\n',
        errors: [{ line: 1, column: 6, endColumn: 13, messageId: 'rootByDefault' }],
        output: 'FROM scratch\nCOPY server /server\nUSER 65534:65534\nENTRYPOINT ["/server"]\n',
      },
      {
        name: 'unknown base, distro inferred from its apt-get',
        code: 'FROM example.com/team/base:1\nRUN apt-get update && apt-get install -y curl\nCMD ["app"]\n',
        errors: [
          {
            line: 1,
            column: 6,
            endColumn: 29,
            messageId: 'unknownBase',
            message: 'The final stage never sets a USER: unless `example.com/team/base:1` itself switches to a non-root user, the service runs as root',
          },
        ],
        output: 'FROM example.com/team/base:1\nRUN apt-get update && apt-get install -y curl\nRUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --create-home app\nUSER 10001:10001\nCMD ["app"]\n',
      },
      {
        name: 'replacing the postgres entrypoint loses its switch to the postgres user',
        code: 'FROM postgres:16\nENTRYPOINT ["postgres"]\n',
        errors: [{ line: 1, column: 6, endColumn: 17, messageId: 'rootByDefault' }],
        output: 'FROM postgres:16\nRUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --create-home app\nUSER 10001:10001\nENTRYPOINT ["postgres"]\n',
      },
      {
        name: 'a stage with nothing to run talks of its containers, not a service',
        code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir pytest\n',
        errors: [
          {
            line: 1,
            column: 6,
            endColumn: 22,
            messageId: 'rootByDefaultNoCommand',
            message: 'The final stage never sets a non-root USER and `python:3.12-slim` runs as root by default: its containers run as root',
          },
        ],
        output: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir pytest\nRUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --create-home app\nUSER 10001:10001\n',
      },
      {
        name: 'the user goes above the comments of the CMD, pragmas included',
        code: 'FROM python:3.12-slim\n# start the app\n# hadolint ignore=DL3025\nCMD python app.py\n',
        errors: [{ line: 1, messageId: 'rootByDefault' }],
        output:
          'FROM python:3.12-slim\nRUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --create-home app\nUSER 10001:10001\n# start the app\n# hadolint ignore=DL3025\nCMD python app.py\n',
      },
      {
        name: 'a lowercase file gets lowercase instructions',
        code: 'from alpine:3.20\ncopy app /app\ncmd ["/app"]\n',
        errors: [{ line: 1, messageId: 'rootByDefault' }],
        output: 'from alpine:3.20\ncopy app /app\nrun addgroup -S -g 10001 app && adduser -S -u 10001 -G app app\nuser 10001:10001\ncmd ["/app"]\n',
      },
      {
        name: 'no fix after a RUN whose last line continues: BuildKit would join the new lines to it',
        code: 'FROM python:3.12-slim\nRUN pip install torch \\\n    --extra-index-url https://download.pytorch.org/whl/cu116 \\\n\n',
        errors: [{ line: 1, messageId: 'rootByDefaultNoCommand' }],
        output: null,
      },
      { name: 'unknown base and distro: no fix', code: 'FROM example.com/team/base:1\nCMD ["app"]\n', errors: [{ line: 1, messageId: 'unknownBase' }], output: null },
      {
        name: 'a final stage without instructions: the user goes after FROM',
        code: 'FROM python:3.12-slim AS base\nCMD ["python"]\nFROM base\n',
        errors: [{ line: 3, column: 6, endColumn: 10 }],
        output: 'FROM python:3.12-slim AS base\nCMD ["python"]\nFROM base\nRUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --create-home app\nUSER 10001:10001\n',
      },
    ],
  });
});
