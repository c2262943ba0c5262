import type { Instruction } from '../../syntax/types.js';
import type { Rule, RuleDocs } from '../types.js';

/** The instructions BuildKit compares: every FROM and every instruction after the first FROM. */
function stageInstructions(instructions: readonly Instruction[]): Instruction[] {
  const firstFrom = instructions.findIndex((instruction) => instruction.name === 'FROM');
  if (firstFrom === -1) return [];
  return instructions.slice(firstFrom).filter((instruction) => instruction.name !== null);
}

export const rule: Rule = {
  meta: {
    code: 'ConsistentInstructionCasing',
    name: 'consistent-instruction-casing',
    severity: 'warning',
    category: 'style',
    refs: ['buildkit:ConsistentInstructionCasing'],
    enabledByDefault: true,
    description: "BuildKit's check: instruction keywords should all use the casing most of the file uses.",
    fix: 'safe',
    messages: { casing: "Command '{keyword}' should match the case of the command majority ({casing})" },
    url: 'https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/',
  },
  check(context) {
    const instructions = stageInstructions(context.syntax.instructions);
    let lower = 0;
    let upper = 0;
    for (const { keyword } of instructions) {
      if (keyword === keyword.toLowerCase()) lower++;
      else if (keyword === keyword.toUpperCase()) upper++;
    }
    const majorityLower = lower > upper;
    const casing = majorityLower ? 'lowercase' : 'uppercase';
    for (const instruction of instructions) {
      const { keyword } = instruction;
      const expected = majorityLower ? keyword.toLowerCase() : keyword.toUpperCase();
      if (keyword === expected) continue;
      const at = { start: instruction.start, end: instruction.start + keyword.length };
      context.report({
        messageId: 'casing',
        data: { keyword, casing },
        instruction,
        at,
        fixes: [{ title: `Write '${expected}'`, safety: 'safe', edits: [{ ...at, text: expected }] }],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Keywords work in any case, but a file that mixes `RUN` and `run` is harder to scan. BuildKit counts the all-lowercase ' +
    'and all-uppercase keywords from the first FROM on (a tie counts as uppercase) and flags the others; a mixed-case ' +
    'keyword such as `Run` is always flagged.',
  examples: {
    bad: ['FROM alpine:3.20\nrun apk add --no-cache curl\nCMD ["curl", "--version"]\n'],
    good: ['FROM alpine:3.20\nRUN apk add --no-cache curl\nCMD ["curl", "--version"]\n', 'from alpine:3.20\nrun echo hi\n'],
  },
};
