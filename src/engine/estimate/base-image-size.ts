/**
 * Base-image sizes from the bundled repo-info table (`src/data/base-images.ts`).
 */
import { unpackBaseImageSizeRow } from '../../data/base-image-size-rows.js';
import { packedBaseImageSizeRows } from '../../data/base-images.js';
import type { BaseImageSizeRow, ConfidenceLevel } from '../../data/image-data-types.js';
import { parseImageReference, type ImageReference } from './image-reference.js';
import { DISTRO_CODENAMES, tagFamilyCandidates } from './tag-family.js';
import { memoizeByText } from './text-memo.js';

export interface BaseImageSize {
  /** Familiar image name, e.g. `python`. */
  image: string;
  /** The tag or alias in the data that matched; a real tag of the image at the snapshot. */
  tag: string;
  /** The tag the data files the figures under (`3.12-slim-trixie` for the alias `3.12-slim`). */
  dataTag: string;
  /** Pull size: compressed layer blobs, as Docker Hub shows it. */
  compressedBytes: number;
  /** No measured compressed figure exists; `compressedBytes` is the source's estimate. */
  compressedIsEstimate: boolean;
  /** Unpacked size, only where a source publishes one. */
  uncompressedBytes: number | null;
  confidence: ConfidenceLevel;
  confidenceNote: string | null;
  os: string | null;
  source: string;
  date: string | null;
  stale: boolean;
  /** Matched a nearby tag of the same line (see tag-family.ts), not the tag as written. */
  approximate: boolean;
}

const rowsByImage = groupRowsByImage(packedBaseImageSizeRows.map(unpackBaseImageSizeRow));

/**
 * Size of the image `ref` names: the exact tag or one of its aliases, else the nearest tag of
 * the same line (flagged `approximate`). `null` when the image is not in the data, the
 * reference is invalid, or it is pinned by digest alone (the digest says nothing about which tag).
 */
export const lookupBaseImage: (ref: string) => BaseImageSize | null = memoizeByText(lookUpSize);

function lookUpSize(ref: string): BaseImageSize | null {
  const parsed = parseImageReference(ref);
  return parsed === null ? null : lookupParsed(parsed);
}

function lookupParsed(parsed: ImageReference): BaseImageSize | null {
  const byTag = rowsByImage.get(parsed.familiarName);
  if (byTag === undefined) return null;
  // `scratch` is the one image the data lists without a tag: Docker never pulls it.
  const untagged = byTag.get('');
  if (untagged !== undefined) return toSize(parsed.familiarName, '', untagged, false);
  if (parsed.tag === null) return null;
  return findInImage(parsed.familiarName, byTag, parsed.tag, true);
}

export type SlimmerKind = 'slim' | 'alpine';

export interface SlimmerBase {
  /** The lighter image as `image:tag`, with a tag the data knows. */
  reference: string;
  /** `slim` keeps the same distribution and libc; `alpine` switches to musl, which can break native code. */
  kind: SlimmerKind;
  current: BaseImageSize;
  suggested: BaseImageSize;
  compressedSavingBytes: number;
  /** Only when both images have a published unpacked size. */
  uncompressedSavingBytes: number | null;
  /**
   * The written tag matched only by tag family; the suggestion is then the lighter variant of the
   * line the data has, which can differ in version from what was written.
   */
  approximate: boolean;
}

/**
 * A lighter variant of `ref` that the data has, preferring `-slim` (same distribution, same
 * libc) over `-alpine`. A tag that names a release (`python:3.12-bookworm`) gets only a slim
 * variant of that release, compared with a full image of that release: the floating `-slim`
 * may already be the next Debian, and Alpine is another distribution altogether. Distroless is
 * not offered: it has no shell or package manager, so it only fits as the last stage of a
 * multi-stage build, which is a different advice.
 */
export const suggestSlimmerBase: (ref: string) => SlimmerBase | null = memoizeByText(findSlimmerBase);

