/**
 * Nearby tags for a tag the size data does not list, most specific first. Official images
 * publish one build per variant line, and a finer or dated tag of the same line is, at any
 * moment, the same image or a rebuild of it, so its size is a good approximation:
 *
 * - `python:3.12.3-slim` → `3.12-slim` → `3-slim`: drop version components from the right,
 *   down to the major and never past it (another major is another line);
 * - `debian:bookworm-20240101-slim` → `bookworm-slim`: drop a build-date stamp;
 * - `python:3.12-alpine3.20` → `3.12-alpine`: drop the Alpine minor;
 * - `python:3.12-slim-bookworm` → `3.12-slim`, `node:22-bullseye` → `22`: drop the distro
 *   codename, i.e. assume the image's current default release, which the data carries.
 *
 * Variant words (`slim`, `alpine`, `jdk`, …) are never dropped: they change the size by
 * multiples, which no longer approximates anything.
 */

/** Debian and Ubuntu release names that official images put in their tags. */
export const DISTRO_CODENAMES: ReadonlySet<string> = new Set([
  'trixie',
  'bookworm',
  'bullseye',
  'buster',
  'resolute',
  'noble',
  'jammy',
  'focal',
]);

const DISTRO_CODENAME = new RegExp(`(^|-)(?:${[...DISTRO_CODENAMES].join('|')})(?=-|$)`);
const BUILD_DATE = /-\d{8}(?:\.\d+)?(?=-|$)/;
const ALPINE_MINOR = /alpine-?\d+(?:\.\d+)*/;
const LEADING_VERSION = /^(v?\d+(?:\.\d+)*)(.*)$/;

const SIMPLIFICATIONS: readonly ((tag: string) => string)[] = [
  (tag) => tag.replace(ALPINE_MINOR, 'alpine'),
  (tag) => tag.replace(DISTRO_CODENAME, '').replace(/^-/, ''),
];

export function tagFamilyCandidates(tag: string): string[] {
  // A dated tag is one build of its undated line, so the date always goes first.
  let variants = [tag.replace(BUILD_DATE, '')];
  for (const simplify of SIMPLIFICATIONS) variants = [...variants, ...variants.map(simplify)];
  const candidates = variants.filter((variant) => variant !== '').flatMap(coarserVersions);
  return [...new Set(candidates)].filter((candidate) => candidate !== tag);
}

/** `3.12.3-slim` → [`3.12.3-slim`, `3.12-slim`, `3-slim`]. */
function coarserVersions(tag: string): string[] {
  const match = LEADING_VERSION.exec(tag);
  if (match === null) return [tag];
  const [, version = '', rest = ''] = match;
  const components = version.split('.');
  return components.map((_, index) => components.slice(0, components.length - index).join('.') + rest);
}
