import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3010.js';
import { ruleTests } from './tester.js';

describe('DL3010 copy-then-extract-archive', () => {
  ruleTests(rule, {
    valid: [
      'COPY package.json /usr/src/app',
      'COPY app.tar /x/\nRUN echo /x/app.tar',
      'COPY app.tar /x/\nRUN tar -tf /x/app.tar',
      'COPY app.tar /x/\nFROM b\nRUN tar -xf /x/app.tar',
      'COPY --from=build app.tar /x/\nRUN tar -xf /x/app.tar',
      'ADD app.tar /x/\nRUN tar -xf /x/app.tar',
      'RUN tar -xf /x/app.tar\nCOPY app.tar /x/',
      'COPY app.tar /x/b.tar\nRUN tar -xf app.tar',
      { name: 'a format ADD cannot unpack', code: 'COPY app.tar.lz /x/\nRUN tar -xf /x/app.tar.lz' },
      'ONBUILD COPY app.tar /x/\nONBUILD RUN tar -xf /x/app.tar',
    ],
    invalid: [
      {
        code: 'COPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n',
        errors: [{ line: 1, column: 6, endColumn: 22, message: '`packaged-app.tar` is unpacked by the RUN on line 2: ADD can unpack it while copying' }],
        output: null,
      },
      { code: 'COPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n', errors: [{ line: 1, column: 6, endColumn: 30, messageId: 'extracted' }] },
      { code: 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\foo.tar.gz"\nRUN tar -xf foo.tar.gz\n', errors: [{ line: 1, column: 6, endColumn: 26 }] },
      {
        name: 'old-style tar options, a relative path after cd, and each stage on its own',
        code: 'FROM alpine\nCOPY a.tar.gz /tmp/\nRUN cd /tmp && tar xzf a.tar.gz\nFROM alpine\nCOPY ["b.tgz", "/opt/"]\nWORKDIR /opt\nRUN gzip -d b.tgz\n',
        errors: [{ line: 2, column: 6, endColumn: 14 }, { line: 5, column: 7, endColumn: 14 }],
      },
      {
        name: 'only the copy that is unpacked',
        code: 'FROM alpine\nCOPY a.tar /x/\nCOPY a.tar /y/\nRUN tar -xf /y/a.tar\n',
        errors: [{ line: 3, column: 6, endColumn: 11 }],
      },
      { name: 'once per COPY', code: 'COPY a.tar.xz /x/\nRUN unxz /x/a.tar.xz\nRUN tar -xf /x/a.tar\nRUN tar --extract --file=/x/a.tar.xz\n', errors: [{ line: 1 }] },
    ],
  });
});