function findSlimmerBase(ref: string): SlimmerBase | null {
  const parsed = parseImageReference(ref);
  if (parsed === null) return null;
  const current = lookupParsed(parsed);
  if (current === null || isAlreadyMinimal(current)) return null;
  const byTag = rowsByImage.get(current.image);
  if (byTag === undefined) return null;
  const release = parsed.tag === null ? undefined : variantWords(parsed.tag).find((word) => DISTRO_CODENAMES.has(word));
  if (release !== undefined && !isOfRelease(current, release)) return null;
  const writtenTags = [...new Set([parsed.tag ?? current.dataTag, current.dataTag, current.tag])];
  const kinds: readonly SlimmerKind[] = release === undefined ? ['slim', 'alpine'] : ['slim'];

  for (const kind of kinds) {
    for (const candidate of writtenTags.flatMap((tag) => lighterVariantTags(tag, kind))) {
      const suggested = findInImage(current.image, byTag, candidate, false);
      if (suggested === null || suggested.dataTag === current.dataTag) continue;
      if (release !== undefined && !isOfRelease(suggested, release)) continue;
      const compressedSavingBytes = current.compressedBytes - suggested.compressedBytes;
      if (compressedSavingBytes <= 0) continue;
      return {
        reference: `${current.image}:${suggested.tag}`,
        kind,
        current,
        suggested,
        compressedSavingBytes,
        uncompressedSavingBytes:
          current.uncompressedBytes !== null && suggested.uncompressedBytes !== null
            ? current.uncompressedBytes - suggested.uncompressedBytes
            : null,
        approximate: current.approximate,
      };
    }
  }
  return null;
}

/** The row is built on the Debian or Ubuntu release `codename`, by its tags or its recorded OS (`debian:12 (bookworm)`). */
function isOfRelease(size: BaseImageSize, codename: string): boolean {
  return [size.tag, size.dataTag].some((tag) => variantWords(tag).includes(codename)) || (size.os ?? '').includes(`(${codename})`);
}

/** Alpine-based images and scratch have no lighter official variant. */
function isAlreadyMinimal(size: BaseImageSize): boolean {
  return size.os === null || size.os.startsWith('alpine');
}

/**
 * Tags official images use for the lighter variant of `tag`: `bookworm` → `bookworm-slim`,
 * `3.12` → `3.12-slim`, `3.12-trixie` → `3.12-slim-trixie` (python's order) or
 * `22-bookworm-slim` (node's), `latest` → `slim`, and `…-alpine` on the tag without its
 * codename and `slim`. A codename is kept: the floating `3.12-slim` moves to the next release.
 */
function lighterVariantTags(tag: string, kind: SlimmerKind): string[] {
  const words = variantWords(tag);
  const codename = words.find((word) => DISTRO_CODENAMES.has(word));
  const line = words.filter((word) => word !== 'slim' && word !== 'latest' && !DISTRO_CODENAMES.has(word));
  const withVariant = (variant: string, ...suffix: string[]) => [...line, variant, ...suffix].join('-');
  if (kind === 'alpine') return [withVariant('alpine')];
  if (words.includes('slim')) return [];
  return codename === undefined ? [`${tag}-slim`, withVariant('slim')] : [`${tag}-slim`, withVariant('slim', codename)];
}

function variantWords(tag: string): string[] {
  return tag.split('-').filter((word) => word !== '');
}

function findInImage(
  image: string,
  byTag: ReadonlyMap<string, BaseImageSizeRow>,
  tag: string,
  allowFamily: boolean,
): BaseImageSize | null {
  const exact = byTag.get(tag);
  if (exact !== undefined) return toSize(image, tag, exact, false);
  if (!allowFamily) return null;
  for (const candidate of tagFamilyCandidates(tag)) {
    const row = byTag.get(candidate);
    if (row !== undefined) return toSize(image, candidate, row, true);
  }
  return null;
}

function toSize(image: string, tag: string, row: BaseImageSizeRow, approximate: boolean): BaseImageSize {
  return {
    image,
    tag,
    dataTag: row.tag,
    compressedBytes: row.compressedBytes,
    compressedIsEstimate: row.compressedIsEstimate,
    uncompressedBytes: row.uncompressedBytes,
    confidence: row.confidence,
    confidenceNote: row.confidenceNote,
    os: row.os,
    source: row.source,
    date: row.date,
    stale: row.stale,
    approximate,
  };
}

function groupRowsByImage(rows: readonly BaseImageSizeRow[]): Map<string, Map<string, BaseImageSizeRow>> {
  const byImage = new Map<string, Map<string, BaseImageSizeRow>>();
  for (const row of rows) {
    const byTag = byImage.get(row.image) ?? new Map<string, BaseImageSizeRow>();
    for (const tag of [row.tag, ...row.otherTags]) byTag.set(tag, row);
    byImage.set(row.image, byTag);
  }
  return byImage;
}
