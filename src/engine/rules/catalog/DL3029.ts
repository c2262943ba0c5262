import { PREDEFINED_ARG_NAMES } from '../../model/index.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3029',
    name: 'from-platform-fixed',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3029', 'buildkit:FromPlatformFlagConstDisallowed'],
    enabledByDefault: true,
    description: 'Do not hard-code `FROM --platform`; use $BUILDPLATFORM or $TARGETPLATFORM.',
    fix: 'none',
    messages: {
      fixed: 'Do not use --platform flag with FROM: `{platform}` is fixed, not $BUILDPLATFORM or $TARGETPLATFORM',
      fixedByDefault: 'Do not use --platform flag with FROM: `{platform}` is `{value}` unless overridden, not $BUILDPLATFORM or $TARGETPLATFORM',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3029',
  },
  check(context) {
    for (const stage of context.model.stages) {
      const flag = stage.from.flags.find((candidate) => candidate.name === 'platform');
      if (flag === undefined || flag.value === null) continue;
      const expansion = context.model.expand(stage.from, flag.value);
      // A platform variable follows the build's platforms; an ARG without a default is the caller's choice.
      const followsBuild = expansion.matched.some((name) => PREDEFINED_ARG_NAMES.has(name)) || expansion.unmatched.length > 0;
      if (followsBuild) continue;
      const literal = expansion.matched.length === 0;
      context.report({
        messageId: literal ? 'fixed' : 'fixedByDefault',
        data: { platform: flag.value, value: expansion.value },
        instruction: stage.from,
        at: flag,
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A fixed `--platform` makes the stage build for that platform whatever `docker build --platform` asks for, so ' +
    'multi-platform builds quietly ship the wrong architecture or run everything under emulation. ' +
    'Use `$BUILDPLATFORM` for build tools that run on the builder and `$TARGETPLATFORM` (or nothing) for what ships.',
  examples: {
    bad: ['FROM --platform=linux/amd64 node:22-slim\n'],
    good: ['FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n', 'FROM --platform=${TARGETOS}/${TARGETARCH} alpine:3.20\n'],
  },
};
