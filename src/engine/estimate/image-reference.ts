/**
 * Image references as Docker reads them (`FROM python:3.12-slim`), following
 * distribution/reference: the grammar in regexp.go and the normalisation in normalize.go
 * (ParseNormalizedNamed, then the implicit `latest` of TagNameOnly).
 */

import { memoizeByText } from './text-memo.js';

export interface ImageReference {
  /** Registry host, `docker.io` when the name does not start with one. */
  registry: string;
  /** Path within the registry, normalised like Docker: `library/python`, `distroless/static-debian12`. */
  repository: string;
  /** The short name Docker prints: `python`, `bitnami/redis`, `gcr.io/distroless/static-debian12`. */
  familiarName: string;
  /** The written tag, else `latest` when there is no digest either; `null` for a digest-only reference. */
  tag: string | null;
  tagIsExplicit: boolean;
  /**
   * `algorithm:hex` when pinned. With both a tag and a digest Docker pulls by digest and ignores
   * the tag; the tag is kept here because it is still the best hint of what the digest is.
   */
  digest: string | null;
}

const DEFAULT_REGISTRY = 'docker.io';
const LEGACY_DEFAULT_REGISTRY = 'index.docker.io';
const OFFICIAL_NAMESPACE = 'library/';
const NAME_TOTAL_LENGTH_MAX = 255;

const ALPHANUMERIC = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6_ADDRESS = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6_ADDRESS})(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';

const REFERENCE = new RegExp(`^((?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const NAME = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`);
/** A bare image ID, which Docker refuses as a repository name. */
const IMAGE_ID = /^[a-f0-9]{64}$/;

/**
 * Parses `ref` the way `docker pull`/`FROM` do. Returns `null` when Docker would reject it,
 * which includes references still holding unexpanded `$VARIABLES`.
 */
export const parseImageReference: (ref: string) => ImageReference | null = memoizeByText(parseUncached);

function parseUncached(ref: string): ImageReference | null {
  if (IMAGE_ID.test(ref)) return null;
  const [registry, remainder] = splitRegistry(ref);
  const tagSeparator = remainder.indexOf(':');
  const remoteName = tagSeparator === -1 ? remainder : remainder.slice(0, tagSeparator);
  if (remoteName.toLowerCase() !== remoteName) return null;

  const match = REFERENCE.exec(`${registry}/${remainder}`);
  if (match === null) return null;
  const [, name = '', writtenTag, digest] = match;
  if (name.length > NAME_TOTAL_LENGTH_MAX) return null;
  const repository = NAME.exec(name)?.[2];
  if (repository === undefined) return null;

  return {
    registry,
    repository,
    familiarName: familiarName(registry, repository),
    tag: writtenTag ?? (digest === undefined ? 'latest' : null),
    tagIsExplicit: writtenTag !== undefined,
    digest: digest ?? null,
  };
}

/**
 * The first path element is a registry when it is `localhost`, contains `.` or `:`, or has
 * upper-case letters (repository paths never do). Single-element names are always Docker Hub
 * official images, so `localhost:5000` alone is `library/localhost` tagged `5000`, as in Docker.
 */
function splitRegistry(ref: string): [registry: string, remainder: string] {
  const slash = ref.indexOf('/');
  if (slash === -1) return [DEFAULT_REGISTRY, OFFICIAL_NAMESPACE + ref];
  const first = ref.slice(0, slash);
  const rest = ref.slice(slash + 1);
  let registry: string;
  let remainder: string;
  if (first === LEGACY_DEFAULT_REGISTRY) {
    [registry, remainder] = [DEFAULT_REGISTRY, rest];
  } else if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) {
    [registry, remainder] = [first, rest];
  } else {
    [registry, remainder] = [DEFAULT_REGISTRY, ref];
  }
  if (registry === DEFAULT_REGISTRY && !remainder.includes('/')) remainder = OFFICIAL_NAMESPACE + remainder;
  return [registry, remainder];
}

function familiarName(registry: string, repository: string): string {
  if (registry !== DEFAULT_REGISTRY) return `${registry}/${repository}`;
  const official = repository.startsWith(OFFICIAL_NAMESPACE) ? repository.slice(OFFICIAL_NAMESPACE.length) : null;
  return official !== null && !official.includes('/') ? official : repository;
}
