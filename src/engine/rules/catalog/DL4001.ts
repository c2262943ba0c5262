import { runShellCommands, wordSpan } from '../helpers/run-commands.js';
import type { Instruction } from '../../syntax/types.js';
import type { Rule, RuleContext, RuleDocs } from '../types.js';

const DOWNLOADERS = new Set(['wget', 'curl']);

/**
 * Walks RUNs in order with the set of download tools seen so far, and reports each RUN that uses
 * one once both have been seen. `resetsAt` starts a new set (FROM for stages).
 */
function reportMixedDownloaders(context: RuleContext, instructions: readonly Instruction[], resetsAt: (instruction: Instruction) => boolean): void {
  let seen = new Set<string>();
  for (const instruction of instructions) {
    if (resetsAt(instruction)) seen = new Set();
    if (instruction.details.kind !== 'RUN') continue;
    const uses = runShellCommands(context, instruction).filter((run) => run.name !== null && DOWNLOADERS.has(run.name));
    for (const run of uses) seen.add(run.name as string);
    const first = uses[0];
    if (first?.nameWord == null || seen.size < DOWNLOADERS.size) continue;
    const tool = first.name as string;
    context.report({
      messageId: 'both',
      data: { tool, other: tool === 'wget' ? 'curl' : 'wget' },
      instruction,
      at: wordSpan(context, first, first.nameWord),
    });
  }
}

export const rule: Rule = {
  meta: {
    code: 'DL4001',
    name: 'both-wget-and-curl',
    severity: 'warning',
    category: 'maintainability',
    refs: ['hadolint:DL4001'],
    enabledByDefault: true,
    description: 'Use either wget or curl in a stage, not both.',
    fix: 'none',
    messages: { both: '`{tool}` here and `{other}` elsewhere in the stage: pick one download tool' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL4001',
  },
  check(context) {
    reportMixedDownloaders(context, context.syntax.instructions, (instruction) => instruction.details.kind === 'FROM');
    // hadolint follows ONBUILD triggers on their own, across the whole file.
    const triggers = context.allInstructions.filter((instruction) => instruction.parent !== null);
    reportMixedDownloaders(context, triggers, () => false);
  },
};

export const docs: RuleDocs = {
  why:
    'Two download tools doing the same job means two sets of flags, retry and TLS behaviours to get right, and often ' +
    'two packages to install. Settling on one keeps the stage smaller and its downloads consistent.',
  examples: {
    bad: ['FROM debian:bookworm-slim\nRUN wget -q https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz\n'],
    good: ['FROM debian:bookworm-slim\nRUN curl -fsSLO https://example.com/a.tar.gz && curl -fsSLO https://example.com/b.tar.gz\n'],
  },
};
