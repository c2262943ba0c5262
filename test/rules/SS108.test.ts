import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS108.js';
import { ruleTests } from './tester.js';

describe('SS108 build-tools-in-final-image', () => {
  ruleTests(rule, {
    valid: [
      'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /server .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /server /server\nCMD ["/server"]\n',
      {
        name: 'build dependencies purged in the same RUN',
        code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && make && apk del .build-deps\nCMD ["/app"]\n',
      },
      { name: 'a development image whose command is a shell', code: 'FROM golang:1.22\nRUN go build -o /x .\nCMD ["bash"]\n' },
      { name: 'no command at all: a base or toolchain image', code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y build-essential\n' },
      { name: '`go install tool@version` fetches a tool', code: 'FROM golang:1.22\nRUN go install golang.org/x/tools/cmd/goimports@latest\nENTRYPOINT ["goimports"]\n' },
    ],
    invalid: [
      {
        name: 'go build in the only stage',
        code: 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /server .\nCMD ["/server"]\n',
        errors: [
          {
            line: 4,
            column: 5,
            endColumn: 26,
            messageId: 'singleStage',
            message:
              '`go build -o /server .` runs in the only stage, so the image ships the Go toolchain and module cache: build in a separate stage and COPY --from only the result',
          },
        ],
        output: null,
      },
      {
        name: 'a compiler installed and kept',
        code: 'FROM python:3.12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends build-essential\nCMD ["python", "main.py"]\n',
        errors: [
          {
            line: 3,
            column: 48,
            endColumn: 63,
            messageId: 'singleStage',
            message:
              '`apt-get install build-essential` runs in the only stage, so the image ships a C/C++ compiler toolchain: build in a separate stage and COPY --from only the result',
          },
        ],
        output: null,
      },
      {
        name: 'npm run build in the final stage of a multi-stage build',
        code: 'FROM node:22 AS deps\nRUN npm ci\nFROM node:22-slim\nCOPY --from=deps /node_modules ./node_modules\nRUN npm run build\nCMD ["node", "dist/main.js"]\n',
        errors: [{ line: 5, column: 5, endColumn: 18, messageId: 'finalStage' }],
        output: null,
      },
      {
        name: 'make where the base image has gcc',
        code: 'FROM python:3.12\nRUN make install\nCMD ["python", "app.py"]\n',
        errors: [{ line: 2, column: 5, endColumn: 17, message: '`make install` runs in the only stage, so the image ships the C toolchain and the build tree: build in a separate stage and COPY --from only the result' }],
        output: null,
      },
      { name: 'versioned compiler packages', code: 'FROM ubuntu:22.04\nRUN apt-get install -y g++-12\nENTRYPOINT ["/opt/app"]\n', errors: [{ line: 2, column: 24, endColumn: 30 }], output: null },
    ],
  });
});
