import { dispatchedStages } from '../helpers/buildkit-dispatch.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'JSONArgsRecommended',
    name: 'json-args-recommended-buildkit',
    severity: 'warning',
    category: 'reliability',
    refs: ['buildkit:JSONArgsRecommended', 'hadolint:DL3025'],
    enabledByDefault: true,
    description: "BuildKit's check: CMD and ENTRYPOINT should use the JSON (exec) form.",
    fix: 'none',
    messages: { shellForm: 'JSON arguments recommended for {keyword} to prevent unintended behavior related to OS signals' },
    url: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
  },
  check(context) {
    for (const { steps } of dispatchedStages(context)) {
      for (const step of steps) {
        const details = step.instruction.details;
        if ((details.kind !== 'CMD' && details.kind !== 'ENTRYPOINT') || details.form !== 'shell' || step.shellSet) continue;
        const keyword = { start: step.instruction.start, end: step.instruction.start + step.instruction.keyword.length };
        context.report({
          messageId: 'shellForm',
          data: { keyword: step.instruction.keyword },
          instruction: step.reportOn,
          at: details.text.end > details.text.start ? details.text : keyword,
        });
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'In shell form the container runs `/bin/sh -c "..."`, so the shell is PID 1 and `docker stop` sends SIGTERM to ' +
    'the shell rather than to your program, which is then killed after the timeout. Like BuildKit, shipshape stays ' +
    'quiet once the stage (or a stage it is built from) sets a SHELL, but it cannot see a SHELL that the base image sets.',
  examples: {
    bad: ['FROM node:20-alpine\nCMD node server.js\n'],
    good: [
      'FROM node:20-alpine\nCMD ["node", "server.js"]\n',
      'FROM mcr.microsoft.com/powershell:lts\nSHELL ["pwsh", "-Command"]\nCMD Start-Server\n',
    ],
  },
};
