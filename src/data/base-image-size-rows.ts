/** Decodes the rows of `base-images.ts` (format: `PackedBaseImageSizeRow` in image-data-types.ts). */
import type { BaseImageSizeRow, PackedBaseImageSizeRow } from './image-data-types.js';

export function unpackBaseImageSizeRow(packed: PackedBaseImageSizeRow): BaseImageSizeRow {
  const [
    image,
    tag,
    otherTags,
    compressedBytes,
    compressedIsEstimate,
    uncompressedBytes,
    confidence,
    confidenceNote,
    os,
    source,
    date,
    stale,
  ] = packed;
  return {
    image,
    tag,
    otherTags: otherTags === '' ? [] : otherTags.split(' '),
    compressedBytes,
    compressedIsEstimate,
    uncompressedBytes,
    confidence,
    confidenceNote,
    os,
    source: source.startsWith('@') ? repoInfoSource(image, tag, source.slice(1)) : source,
    date,
    stale,
  };
}

export function repoInfoSource(image: string, tag: string, commit: string): string {
  return `docker-library/repo-info@${commit}:repos/${image}/remote/${tag}.md`;
}
