/**
 * Which base images the Debian bookworm apt estimates (apt-install.ts) describe. The closures
 * subtract the 88 packages of `debian:bookworm-slim`, so they hold only for a base that is
 * Debian 12 and ships about that set (../shared/data/debian-bookworm/NOTES.md, "Base assumption"):
 *
 * - `debian:bookworm*` / `debian:12*`: the slim tags are the set itself, the others the same
 *   packages with docs kept;
 * - `-slim` variants of official images on bookworm whose inventory records no gcc, make or git
 *   (`python:3.12-slim-bookworm`, `node:22-bookworm-slim`): a few runtime libraries on top, which
 *   the estimate counts again but which weigh little;
 * - not the full images built on buildpack-deps (`node:22`, `python:3.12-bookworm`, `golang`, …):
 *   they already hold ~400 packages, compilers included, and their package lists are not bundled,
 *   so the estimate would count much of what they ship;
 * - not other releases or distributions (trixie, Ubuntu, Alpine), nor images the data cannot place.
 *
 * `approximateAptBase` widens this to the minimal bases of the current releases built from the same
 * packages (Debian trixie, Ubuntu 22.04 and later): their closures differ in versions and a few
 * names, so a figure there is only the right order of magnitude and is labelled as such.
 */
import type { AptBaseFlavour } from './apt-install.js';
import { lookupBaseImage } from './base-image-size.js';
import { baseImageTools } from './base-image-tools.js';
import { parseImageReference } from './image-reference.js';
import { DISTRO_CODENAMES } from './tag-family.js';
import { memoizeByText } from './text-memo.js';

const DEBIAN_BOOKWORM_TAG = /^(?:bookworm|12)(?:[-.].*)?$/;
const DEBIAN_CURRENT_TAG = /^(?:trixie|13|stable|latest)(?:[-.].*)?$/;
const UBUNTU_CURRENT_TAG = /^(?:latest|rolling|jammy|noble|resolute|(?:2[2-9]|[3-9]\d)\.\d\d)(?:[-.].*)?$/;
/** `debian:12 (bookworm)`, as the size data records a row's OS. */
const OS_RELEASE = /\(([a-z]+)\)/;

const BOOKWORM: ReadonlySet<string> = new Set(['bookworm']);
const TRIXIE: ReadonlySet<string> = new Set(['trixie']);

/** How a figure from the bookworm data is labelled: exact for the bases it describes, rough for the others. */
export const APT_ESTIMATE_LABEL = { exact: 'estimate, Debian bookworm', rough: 'rough estimate from Debian bookworm data' } as const;

/** The flavour of Debian bookworm base `image` (`image:tag` as written after FROM) is, or null when the apt data does not describe it. */
export const bookwormAptBase: (image: string) => AptBaseFlavour | null = memoizeByText((image: string) =>
  minimalAptBase(image, DEBIAN_BOOKWORM_TAG, BOOKWORM),
);

/**
 * Whether `image` is built on Debian bookworm, whatever it ships: what depends only on the
 * release's archive (the size of the package lists) holds for it exactly.
 */
export const onBookworm: (image: string) => boolean = memoizeByText((image: string): boolean => {
  const parsed = parseImageReference(image);
  if (parsed === null || parsed.tag === null) return false;
  if (parsed.familiarName === 'debian') return DEBIAN_BOOKWORM_TAG.test(parsed.tag);
  return release(image, parsed.tag) === 'bookworm';
});

/** A minimal Debian or Ubuntu base of a current release the bookworm figures roughly describe, or null. */
export const approximateAptBase: (image: string) => AptBaseFlavour | null = memoizeByText((image: string): AptBaseFlavour | null => {
  const parsed = parseImageReference(image);
  // Ubuntu's images leave docs out like Debian's slim ones; an untagged reference means latest.
  if (parsed?.familiarName === 'ubuntu') return UBUNTU_CURRENT_TAG.test(parsed.tag ?? 'latest') ? 'slim' : null;
  return minimalAptBase(image, DEBIAN_CURRENT_TAG, TRIXIE);
});

/** `debian:<release>` tags matching `debianTags`, and slim variants of official images on one of `releases` that ship no toolchain. */
function minimalAptBase(image: string, debianTags: RegExp, releases: ReadonlySet<string>): AptBaseFlavour | null {
  const parsed = parseImageReference(image);
  if (parsed === null || parsed.tag === null) return null;
  const slim = parsed.tag.split('-').includes('slim');
  if (parsed.familiarName === 'debian') return debianTags.test(parsed.tag) ? (slim ? 'slim' : 'full') : null;
  const named = release(image, parsed.tag);
  if (!slim || named === null || !releases.has(named)) return null;
  const tools = baseImageTools(image);
  return tools !== null && tools.gcc === false && tools.make === false && tools.git === false ? 'slim' : null;
}

/**
 * The Debian or Ubuntu codename the tag names, else the release of the data row filed under the
 * tag itself. A row matched only by tag family does not count: an older version of the line may
 * have been built on an older release.
 */
function release(image: string, tag: string): string | null {
  const named = tag.split('-').find((word) => DISTRO_CODENAMES.has(word));
  if (named !== undefined) return named;
  const size = lookupBaseImage(image);
  if (size === null || size.approximate) return null;
  return OS_RELEASE.exec(size.os ?? '')?.[1] ?? null;
}
