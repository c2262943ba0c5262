/**
 * base-image-tools.json describes the tags each row covers in prose (`tag_pattern`). These are
 * the matchers the generator puts in their place, written to cover what the prose says and no
 * more: a tag the data did not vouch for must stay unknown, because callers warn on `false`.
 * The generator fails when a row's `tag_pattern` is missing here or a row's own `examples` do
 * not resolve to that row, so a data refresh forces this table to be reviewed.
 *
 * Widenings beyond the prose, each backed by the inventory's NOTES:
 * - distroless names without or with any `-debianNN` suffix, and `-<arch>` tag suffixes: the
 *   distroless README states "no package managers, shells or any other programs" for the whole
 *   family, and the :debug row covers every distroless image.
 * - patch versions (`python:3.12.3-slim`) and alpine minors (`-alpine3.20`): the rows are per
 *   variant, and the NOTES describe each variant's recipe, not a single build.
 */

/** A numeric version of any precision: `3`, `3.12`, `3.12.3`. */
const VERSION = String.raw`\d+(?:\.\d+)*`;
/** The Debian releases the full/slim rows name. Older ones (bullseye, buster) stay unknown. */
const DEBIAN = '(?:trixie|bookworm)';
const ALPINE = String.raw`alpine(?:\d+\.\d+)?`;
const NODE_LINE = `(?:${VERSION}|lts|current)`;
const TEMURIN_VERSION = String.raw`\d+(?:\.\d+)*(?:_\d+)?`;
const UBUNTU = '(?:resolute|noble|jammy)';
/** openjdk now publishes early-access builds only; older `openjdk:17`-style tags were other images. */
const OPENJDK_EARLY_ACCESS = String.raw`\d+-(?:ea|rc)(?:-\d+)?`;
const NGINX_LINE = `(?:${VERSION}|mainline|stable)`;
/** mysql lines that are Oracle Linux 9 only; 8.0 and 5.7 had Debian variants. */
const MYSQL_VERSION = String.raw`(?:8|8\.4(?:\.\d+)?|9(?:\.\d+)*|[1-9]\d(?:\.\d+)*)`;
const DISTROLESS_ARCH = '(?:-(?:amd64|arm64|arm|s390x|ppc64le))?';
const DISTROLESS_RELEASE = String.raw`(?:-debian\d+)?`;
const DISTROLESS_TAG = `(?:latest|nonroot)${DISTROLESS_ARCH}`;

export interface ToolRowMatcher {
  namePattern: string;
  /** `null`: every tag (and a digest-only reference) is this row. */
  tagPattern: string | null;
  /** The source says the image has no shell at all, so `/bin/sh` is known to be absent. */
  noShell?: true;
  /** Where the shell lives when it is not `/bin/sh`. */
  shellPath?: string;
}

/** A non-debug distroless image: the README promises no shell. */
function distroless(flavour: string): ToolRowMatcher {
  return {
    namePattern: String.raw`gcr\.io/distroless/${flavour}${DISTROLESS_RELEASE}`,
    tagPattern: DISTROLESS_TAG,
    noShell: true,
  };
}

