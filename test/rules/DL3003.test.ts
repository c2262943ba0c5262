import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3003.js';
import { ruleTests } from './tester.js';

describe('DL3003 cd-instead-of-workdir', () => {
  ruleTests(rule, {
    valid: [
      'WORKDIR /opt',
      'RUN echo cd',
      'ONBUILD RUN cd /usr/src/app && make',
      { name: 'a PowerShell SHELL', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN cd C:\\app\n' },
    ],
    invalid: [
      {
        code: 'RUN cd /usr/src/app && make',
        errors: [{ line: 1, column: 5, endColumn: 20, message: 'Use WORKDIR rather than `cd /usr/src/app`: the directory change ends with this RUN' }],
        output: null,
      },
      { code: 'RUN (cd build && make)', errors: [{ line: 1, column: 6, endColumn: 14, messageId: 'cd' }] },
      { code: 'FROM alpine\nRUN <<EOF\nset -e\ncd /src\nmake\nEOF\n', errors: [{ line: 4, column: 1, endColumn: 8 }] },
    ],
  });
});
