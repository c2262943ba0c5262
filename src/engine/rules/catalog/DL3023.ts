import { classifyCopyFrom } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3023',
    name: 'copy-from-own-stage',
    severity: 'error',
    category: 'correctness',
    refs: ['hadolint:DL3023'],
    enabledByDefault: true,
    description: '`COPY --from` cannot copy from the stage it is in.',
    fix: 'none',
    messages: { ownStage: '`COPY --from` cannot reference its own `FROM` alias: `{from}` is the stage this COPY is in' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3023',
  },
  check(context) {
    const { model } = context;
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'COPY') continue;
      for (const flag of instruction.flags) {
        if (flag.name !== 'from' || flag.value === null) continue;
        if (classifyCopyFrom(model, model.contextOf(instruction).stage, flag.value).kind !== 'own-stage') continue;
        context.report({ messageId: 'ownStage', data: { from: flag.value }, instruction, at: flag });
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A stage cannot read from itself while it is being built: BuildKit stops with a circular dependency error. ' +
    'This usually means the COPY sits in the wrong stage, or `--from` names the wrong one.',
  examples: {
    bad: ['FROM node:22-slim AS build\nCOPY --from=build /app/dist /srv\n'],
    good: ['FROM node:22-slim AS build\nRUN npm run build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n'],
  },
};
