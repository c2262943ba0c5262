import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3024',
    name: 'duplicate-stage-alias',
    severity: 'error',
    category: 'correctness',
    refs: ['hadolint:DL3024', 'buildkit:DuplicateStageName'],
    enabledByDefault: true,
    description: 'Stage names (FROM ... AS name) must be unique.',
    fix: 'none',
    messages: { duplicate: 'FROM aliases (stage names) must be unique: `{name}` is already the name of the stage on line {line}' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3024',
  },
  check(context) {
    const firstByName = new Map<string, number>();
    for (const stage of context.model.stages) {
      const word = stage.from.details.kind === 'FROM' ? stage.from.details.stageName : null;
      if (stage.name === null || word === null) continue;
      const first = firstByName.get(stage.name);
      if (first === undefined) {
        firstByName.set(stage.name, stage.from.startLine);
        continue;
      }
      context.report({ messageId: 'duplicate', data: { name: word.raw, line: first }, instruction: stage.from, at: word });
    }
  },
};

export const docs: RuleDocs = {
  why:
    '`--from=name`, `FROM name` and `--target name` pick a stage by its name, so two stages with one name make those ' +
    'references ambiguous, and which one wins differs between builders. Names compare without regard to case. ' +
    'Give every stage its own name.',
  examples: {
    bad: ['FROM node:22-slim AS build\nRUN npm ci\nFROM node:22-slim AS build\nRUN npm run build\n'],
    good: ['FROM node:22-slim AS deps\nRUN npm ci\nFROM deps AS build\nRUN npm run build\n'],
  },
};
