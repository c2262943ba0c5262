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
    'Pinning the exact release (`python:3.12.3-slim`), or better a digest, makes builds reproducible and turns base upgrades into reviewed changes, which tools like Dependabot or Renovate can open for you. ' +
    'The rule is off by default because floating patch tags also bring security fixes automatically, a trade-off each team makes for itself.',
  examples: {
    bad: ['FROM python:3.12-slim\n', 'FROM node:22-alpine\n'],
    good: ['FROM python:3.12.3-slim\n', 'FROM node:22-alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n', 'FROM ubuntu:24.04\n'],
  },
};
