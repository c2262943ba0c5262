import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3059.js';
import { ruleTests } from './tester.js';

describe('DL3059 consecutive-run-instructions', () => {
  ruleTests(rule, {
    valid: [
      'FROM debian:10',
      'RUN /foo.sh\nWORKDIR /\nRUN /bar.sh',
      '# a comment\nRUN /foo.sh',
      'RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh\n',
      'RUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh\n',
      'RUN foo && bar\nRUN foobar\n',
      'RUN foobar\nRUN foo && bar\n',
      'RUN foo && bar\nRUN foo; bar\n',
      'RUN apt-get update && apt-get install -y curl\nRUN curl -fsSLO https://example.com/x\n',
      'RUN foo $(bar)\nRUN baz\n',
      'RUN /foo.sh\nONBUILD RUN /bar.sh\n',
      'FROM a\nRUN /foo.sh\nFROM b\nRUN /bar.sh\n',
      'RUN a\nRUN <<EOF\nb\nc\nEOF\n',
    ],
    invalid: [
      {
        code: 'RUN /foo.sh\n# a comment\nRUN /bar.sh',
        errors: [{ line: 3, column: 1, endColumn: 4, message: 'This RUN follows another single-command RUN: join them with `&&` into one layer' }],
        output: null,
      },
      {
        name: 'PowerShell joins commands with `;`',
        code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Install-WindowsFeature Web-Server\nRUN Remove-Item C:\\inetpub\\wwwroot\\*\n',
        errors: [{ line: 4, column: 1, endColumn: 4, messageId: 'consecutivePowerShell', message: 'This RUN follows another single-command RUN: join them with `;` into one layer' }],
        output: null,
      },
      { code: 'RUN /foo.sh\nRUN /bar.sh\nRUN /baz.sh', errors: [{ line: 2, messageId: 'consecutive' }, { line: 3 }] },
      {
        name: 'mount options in another order or spelling',
        code: 'RUN --mount=type=cache,target=/root/.cache,id=pip pip install a==1\nRUN --mount=id=pip,type=cache,dst=/root/.cache pip install b==1\n',
        errors: [{ line: 2 }],
      },
      { name: 'an if test is not a step', code: 'RUN if [ -f dummy.go ]; then sed -i s/a/b/ dummy.go; fi\nRUN make build\n', errors: [{ line: 2 }] },
      { code: 'RUN A=1\nRUN baz\n', errors: [{ line: 2 }] },
      { code: 'RUN a\nRUN <<EOF\nb\nEOF\n', errors: [{ line: 2 }] },
    ],
  });
});
