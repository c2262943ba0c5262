import { formatBytes, lookupBaseImage } from '../../estimate/index.js';
import type { Rule, RuleDocs } from '../types.js';

/** hadolint's own test when the reference does not parse (`FROM DEBIAN`): no tag after the last `/`, no digest. */
function lacksTagAndDigest(reference: string): boolean {
  return !reference.includes('@') && !reference.slice(reference.lastIndexOf('/') + 1).includes(':');
}

export const rule: Rule = {
  meta: {
    code: 'DL3006',
    name: 'untagged-base-image',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3006'],
    enabledByDefault: true,
    description: 'Tag the base image with a version.',
    fix: 'none',
    messages: {
      untagged: 'Always tag the version of an image explicitly: `{image}` pulls whatever `latest` is at build time',
      untaggedKnown:
        'Always tag the version of an image explicitly: `{image}` pulls whatever `latest` is at build time (recently `{current}`, {size} compressed)',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3006',
  },
  check(context) {
    for (const stage of context.model.stages) {
      const { base } = stage;
      const image = stage.from.details.kind === 'FROM' ? stage.from.details.image : null;
      if (image === null || base.kind !== 'image' || base.unresolved.length > 0 || base.expanded === '') continue;
      const untagged =
        base.reference === null
          ? lacksTagAndDigest(base.expanded)
          : !base.reference.tagIsExplicit && base.reference.digest === null;
      if (!untagged) continue;
      const known = base.reference === null ? null : lookupBaseImage(base.expanded);
      if (known === null || known.approximate) {
        context.report({ messageId: 'untagged', data: { image: base.expanded }, instruction: stage.from, at: image });
        continue;
      }
      context.report({
        messageId: 'untaggedKnown',
        data: { image: base.expanded, current: `${known.image}:${known.dataTag}`, size: formatBytes(known.compressedBytes) },
        instruction: stage.from,
        at: image,
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'An image without a tag means `latest`, which points at a different image whenever its publisher pushes a new one. ' +
    'The same Dockerfile then builds something else next month, and a major upgrade can break the build or the app without any change on your side. ' +
    'A version tag (or a digest) makes the base a deliberate choice that shows up in code review when it changes.',
  examples: {
    bad: ['FROM node\nCMD ["node", "server.js"]\n', 'ARG BASE=python\nFROM ${BASE}\n'],
    good: [
      'FROM node:22-bookworm-slim\nCMD ["node", "server.js"]\n',
      'FROM golang:1.22 AS build\nFROM build\n',
      'ARG BASE\nFROM ${BASE}\n',
      'FROM scratch\n',
    ],
  },
};
