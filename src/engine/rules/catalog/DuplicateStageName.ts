import { goQuote } from '../../syntax/dump.js';
import { declaredStageName } from '../helpers/buildkit-dispatch.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DuplicateStageName',
    name: 'duplicate-stage-name-buildkit',
    severity: 'warning',
    category: 'correctness',
    refs: ['buildkit:DuplicateStageName', 'hadolint:DL3024'],
    enabledByDefault: true,
    description: "BuildKit's check: two stages should not share a name.",
    fix: 'none',
    messages: { duplicate: 'Duplicate stage name {name}, stage names should be unique' },
    url: 'https://docs.docker.com/go/dockerfile/rule/duplicate-stage-name/',
  },
  check(context) {
    const seen = new Set<string>();
    for (const instruction of context.syntax.instructions) {
      const nameWord = declaredStageName(instruction);
      if (nameWord === null) continue;
      const name = nameWord.raw.toLowerCase();
      if (seen.has(name)) context.report({ messageId: 'duplicate', data: { name: goQuote(name) }, instruction, at: nameWord });
      seen.add(name);
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Stage names are compared in lowercase, so `AS build` and `AS Build` collide. A `--target` or `COPY --from` that ' +
    'names a duplicate picks one stage silently, and the other is easy to edit in vain. Shipshape reports this ' +
    'together with DL3024.',
  examples: {
    bad: ['FROM node:20 AS build\nRUN npm ci\n\nFROM node:20 AS build\nRUN npm test\n'],
    good: ['FROM node:20 AS build\nRUN npm ci\n\nFROM node:20 AS test\nRUN npm test\n'],
  },
};
