import { describe, expect, it } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS114.js';
import { ruleTests, runRule } from './tester.js';

describe('SS114 shell-form-without-shell', () => {
  ruleTests(rule, {
    valid: [
      'FROM scratch\nCOPY server /server\nCMD ["/server", "--port", "8080"]\n',
      { name: 'SHELL points at the busybox shell of :debug', code: 'FROM gcr.io/distroless/static-debian12:debug\nSHELL ["/busybox/sh", "-c"]\nRUN echo ready\n' },
      { name: 'a COPY brings a shell in', code: 'FROM scratch\nCOPY --from=busybox:1.36 /bin/busybox /bin/sh\nRUN echo ok\n' },
      { name: 'a shell-form CMD only feeds arguments to an exec ENTRYPOINT', code: 'FROM scratch\nENTRYPOINT ["/app"]\nCMD --verbose\n' },
      { name: 'unknown base: never warn', code: 'FROM example.com/custom:1\nCMD /app\n' },
      'FROM alpine:3.20\nCMD echo hi\n',
    ],
    invalid: [
      {
        name: 'CMD in scratch, split into argv',
        code: 'FROM golang:1.22 AS build\nRUN go build -o /server .\nFROM scratch\nCOPY --from=build /server /server\nCMD /server --port 8080\n',
        errors: [{ line: 5, column: 5, endColumn: 24, messageId: 'noShell', message: 'Shell-form CMD needs /bin/sh, which `scratch` does not have: use the exec form' }],
        output: 'FROM golang:1.22 AS build\nRUN go build -o /server .\nFROM scratch\nCOPY --from=build /server /server\nCMD ["/server", "--port", "8080"]\n',
      },
      {
        name: 'ENTRYPOINT in distroless',
        code: 'FROM gcr.io/distroless/static-debian12\nCOPY app /app\nENTRYPOINT /app\nCMD ["--help"]\n',
        errors: [{ line: 3, column: 12, endColumn: 16, messageId: 'noShell' }],
        output: 'FROM gcr.io/distroless/static-debian12\nCOPY app /app\nENTRYPOINT ["/app"]\nCMD ["--help"]\n',
      },
      {
        name: 'a stage built FROM a scratch stage inherits the missing shell',
        code: 'FROM scratch AS base\nCOPY app /app\nFROM base\nRUN /app --selftest\nHEALTHCHECK CMD /app health\n',
        errors: [
          { line: 4, column: 5, endColumn: 20, messageId: 'noShell' },
          { line: 5, column: 17, endColumn: 28, message: 'Shell-form HEALTHCHECK CMD needs /bin/sh, which `scratch` does not have: use the exec form' },
        ],
        output: 'FROM scratch AS base\nCOPY app /app\nFROM base\nRUN ["/app", "--selftest"]\nHEALTHCHECK CMD ["/app", "health"]\n',
      },
      {
        name: 'distroless :debug keeps its shell elsewhere; $HOME needs a shell: no fix',
        code: 'FROM gcr.io/distroless/base-debian12:debug\nRUN echo $HOME\n',
        errors: [
          {
            line: 2,
            column: 5,
            endColumn: 15,
            messageId: 'otherShell',
            message:
              'Shell-form RUN needs /bin/sh, but `gcr.io/distroless/base-debian12:debug` has its shell at /busybox/sh: use the exec form or `SHELL ["/busybox/sh", "-c"]`',
          },
        ],
        output: null,
      },
      { name: 'shell operators: no fix', code: 'FROM scratch\nCMD echo "hi" && sleep 1\n', errors: [{ line: 2, column: 5, endColumn: 25 }], output: null },
    ],
  });

  it('marks the fix unsafe for an ENTRYPOINT that a CMD will now feed arguments to', () => {
    const [finding] = runRule(rule, { code: 'FROM scratch\nENTRYPOINT /app\nCMD ["--help"]\n' }).findings;
    expect(finding?.fixes.map((fix) => fix.safety)).toEqual(['unsafe']);
    const [plain] = runRule(rule, { code: 'FROM scratch\nENTRYPOINT /app\n' }).findings;
    expect(plain?.fixes.map((fix) => fix.safety)).toEqual(['safe']);
  });
});
