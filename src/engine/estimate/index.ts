/**
 * Size and base-image estimates for rules and the layers panel. Pure: the data they read is
 * bundled from src/data, generated from ../shared/data by test/data-gen/generate-data.ts.
 */
export { parseImageReference, type ImageReference } from './image-reference.js';
export {
  lookupBaseImage,
  suggestSlimmerBase,
  type BaseImageSize,
  type SlimmerBase,
  type SlimmerKind,
} from './base-image-size.js';
export { baseImageTools, type BaseImageTools, type Presence, type ProvidedTool } from './base-image-tools.js';
export {
  aptInstallEstimate,
  recommendsSaving,
  type AptBaseFlavour,
  type AptInstallEstimate,
  type AptInstallOptions,
  type AptPackageId,
  type RecommendsSaving,
} from './apt-install.js';
export { APT_ESTIMATE_LABEL, approximateAptBase, bookwormAptBase, onBookworm } from './apt-base.js';
export { formatBytes } from './format-bytes.js';
