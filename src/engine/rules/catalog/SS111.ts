import type { Rule, RuleDocs } from '../types.js';

/** A tag that starts with a major or major.minor version: `3.12-slim`, `20-alpine`, `1.22`. */
const FLOATING_VERSION = /^(v?)(\d+)(?:\.(\d+))?(?=$|[-_])/;
/** Ubuntu's `24.04` is the release itself: its tags have no point-release component to pin. */
const RELEASE_NAMED_IMAGES = new Set(['ubuntu']);

export const rule: Rule = {
  meta: {
    code: 'SS111',
    name: 'unpinned-base-patch',
    severity: 'info',
    category: 'reliability',
    refs: ['shipshape:SS111'],
    enabledByDefault: false,
    description: 'The base tag floats across patch (or minor) releases; pin an exact release or a digest.',
    fix: 'none',
    messages: {
      floatsPatch: '`{image}` follows every {line}.x release: pin the exact release (e.g. `{example}`) or a digest',
      floatsMinor: '`{image}` follows every {line}.x release: pin the image’s full release number or a digest',
    },
  },
  check(context) {
    for (const stage of context.model.stages) {
      const base = stage.base;
      if (base.kind !== 'image' || base.reference === null) continue;
      const { tag, tagIsExplicit, digest, familiarName } = base.reference;
      if (tag === null || !tagIsExplicit || digest !== null || RELEASE_NAMED_IMAGES.has(familiarName)) continue;
      const match = FLOATING_VERSION.exec(tag);
      if (match === null) continue;
      const [written = '', prefix = '', major = '', minor] = match;
      const line = `${prefix}${major}${minor === undefined ? '' : `.${minor}`}`;
      const word = stage.from.details.kind === 'FROM' ? stage.from.details.image : null;
      context.report({
        messageId: minor === undefined ? 'floatsMinor' : 'floatsPatch',
        data: { image: base.expanded, line, example: `${familiarName}:${line}.<patch>${tag.slice(written.length)}` },
        instruction: stage.from,
        ...(word === null ? {} : { at: word }),
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A tag such as `python:3.12-slim` is moved to every new 3.12.x build, so two builds of the same commit can run different interpreters and a regression arrives without any change on your side. ' +
    'An exact tag such as `python:3.12.3-slim` moves only when that same release is rebuilt, for example on a patched Debian base; only a digest is immutable, and tools like Dependabot or Renovate can open reviewed updates for either. ' +
    'Ubuntu tags such as `ubuntu:24.04` are not reported, since that image has no point-release tags, yet they are rebuilt too: pin a dated `noble-YYYYMMDD` tag or a digest there. ' +
    'The rule is off by default because floating patch tags also bring security fixes automatically, a trade-off each team makes for itself.',
  examples: {
    bad: ['FROM python:3.12-slim\n', 'FROM node:22-alpine\n'],
    good: [
      'FROM python:3.12.3-slim\n',
      'FROM python:3.12.3-slim@sha256:afc139a0a640942491ec481ad8dda10f2c5b753f5c969393b12480155fe15a63\n',
    ],
  },
};
