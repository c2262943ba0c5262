import { pathText } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

/** `/`, `/.`, `./`, `.`, `//`: the root of the source, where `--from` paths are relative to it. */
const SOURCE_ROOT = /^(?:\.|\.?\/+|\/+\.\/*)$/;
const ABSOLUTE_ROOT = /^\/+\.?\/*$/;

export const rule: Rule = {
  meta: {
    code: 'DL3067',
    name: 'copy-entire-root-filesystem',
    severity: 'warning',
    category: 'size',
    refs: ['hadolint:DL3067'],
    enabledByDefault: true,
    description: 'Do not copy the whole root filesystem of another stage or image onto `/`.',
    fix: 'none',
    messages: { entireFilesystem: 'Do not copy an entire filesystem from another stage: this copies all of `{from}` onto `/`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3067',
  },
  check(context) {
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'COPY') continue;
      const from = instruction.flags.find((flag) => flag.name === 'from' && flag.value !== null);
      const paths = instruction.details.paths;
      if (from === undefined || paths.length < 2) continue;
      const destination = pathText(paths[paths.length - 1]!);
      const copiesRoot = paths.slice(0, -1).some((path) => SOURCE_ROOT.test(pathText(path)));
      if (!copiesRoot || !ABSOLUTE_ROOT.test(destination)) continue;
      context.report({ messageId: 'entireFilesystem', data: { from: from.value ?? '' }, instruction });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Copying `/` to `/` drags in everything the other stage holds: compilers, package caches, build secrets left in files, ' +
    'and its own copy of system files, which then overwrite this stage\'s. The image grows and stops being the small ' +
    'runtime multi-stage builds are meant to produce. Copy only the paths the application needs.',
  examples: {
    bad: ['FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build / /\n'],
    good: ['FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\n'],
  },
};
