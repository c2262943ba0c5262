import { formatBytes, lookupBaseImage } from '../../estimate/index.js';
import type { Rule, RuleDocs } from '../types.js';

/** Pinned to `:latest` without a digest, judged on the text when the reference does not parse or holds unset variables. */
const LATEST_TAG_TEXT = /:latest$/;

export const rule: Rule = {
  meta: {
    code: 'DL3007',
    name: 'latest-base-image-tag',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3007'],
    enabledByDefault: true,
    description: 'Do not pin the base image to the moving `latest` tag.',
    fix: 'none',
    messages: {
      latest: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
      latestKnown:
        'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag (`{image}` was recently `{current}`, {size} compressed)',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3007',
  },
  check(context) {
    for (const stage of context.model.stages) {
      const { base } = stage;
      const image = stage.from.details.kind === 'FROM' ? stage.from.details.image : null;
      if (image === null || base.kind !== 'image') continue;
      const onLatest =
        base.reference === null
          ? !base.expanded.includes('@') && LATEST_TAG_TEXT.test(base.unresolved.length > 0 ? base.raw : base.expanded)
          : base.reference.tag === 'latest' && base.reference.tagIsExplicit && base.reference.digest === null;
      if (!onLatest) continue;
      const known = base.reference === null ? null : lookupBaseImage(base.expanded);
      if (known === null || known.approximate) {
        context.report({ messageId: 'latest', instruction: stage.from, at: image });
        continue;
      }
      context.report({
        messageId: 'latestKnown',
        data: { image: known.image, current: `${known.image}:${known.dataTag}`, size: formatBytes(known.compressedBytes) },
        instruction: stage.from,
        at: image,
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Writing `:latest` looks like a pin but is not one: the tag moves to every new release, so rebuilding the same ' +
    'Dockerfile silently changes the base, including major versions. Pin a release tag such as `3.12-slim`, or a digest, ' +
    'and upgrade on purpose.',
  examples: {
    bad: ['FROM python:latest\nCMD ["python3"]\n', 'ARG REGISTRY\nFROM ${REGISTRY}/app:latest\n'],
    good: [
      'FROM python:3.12-slim\nCMD ["python3"]\n',
      'FROM debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n',
    ],
  },
};
