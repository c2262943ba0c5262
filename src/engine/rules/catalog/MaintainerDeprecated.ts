import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'MaintainerDeprecated',
    name: 'maintainer-deprecated-buildkit',
    severity: 'warning',
    category: 'maintainability',
    refs: ['buildkit:MaintainerDeprecated', 'hadolint:DL4000'],
    enabledByDefault: true,
    description: "BuildKit's check: the MAINTAINER instruction is deprecated.",
    fix: 'none',
    messages: { deprecated: 'Maintainer instruction is deprecated in favor of using label' },
    url: 'https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/',
  },
  check(context) {
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'MAINTAINER') continue;
      context.report({ messageId: 'deprecated', instruction });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'BuildKit warns on every MAINTAINER because the instruction only fills a legacy image field. ' +
    'Use `LABEL org.opencontainers.image.authors=...` instead; shipshape reports this together with DL4000.',
  examples: {
    bad: ['FROM alpine:3.20\nMAINTAINER jane@example.com\n'],
    good: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="jane@example.com"\n'],
  },
};
