import { expandWord } from '../../model/index.js';
import { globalScope } from '../helpers/buildkit-dispatch.js';
import { isWindowsOnlyImage, parsePlatform } from '../helpers/buildkit-platform.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'InvalidBaseImagePlatform',
    name: 'invalid-base-image-platform',
    severity: 'warning',
    category: 'correctness',
    refs: ['buildkit:InvalidBaseImagePlatform'],
    enabledByDefault: true,
    description: "BuildKit's check: a base image should exist for the platform its stage asks for.",
    fix: 'none',
    messages: { mismatch: 'Base image {image} was pulled with platform "{actual}", expected "{expected}" for current build' },
  },
  check(context) {
    const env = globalScope(context).env;
    for (const stage of context.model.stages) {
      const flag = stage.from.flags.find((candidate) => candidate.name === 'platform');
      if (stage.base.kind !== 'image' || flag?.value == null) continue;
      const expansion = expandWord(flag.value, env, { escapeChar: context.model.escapeChar });
      if (expansion.matched.length > 0 || expansion.unmatched.length > 0) continue;
      const platform = parsePlatform(expansion.value);
      if (platform === null || platform.os === 'windows' || !isWindowsOnlyImage(stage.base.expanded)) continue;
      const expected = [platform.os, platform.architecture, platform.variant].filter((part) => part !== '').join('/');
      const details = stage.from.details;
      context.report({
        messageId: 'mismatch',
        data: { image: stage.base.expanded, actual: 'windows', expected },
        instruction: stage.from,
        at: details.kind === 'FROM' && details.image !== null ? details.image : stage.from,
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    "BuildKit compares the platform in the pulled image's config with the one the stage was requested for, which " +
    'needs registry metadata that a static linter does not have. Shipshape therefore reports only the mismatches it ' +
    'can know without a registry: a Windows-only image (such as `mcr.microsoft.com/windows/servercore` or a ' +
    '`*-nanoserver` tag) under a constant non-Windows `--platform`; everything else stays silent.',
  examples: {
    bad: ['FROM --platform=linux/amd64 mcr.microsoft.com/windows/servercore:ltsc2022\n'],
    good: ['FROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2022\n', 'FROM --platform=linux/arm64 alpine:3.20\n'],
  },
};
