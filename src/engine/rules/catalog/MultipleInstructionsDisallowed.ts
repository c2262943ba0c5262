import { dispatchedStages, type DispatchStep } from '../helpers/buildkit-dispatch.js';
import type { Rule, RuleDocs } from '../types.js';

const TRACKED: ReadonlySet<string> = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

export const rule: Rule = {
  meta: {
    code: 'MultipleInstructionsDisallowed',
    name: 'multiple-instructions-disallowed-buildkit',
    severity: 'warning',
    category: 'correctness',
    refs: ['buildkit:MultipleInstructionsDisallowed', 'hadolint:DL4003', 'hadolint:DL4004', 'hadolint:DL3012'],
    enabledByDefault: true,
    description: "BuildKit's check: a stage should have at most one CMD, ENTRYPOINT and HEALTHCHECK.",
    fix: 'none',
    messages: {
      multiple:
        'Multiple {keyword} instructions should not be used in the same stage because only the last one will be used',
    },
    url: 'https://docs.docker.com/go/dockerfile/rule/multiple-instructions-disallowed/',
  },
  check(context) {
    for (const { steps } of dispatchedStages(context)) {
      const previous = new Map<string, DispatchStep>();
      for (const step of steps) {
        const { instruction } = step;
        if (instruction.name === null || !TRACKED.has(instruction.name)) continue;
        const earlier = previous.get(instruction.name);
        if (earlier !== undefined) {
          const owner = earlier.reportOn;
          context.report({
            messageId: 'multiple',
            data: { keyword: instruction.keyword },
            instruction: step.reportOn,
            at: { start: earlier.instruction.start, end: earlier.instruction.start + earlier.instruction.keyword.length },
            line: (owner.parent ?? owner).startLine,
          });
        }
        previous.set(instruction.name, step);
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage ends up in the image, so an earlier one is dead code that ' +
    'readers may take for the real thing. BuildKit marks the earlier, overridden instruction; a `# check=` comment ' +
    'above the later one is what skips it. A stage built FROM another stage starts counting afresh.',
  examples: {
    bad: ['FROM node:20\nCMD ["node", "a.js"]\nCMD ["node", "b.js"]\n'],
    good: ['FROM node:20 AS base\nCMD ["node", "a.js"]\n\nFROM base\nCMD ["node", "b.js"]\n'],
  },
};
