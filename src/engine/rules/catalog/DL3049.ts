import type { Stage } from '../../model/index.js';
import { labelEntries } from '../helpers/labels.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3049',
    name: 'missing-schema-label',
    severity: 'info',
    category: 'maintainability',
    refs: ['hadolint:DL3049'],
    enabledByDefault: true,
    description: 'A build stage lacks a label that the configured label schema requires.',
    fix: 'none',
    messages: { missing: 'Label `{label}` required by the label schema is missing from this stage' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3049',
  },
  check(context) {
    const required = Object.keys(context.settings.labelSchema);
    const { stages, edges } = context.model;
    if (required.length === 0 || stages.length === 0) return;
    const stageOf = new Map(stages.flatMap((stage) => stage.instructions.map((instruction) => [instruction, stage.index] as const)));
    const ownLabels = stages.map(() => new Set<string>());
    // A key we cannot resolve might be any label: treat its stage as having them all.
    const unresolvedKeys = new Set<number>();
    for (const entry of labelEntries(context)) {
      const stage = stageOf.get(entry.instruction);
      if (stage === undefined) continue;
      if (entry.key === null) unresolvedKeys.add(stage);
      else ownLabels[stage]?.add(entry.key);
    }
    const fileSources = new Set(edges.filter((edge) => edge.kind !== 'from').map((edge) => edge.dependency));
    const children = stages.map((): Stage[] => []);
    for (const stage of stages) if (stage.parent !== null) children[stage.parent]?.push(stage);

    for (const label of required) {
      const sets = (index: number): boolean => unresolvedKeys.has(index) || (ownLabels[index]?.has(label) ?? false);
      const has: boolean[] = [];
      for (const stage of stages) has[stage.index] = sets(stage.index) || (stage.parent !== null && has[stage.parent] === true);
      // Later stages only build on earlier ones, so walking backwards settles children first.
      const covered: boolean[] = [];
      for (let index = stages.length - 1; index >= 0; index--) {
        covered[index] = has[index] === true || fileSources.has(index) || (children[index] ?? []).some((child) => covered[child.index] === true);
      }
      for (const stage of stages) {
        if (covered[stage.index] === true) continue;
        context.report({ messageId: 'missing', data: { label }, instruction: stage.from });
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A label schema is how a team guarantees that every image says where it came from, who owns it and which version it is. ' +
    'An image built from a stage that lacks one of those labels cannot be traced or filtered the way the others can. ' +
    'Stages that only feed files to other stages, or that a labelled stage builds on, do not need the labels themselves.',
  examples: {
    bad: ['FROM alpine:3.20\nRUN echo hi\n'],
    good: [
      'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://example.com/repo"\n',
      'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nLABEL org.opencontainers.image.source="https://example.com/repo"\nCOPY --from=build /app /app\n',
    ],
    settings: { labelSchema: { 'org.opencontainers.image.source': 'url' } },
  },
};
