import { classifyCopyFrom } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3022',
    name: 'copy-from-undefined-stage',
    severity: 'warning',
    category: 'correctness',
    refs: ['hadolint:DL3022'],
    enabledByDefault: true,
    description: '`COPY --from` should name a stage defined earlier, or an image with a tag or registry.',
    fix: 'none',
    messages: {
      unknownName:
        '`COPY --from` should reference a previously defined `FROM` alias: no stage is named `{from}`, so BuildKit would pull an image of that name',
      missingIndex: '`COPY --from` should reference a previously defined `FROM` alias: there is no stage {from}',
      laterStage: '`COPY --from` should reference a previously defined `FROM` alias: `{from}` is defined later, on line {line}',
      variable:
        '`COPY --from` should reference a previously defined `FROM` alias: BuildKit refuses variables in `--from={from}`; define a stage `FROM … AS name` with the variable and copy from it',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3022',
  },
  check(context) {
    const { model } = context;
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'COPY') continue;
      for (const flag of instruction.flags) {
        if (flag.name !== 'from' || flag.value === null) continue;
        const source = classifyCopyFrom(model, model.contextOf(instruction).stage, flag.value);
        const at = flag;
        const from = flag.value;
        if (source.kind === 'unknown-name') context.report({ messageId: 'unknownName', data: { from }, instruction, at });
        else if (source.kind === 'missing-index') context.report({ messageId: 'missingIndex', data: { from }, instruction, at });
        else if (source.kind === 'variable') context.report({ messageId: 'variable', data: { from }, instruction, at });
        else if (source.kind === 'later-stage') {
          const line = model.stages[source.stage]!.from.startLine;
          context.report({ messageId: 'laterStage', data: { from, line }, instruction, at });
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'When `--from` names no stage, BuildKit quietly treats it as an image and pulls it, so a typo in a stage name ' +
    'becomes a download of some unrelated image or a confusing pull error. Stages defined further down work in BuildKit ' +
    'but not with the classic builder, and BuildKit rejects `$VARIABLES` in `--from` outright. ' +
    'Name an earlier stage, or write the image with its tag (`--from=nginx:1.27`) so the intent is clear; for an image ' +
    'chosen by a build arg, define a stage `FROM ${IMAGE} AS tools` and copy from `tools`.',
  examples: {
    bad: ['FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=biuld /app /app\n'],
    good: [
      'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
      'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n',
    ],
  },
};
