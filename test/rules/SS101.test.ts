import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS101.js';
import { ruleTests } from './tester.js';

describe('SS101 copy-context-before-dependency-install', () => {
  ruleTests(rule, {
    valid: [
      'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n',
      { name: 'dependencies fetched before the sources arrive', code: 'FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app .\n' },
      { name: 'a build whose downloads sit in a cache mount', code: 'FROM golang:1.22\nCOPY . .\nRUN --mount=type=cache,target=/go/pkg/mod go build -o /app .\n' },
      { name: 'installing the project itself is not a dependency step', code: 'FROM python:3.12\nCOPY . .\nRUN pip install .\n' },
      { name: 'npm run build needs the sources', code: 'FROM node:22\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n' },
      { name: 'copies from another stage', code: 'FROM node:22 AS src\nFROM node:22\nCOPY --from=src . .\nRUN npm ci\n' },
      {
        name: 'cargo-chef: the planner reads only the sources, cook builds the dependencies before they arrive',
        code:
          'FROM rust:1.82 AS chef\nRUN cargo install cargo-chef\nWORKDIR /app\nFROM chef AS planner\nCOPY . .\nRUN cargo chef prepare --recipe-path recipe.json\n' +
          'FROM chef AS builder\nCOPY --from=planner /app/recipe.json recipe.json\nRUN cargo chef cook --release --recipe-path recipe.json\nCOPY . .\nRUN cargo build --release\n',
      },
    ],
    invalid: [
      {
        name: 'the article’s naive Dockerfile: WORKDIR moves up with the install',
        code: 'FROM ubuntu:latest\nRUN apt-get update && apt-get install -y python3 pip\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nCMD ["python3", "app.py"]\n',
        errors: [
          {
            line: 3,
            column: 6,
            endColumn: 7,
            messageId: 'beforeInstall',
            message:
              '`COPY .` comes before `pip install -r requirements.txt` (line 5), so every code change reinstalls the dependencies: copy the requirements files and install them first',
          },
        ],
        output:
          'FROM ubuntu:latest\nRUN apt-get update && apt-get install -y python3 pip\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\nCOPY . /app\nCMD ["python3", "app.py"]\n',
      },
      {
        name: 'npm: the manifest copy keeps --chown, USER moves up, cache cleanup is allowed',
        code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node\nRUN npm ci && npm cache clean --force\nCMD ["node", "server.js"]\n',
        errors: [{ line: 3, column: 24, endColumn: 25, messageId: 'beforeInstall' }],
        output:
          'FROM node:22-alpine\nWORKDIR /app\nUSER node\nCOPY --chown=node:node package*.json ./\nRUN npm ci && npm cache clean --force\nCOPY --chown=node:node . .\nCMD ["node", "server.js"]\n',
      },
      {
        name: 'an absolute requirements path, as the article writes it',
        code: 'FROM python:3.12\nCOPY . /app\nRUN pip install -r /app/requirements.txt\n',
        errors: [{ line: 2, column: 6, endColumn: 7 }],
        output: 'FROM python:3.12\nCOPY requirements.txt /app/\nRUN pip install -r /app/requirements.txt\nCOPY . /app\n',
      },
      {
        name: 'requirement files in a subdirectory',
        code: 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY ./ /srv/\nRUN pip install --no-cache-dir -r requirements/prod.txt -r requirements/base.txt\n',
        errors: [{ line: 3, column: 6, endColumn: 8 }],
        output:
          'FROM python:3.12-slim\nWORKDIR /srv\nCOPY requirements/prod.txt requirements/base.txt requirements/\nRUN pip install --no-cache-dir -r requirements/prod.txt -r requirements/base.txt\nCOPY ./ /srv/\n',
      },
      {
        name: 'dotnet restore of the project in the working directory',
        code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\nRUN dotnet restore\nRUN dotnet publish -c Release -o /out\n',
        errors: [{ line: 3, column: 6, endColumn: 7 }],
        output: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY *.csproj ./\nRUN dotnet restore\nCOPY . .\nRUN dotnet publish -c Release -o /out\n',
      },
      {
        name: 'a build that downloads everything after the sources',
        code: 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n',
        errors: [
          {
            line: 3,
            column: 6,
            endColumn: 7,
            messageId: 'beforeBuild',
            message:
              '`COPY .` comes before `go build -o /app .` (line 4) and nothing fetched the dependencies earlier, so every code change downloads them again: copy `go.mod` and `go.sum` and run `go mod download` first',
          },
        ],
        output: null,
      },
      {
        name: 'a source directory copied first: no fix',
        code: 'FROM node:22\nWORKDIR /app\nCOPY src ./src\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
        errors: [{ line: 3, column: 6, endColumn: 9, message: '`COPY src` comes before `npm ci` (line 5), so every code change reinstalls the dependencies: copy `package.json` and the lockfile and install first' }],
        output: null,
      },
      { name: 'the RUN also builds: no fix', code: 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n', errors: [{ line: 3 }], output: null },
      {
        name: 'a WORKDIR after a relative COPY destination: no fix',
        code: 'FROM python:3.12\nCOPY . .\nWORKDIR /app\nRUN pip install -r requirements.txt\n',
        errors: [{ line: 2 }],
        output: null,
      },
    ],
  });
});
