import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3047.js';
import { ruleTests } from './tester.js';

describe('DL3047 wget-without-progress-setting', () => {
  ruleTests(rule, {
    valid: [
      'FROM node as foo\nRUN wget --progress=dot:giga my.xyz\n',
      'FROM node as foo\nRUN wget -q my.xyz\n',
      'FROM node as foo\nRUN wget -qO- my.xyz | tar x\n',
      'FROM node as foo\nRUN wget --quiet my.xyz\n',
      'FROM node as foo\nRUN wget -nv my.xyz\n',
      'FROM node as foo\nRUN wget --no-verbose my.xyz\n',
      'FROM node as foo\nRUN wget --output-file=/tmp/wget.log my.xyz\n',
      'FROM node as foo\nRUN wget -o /tmp/wget.log my.xyz\n',
      'FROM node as foo\nRUN wget --append-output=/tmp/wget.log my.xyz\n',
      'FROM node as foo\nRUN wget -a /tmp/wget.log my.xyz\n',
      'RUN /usr/bin/wget my.xyz',
      { name: 'PowerShell, where wget is Invoke-WebRequest', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN wget https://example.com/a.zip -OutFile a.zip\n' },
    ],
    invalid: [
      {
        name: 'an image without a known wget: the GNU option, for review',
        code: 'FROM node as foo\nRUN wget my.xyz\n',
        errors: [{ line: 2, column: 5, endColumn: 9, message: '`wget` without a progress setting floods the build log: add `--progress=dot:giga`, `-nv` or `-q`' }],
        output: 'FROM node as foo\nRUN wget --progress=dot:giga my.xyz\n',
      },
      {
        name: 'busybox wget only knows -q',
        code: 'FROM alpine:3.20\nRUN wget -nc https://example.com/a && wget -O- https://example.com/b | sh\n',
        errors: [{ line: 2, column: 5, endColumn: 9, messageId: 'noProgress' }],
        output: 'FROM alpine:3.20\nRUN wget -q -nc https://example.com/a && wget -q -O- https://example.com/b | sh\n',
      },
      { code: 'ONBUILD RUN wget https://example.com/a', errors: [{ line: 1, column: 13, endColumn: 17 }] },
    ],
  });
});
