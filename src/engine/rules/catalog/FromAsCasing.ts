import { fromArguments } from '../helpers/buildkit-dispatch.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'FromAsCasing',
    name: 'from-as-casing',
    severity: 'warning',
    category: 'style',
    refs: ['buildkit:FromAsCasing'],
    enabledByDefault: true,
    description: "BuildKit's check: the AS keyword should be cased like its FROM keyword.",
    fix: 'safe',
    messages: { mismatch: "'{as}' and '{from}' keywords' casing do not match" },
    url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
  },
  check(context) {
    for (const instruction of context.syntax.instructions) {
      const args = fromArguments(instruction);
      const asWord = args[1];
      if (args.length < 3 || asWord === undefined) continue;
      const from = instruction.keyword;
      const fromIsLower = from === from.toLowerCase();
      if (!fromIsLower && from !== from.toUpperCase()) continue;
      const expected = fromIsLower ? asWord.raw.toLowerCase() : asWord.raw.toUpperCase();
      if (asWord.raw === expected) continue;
      const matchable = asWord.raw.toLowerCase() === 'as';
      context.report({
        messageId: 'mismatch',
        data: { as: asWord.raw, from },
        instruction,
        at: asWord,
        fixes: matchable
          ? [{ title: `Write '${expected}' like '${from}'`, safety: 'safe', edits: [{ start: asWord.start, end: asWord.end, text: expected }] }]
          : [],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Keywords are case-insensitive, but `FROM image as name` mixes two styles on one line and reads like a typo. ' +
    'BuildKit only compares when FROM itself is all uppercase or all lowercase; a mixed-case FROM is left to ' +
    'ConsistentInstructionCasing.',
  examples: {
    bad: ['FROM node:20 as build\nRUN npm ci\n'],
    good: ['FROM node:20 AS build\nRUN npm ci\n', 'from node:20 as build\nrun npm ci\n'],
  },
};
