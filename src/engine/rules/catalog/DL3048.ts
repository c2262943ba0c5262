import { byInstruction, labelEntries, labelKeyProblem, type LabelEntry, type LabelKeyProblem } from '../helpers/labels.js';
import type { Rule, RuleDocs } from '../types.js';

const REASONS: Record<LabelKeyProblem, string> = {
  reserved: 'uses a namespace reserved for Docker',
  characters: 'may only contain lowercase letters, digits, `.`, `-`, `_` and `/`',
  start: 'must start with a lowercase letter',
  end: 'must end with a lowercase letter or a digit',
  'repeated-separator': 'must not repeat `.` or `-`',
};

export const rule: Rule = {
  meta: {
    code: 'DL3048',
    name: 'invalid-label-key',
    severity: 'style',
    category: 'style',
    refs: ['hadolint:DL3048'],
    enabledByDefault: true,
    description: "A LABEL key breaks Docker's naming guidelines for label keys.",
    fix: 'none',
    messages: {
      invalid: 'Label key `{key}` {reason}',
      invalidMany: 'Label keys {keys} break the label naming guidelines',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3048',
  },
  check(context) {
    const invalid = labelEntries(context).filter((entry) => entry.key !== null && labelKeyProblem(entry.key) !== null);
    // hadolint reports a LABEL once, however many of its keys are wrong.
    for (const entries of byInstruction(invalid)) {
      const first = entries[0] as LabelEntry;
      const last = entries[entries.length - 1] as LabelEntry;
      const at = { start: first.pair.key.start, end: last.pair.key.end };
      if (entries.length === 1) {
        const key = first.key as string;
        context.report({ messageId: 'invalid', data: { key, reason: REASONS[labelKeyProblem(key) as LabelKeyProblem] }, instruction: first.instruction, at });
      } else {
        const keys = entries.map((entry) => `\`${entry.key}\``).join(', ');
        context.report({ messageId: 'invalidMany', data: { keys }, instruction: first.instruction, at });
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Label keys are read by registries, scanners and orchestrators that expect lowercase, dot-separated reverse-DNS names. ' +
    'Uppercase letters, odd punctuation or a leading digit make keys easy to mistype and hard to query, and the ' +
    '`com.docker.`, `io.docker.` and `org.dockerproject.` namespaces belong to Docker itself.',
  examples: {
    bad: ['FROM alpine:3.20\nLABEL com.docker.version="1.0"\n', 'FROM alpine:3.20\nLABEL Version="1.0"\n'],
    good: ['FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.0"\n'],
  },
};