export const toolRowMatchers: Readonly<Record<string, ToolRowMatcher>> = {
  'alpine:*': { namePattern: 'alpine', tagPattern: null },
  'debian:trixie* / debian:13* (incl. -slim, latest)': {
    namePattern: 'debian',
    tagPattern: String.raw`(?:trixie|13)(?:[-.].*)?|latest`,
  },
  'debian:bookworm* / debian:12* (incl. -slim)': {
    namePattern: 'debian',
    tagPattern: String.raw`(?:bookworm|12)(?:[-.].*)?`,
  },
  'ubuntu:24.04 / ubuntu:noble*': { namePattern: 'ubuntu', tagPattern: String.raw`24\.04|noble(?:-.*)?` },
  'ubuntu:22.04 / ubuntu:jammy*': { namePattern: 'ubuntu', tagPattern: String.raw`22\.04|jammy(?:-.*)?` },
  'ubuntu:26.04 / ubuntu:latest (resolute)': {
    namePattern: 'ubuntu',
    tagPattern: String.raw`26\.04|latest|resolute(?:-.*)?`,
  },
  'busybox:* (musl/glibc/uclibc)': { namePattern: 'busybox', tagPattern: null },
  'python:<ver> / python:<ver>-trixie|-bookworm (full)': {
    namePattern: 'python',
    tagPattern: `${VERSION}(?:-${DEBIAN})?|latest|${DEBIAN}`,
  },
  'python:*-slim* (slim-trixie, slim-bookworm)': {
    namePattern: 'python',
    tagPattern: `(?:${VERSION}-)?slim(?:-${DEBIAN})?`,
  },
  'python:*-alpine*': { namePattern: 'python', tagPattern: `(?:${VERSION}-)?${ALPINE}` },
  'node:<ver> / node:<ver>-trixie|-bookworm (full)': {
    namePattern: 'node',
    tagPattern: `${NODE_LINE}(?:-${DEBIAN})?|latest|${DEBIAN}`,
  },
  'node:*-slim (trixie-slim, bookworm-slim)': {
    namePattern: 'node',
    tagPattern: `(?:${NODE_LINE}-)?(?:${DEBIAN}-)?slim`,
  },
  'node:*-alpine*': { namePattern: 'node', tagPattern: `(?:${NODE_LINE}-)?${ALPINE}` },
  'golang:<ver> / golang:<ver>-trixie|-bookworm': {
    namePattern: 'golang',
    tagPattern: `${VERSION}(?:-${DEBIAN})?|latest|${DEBIAN}`,
  },
  'golang:*-alpine*': { namePattern: 'golang', tagPattern: `(?:${VERSION}-)?${ALPINE}` },
  'rust:<ver> / rust:<ver>-trixie|-bookworm (full)': {
    namePattern: 'rust',
    tagPattern: `${VERSION}(?:-${DEBIAN})?|latest|${DEBIAN}`,
  },
  'rust:*-slim*': { namePattern: 'rust', tagPattern: `(?:${VERSION}-)?slim(?:-${DEBIAN})?` },
  'rust:*-alpine*': { namePattern: 'rust', tagPattern: `(?:${VERSION}-)?${ALPINE}` },
  'eclipse-temurin:<N> / <N>-jdk / <N>-jdk-<ubuntu> (resolute|noble|jammy)': {
    namePattern: 'eclipse-temurin',
    tagPattern: `${TEMURIN_VERSION}(?:-jdk)?(?:-${UBUNTU})?|latest`,
  },
  'eclipse-temurin:<N>-jre*': {
    namePattern: 'eclipse-temurin',
    tagPattern: `${TEMURIN_VERSION}-jre(?:-${UBUNTU})?`,
  },
  'eclipse-temurin:*-alpine*': {
    namePattern: 'eclipse-temurin',
    tagPattern: String.raw`${TEMURIN_VERSION}(?:-(?:jdk|jre))?-alpine(?:-\d+\.\d+)?`,
  },
  'openjdk:<EA>-jdk / openjdk:<EA>-oraclelinux* (default EA tag)': {
    namePattern: 'openjdk',
    tagPattern: String.raw`${OPENJDK_EARLY_ACCESS}(?:-jdk)?(?:-oraclelinux\d+)?`,
  },
  'openjdk:<EA>-slim* (trixie/bookworm)': {
    namePattern: 'openjdk',
    tagPattern: `${OPENJDK_EARLY_ACCESS}(?:-jdk)?-slim(?:-${DEBIAN})?`,
  },
  'ruby:<ver> / ruby:<ver>-trixie|-bookworm (full)': {
    namePattern: 'ruby',
    tagPattern: `${VERSION}(?:-${DEBIAN})?|latest|${DEBIAN}`,
  },
  'ruby:*-slim*': { namePattern: 'ruby', tagPattern: `(?:${VERSION}-)?slim(?:-${DEBIAN})?` },
  'ruby:*-alpine*': { namePattern: 'ruby', tagPattern: `(?:${VERSION}-)?${ALPINE}` },
  'php:<ver>-cli / php:<ver> (trixie/bookworm)': {
    namePattern: 'php',
    tagPattern: `${VERSION}(?:-cli)?(?:-${DEBIAN})?|latest|cli(?:-${DEBIAN})?|${DEBIAN}`,
  },
  'php:<ver>-apache / php:<ver>-fpm (debian)': {
    namePattern: 'php',
    tagPattern: `(?:${VERSION}-)?(?:apache|fpm)(?:-${DEBIAN})?`,
  },
  'php:*-alpine* (cli/fpm/zts)': {
    namePattern: 'php',
    tagPattern: `(?:${VERSION}-)?(?:(?:cli|fpm|zts)-)?${ALPINE}`,
  },
  // The nginx, httpd and redis Debian rows were read from trixie builds only.
  'nginx:<ver> / nginx:latest / nginx:mainline|stable (debian)': {
    namePattern: 'nginx',
    tagPattern: `${NGINX_LINE}(?:-trixie)?|latest|trixie`,
  },
  'nginx:*-alpine (not -alpine-slim)': { namePattern: 'nginx', tagPattern: `(?:${NGINX_LINE}-)?${ALPINE}` },
  'httpd:<ver> / httpd:latest (debian)': {
    namePattern: 'httpd',
    tagPattern: `${VERSION}(?:-trixie)?|latest|trixie`,
  },
  'httpd:*-alpine': { namePattern: 'httpd', tagPattern: `(?:${VERSION}-)?${ALPINE}` },
  'postgres:<ver> / postgres:latest (debian trixie/bookworm)': {
    namePattern: 'postgres',
    tagPattern: `${VERSION}(?:-${DEBIAN})?|latest|${DEBIAN}`,
  },
  'postgres:*-alpine*': { namePattern: 'postgres', tagPattern: `(?:${VERSION}-)?${ALPINE}` },
  'redis:<ver> / redis:latest (debian)': {
    namePattern: 'redis',
    tagPattern: `${VERSION}(?:-trixie)?|latest|trixie`,
  },
  'redis:*-alpine*': { namePattern: 'redis', tagPattern: `(?:${VERSION}-)?${ALPINE}` },
  'mysql:<ver> / mysql:latest|lts (oraclelinux9)': {
    namePattern: 'mysql',
    tagPattern: `(?:${MYSQL_VERSION}|lts|innovation)(?:-(?:oraclelinux9|oracle))?|latest|oraclelinux9|oracle`,
  },
  // mongo 7.0 is built on jammy; only the noble lines (8.x, latest) are this row.
  'mongo:<ver> (ubuntu noble)': {
    namePattern: 'mongo',
    tagPattern: String.raw`(?:${VERSION}-)?noble|8(?:\.\d+)*|latest`,
  },
  'gcr.io/distroless/static-debian1[23]:latest|nonroot': distroless('static'),
  'gcr.io/distroless/base[-nossl]-debian1[23]:latest|nonroot': distroless('base(?:-nossl)?'),
  'gcr.io/distroless/cc-debian1[23]:latest|nonroot': distroless('cc'),
  'gcr.io/distroless/python3-debian1[23]:latest|nonroot': distroless('python3'),
  'gcr.io/distroless/java{17,21,25}-debian13 (java17-debian12 discontinued)': distroless(String.raw`java\d*`),
  'gcr.io/distroless/nodejs{22,24,26}-debian13 (nodejs20-debian12 discontinued)': distroless(String.raw`nodejs\d*`),
  // busybox sits at /busybox/sh: shell-form instructions, which run /bin/sh -c, still fail.
  'gcr.io/distroless/*:debug / :debug-nonroot': {
    namePattern: String.raw`gcr\.io/distroless/[a-z0-9._-]+`,
    tagPattern: `debug(?:-nonroot)?${DISTROLESS_ARCH}`,
    shellPath: '/busybox/sh',
  },
  scratch: { namePattern: 'scratch', tagPattern: null, noShell: true },
  'cgr.dev/chainguard/static:latest[-glibc]': {
    namePattern: String.raw`cgr\.dev/chainguard/static`,
    tagPattern: 'latest(?:-glibc)?',
    noShell: true,
  },
  // Only :latest; the -dev variants add apk, bash and a shell.
  'cgr.dev/chainguard/python:latest': {
    namePattern: String.raw`cgr\.dev/chainguard/python`,
    tagPattern: 'latest',
    noShell: true,
  },
  'cgr.dev/chainguard/node:latest': { namePattern: String.raw`cgr\.dev/chainguard/node`, tagPattern: 'latest' },
  'amazonlinux:2023 / amazonlinux:latest': {
    namePattern: 'amazonlinux',
    tagPattern: String.raw`2023(?:\.[\d.]+)?|latest`,
  },
  'fedora:* (44 = latest)': { namePattern: 'fedora', tagPattern: null },
  'rockylinux:9 / rockylinux:9-minimal': {
    namePattern: 'rockylinux',
    tagPattern: String.raw`9(?:\.\d+)*(?:-minimal)?`,
  },
  'almalinux:10 / almalinux:latest / almalinux:*-minimal': {
    namePattern: 'almalinux',
    tagPattern: String.raw`10(?:\.\d+)*|latest|(?:\d+(?:\.\d+)*-)?minimal`,
  },
};
