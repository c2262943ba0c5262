import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3025.js';
import { ruleTests } from './tester.js';

describe('DL3025 shell-form-cmd-entrypoint', () => {
  ruleTests(rule, {
    valid: [
      'CMD ["node", "server.js"]\n',
      'ENTRYPOINT ["/docker-entrypoint.sh"]\n',
      'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n',
      'HEALTHCHECK NONE\n',
      { name: 'JSON form spread over continuation lines', code: 'CMD [ "/bin/sh", "-c", \\\n      "echo foo && \\\n       echo bar" \\\n    ]\n' },
      { name: 'ONBUILD triggers are not checked (as hadolint)', code: 'FROM node:22\nONBUILD CMD npm start\n' },
      'RUN echo hello\n',
    ],
    invalid: [
      {
        name: 'a shell command over continuation lines becomes one line, quoted spaces kept',
        code: 'FROM alpine:3.20\nCMD echo "a  \\\n   b" && \\\n    exec server \\\n      --port 80\n',
        errors: [{ line: 2, messageId: 'shellForm' }],
        output: 'FROM alpine:3.20\nCMD ["/bin/sh", "-c", "echo \\"a     b\\" && exec server --port 80"]\n',
      },
      {
        name: 'a JSON array with a typo gets no fix: it needs its quote closed, not a shell',
        code: 'FROM node:22\nCMD ["npm", "run", "start]\n',
        errors: [{ line: 2, messageId: 'shellForm' }],
        output: null,
      },
      {
        name: 'a plain command becomes its own argv',
        code: 'FROM node:22\nCMD node server.js --port=3000\n',
        errors: [{ line: 2, column: 5, endColumn: 31, messageId: 'shellForm', message: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments: CMD is in shell form' }],
        output: 'FROM node:22\nCMD ["node", "server.js", "--port=3000"]\n',
      },
      {
        code: 'FROM node as foo\nENTRYPOINT something\n',
        errors: [{ line: 2, column: 12, endColumn: 21, message: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments: ENTRYPOINT is in shell form' }],
        output: 'FROM node as foo\nENTRYPOINT ["something"]\n',
      },
      {
        name: 'shell syntax keeps the shell',
        code: 'FROM alpine:3.20\nCMD echo $HOME && ls\n',
        errors: [{ line: 2 }],
        output: 'FROM alpine:3.20\nCMD ["/bin/sh", "-c", "echo $HOME && ls"]\n',
      },
      {
        name: 'quotes are escaped for JSON',
        code: 'CMD echo "a \\"b\\""\n',
        errors: [{ line: 1 }],
        output: 'CMD ["/bin/sh", "-c", "echo \\"a \\\\\\"b\\\\\\"\\""]\n',
      },
      {
        name: 'exec is what exec form does already',
        code: 'ENTRYPOINT exec \\\n  node app.js\n',
        errors: [{ line: 1, column: 12, endLine: 2, endColumn: 14 }],
        output: 'ENTRYPOINT ["node", "app.js"]\n',
      },
      { name: 'shell builtins need the shell', code: 'CMD cd /srv\n', errors: [{ line: 1 }], output: 'CMD ["/bin/sh", "-c", "cd /srv"]\n' },
      { name: 'an assignment prefix needs the shell', code: 'CMD FOO=1 run\n', errors: [{ line: 1 }], output: 'CMD ["/bin/sh", "-c", "FOO=1 run"]\n' },
      {
        name: 'the SHELL in effect runs it',
        code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD Write-Host hi; exit 0\n',
        errors: [{ line: 3 }],
        output: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD ["powershell", "-Command", "Write-Host hi; exit 0"]\n',
      },
      {
        code: 'HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1\n',
        errors: [{ line: 1, column: 31, endColumn: 66, message: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments: HEALTHCHECK CMD is in shell form' }],
        output: 'HEALTHCHECK --interval=5s CMD ["/bin/sh", "-c", "curl -f http://localhost/ || exit 1"]\n',
      },
    ],
  });
});
