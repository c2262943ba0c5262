import { goQuote } from '../../syntax/dump.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL4000',
    name: 'maintainer-deprecated',
    severity: 'error',
    category: 'maintainability',
    refs: ['hadolint:DL4000', 'buildkit:MaintainerDeprecated'],
    enabledByDefault: true,
    description: 'MAINTAINER is deprecated: put the author in a LABEL.',
    fix: 'safe',
    messages: { deprecated: 'MAINTAINER is deprecated' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL4000',
  },
  check(context) {
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'MAINTAINER') continue;
      const author = instruction.details.value?.raw ?? '';
      const label = `LABEL org.opencontainers.image.authors=${goQuote(author)}`;
      context.report({
        messageId: 'deprecated',
        instruction,
        at: { start: instruction.start, end: instruction.start + instruction.keyword.length },
        fixes: [{ title: 'Replace with an OCI authors LABEL', safety: 'safe', edits: [{ start: instruction.start, end: instruction.end, text: label }] }],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'MAINTAINER has been deprecated since Docker 1.13 and only sets a legacy field that registries and scanners ignore. ' +
    'The OCI label `org.opencontainers.image.authors` carries the same information where tools look for it.',
  examples: {
    bad: ['FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n'],
    good: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n'],
  },
};
