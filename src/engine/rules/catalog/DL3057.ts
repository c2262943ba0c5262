import { keywordSpan } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3057',
    name: 'healthcheck-missing',
    severity: 'info',
    category: 'reliability',
    refs: ['hadolint:DL3057'],
    enabledByDefault: false,
    description: 'Define a HEALTHCHECK (or HEALTHCHECK NONE) for the image.',
    fix: 'none',
    messages: { missing: '`HEALTHCHECK` instruction missing.' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3057',
  },
  check(context) {
    const { stages } = context.model;
    // hadolint is satisfied when any stage of a FROM chain has one: the base's check is inherited and a
    // stage that only serves as a base needs none of its own.
    const chainOf = stages.map((stage) => stage.index);
    const root = (index: number): number => (chainOf[index] === index ? index : root(chainOf[index]!));
    for (const stage of stages) if (stage.parent !== null) chainOf[root(stage.index)] = root(stage.parent);
    const covered = new Set<number>();
    for (const stage of stages) {
      if (stage.instructions.some((instruction) => instruction.details.kind === 'HEALTHCHECK')) covered.add(root(stage.index));
    }
    for (const stage of stages) {
      if (covered.has(root(stage.index))) continue;
      context.report({ messageId: 'missing', instruction: stage.from, at: keywordSpan(stage.from) });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Without a health check, Docker and Swarm only know whether the process is running, not whether it still answers, ' +
    'so a hung server stays in rotation. A HEALTHCHECK lets the orchestrator restart or route around it; ' +
    '`HEALTHCHECK NONE` records that you decided against one. Off by default, because Kubernetes ignores HEALTHCHECK and uses its own probes.',
  examples: {
    bad: ['FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n'],
    good: [
      'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n',
      'FROM nginx:1.27 AS base\nFROM base\nHEALTHCHECK NONE\n',
    ],
  },
};
