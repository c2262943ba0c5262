import { goQuote } from '../../syntax/dump.js';
import { fromPlatforms } from '../helpers/buildkit-dispatch.js';
import { parsePlatform } from '../helpers/buildkit-platform.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'FromPlatformFlagConstDisallowed',
    name: 'from-platform-flag-const-disallowed-buildkit',
    severity: 'warning',
    category: 'reliability',
    refs: ['buildkit:FromPlatformFlagConstDisallowed', 'hadolint:DL3029'],
    enabledByDefault: true,
    description: "BuildKit's check: FROM --platform should not be a fixed platform.",
    fix: 'none',
    messages: { constant: 'FROM --platform flag should not use constant value {platform}' },
    url: 'https://docs.docker.com/go/dockerfile/rule/from-platform-flag-const-disallowed/',
  },
  check(context) {
    for (const { stage, flag, expansion } of fromPlatforms(context)) {
      if (expansion.matched.length > 0 || expansion.unmatched.length > 0) continue;
      const platform = parsePlatform(expansion.value);
      if (platform === null) continue;
      const stageName = stage.name ?? '';
      if (stageName.includes(platform.os) || stageName.includes(platform.architecture)) continue;
      context.report({ messageId: 'constant', data: { platform: goQuote(expansion.value) }, instruction: stage.from, at: flag });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A constant `--platform=linux/amd64` pins the stage to one architecture even in a multi-platform build, so arm64 ' +
    'images end up with amd64 binaries that fail at run time or run under slow emulation. Use `$BUILDPLATFORM` or ' +
    '`$TARGETPLATFORM`; BuildKit accepts a constant when the stage name mentions its OS or architecture (`AS linux-amd64`).',
  examples: {
    bad: ['FROM --platform=linux/amd64 node:20 AS build\nRUN npm ci\n'],
    good: [
      'FROM --platform=$BUILDPLATFORM node:20 AS build\nRUN npm ci\n',
      'FROM --platform=linux/amd64 node:20 AS build-amd64\nRUN npm ci\n',
    ],
  },
};
