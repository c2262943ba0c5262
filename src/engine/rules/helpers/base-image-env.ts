/**
 * The ENV names a stage's base image brings, from the table in src/data/base-image-env.ts: what
 * BuildKit would read from the image's config, for the images the table knows.
 */
import type { SemanticModel, Stage } from '../../model/index.js';
import { BASE_IMAGE_ENV_ROWS } from '../../../data/base-image-env.js';
import { isWindowsOnlyImage } from './buildkit-platform.js';
import { rootBase } from './stage-facts.js';

export interface BaseImageEnv {
  /** Names the image sets, in its config's order. */
  names: readonly string[];
  /** Whether the image sets no name besides `names`; false for every image the table does not know. */
  complete: boolean;
}

/** `scratch` has no config: BuildKit starts from an empty environment (plus its default PATH). */
const SCRATCH_ENV: BaseImageEnv = { names: [], complete: true };
const UNKNOWN_ENV: BaseImageEnv = { names: [], complete: false };

const envByImage: ReadonlyMap<string, BaseImageEnv> = new Map(
  BASE_IMAGE_ENV_ROWS.flatMap(({ images, names, complete }) => images.map((image) => [image, { names, complete }] as const)),
);

/**
 * The environment the root image of `stage`'s chain brings: a stage built FROM another stage
 * inherits its parent's. Unknown for images outside the table, Windows images, and references
 * that still hold unset variables.
 */
export function baseImageEnv(model: SemanticModel, stage: Stage): BaseImageEnv {
  const base = rootBase(model, stage.index)?.base;
  if (base?.kind === 'scratch') return SCRATCH_ENV;
  if (base?.kind !== 'image' || base.reference === null || isWindowsOnlyImage(base.expanded)) return UNKNOWN_ENV;
  return envByImage.get(base.reference.familiarName) ?? UNKNOWN_ENV;
}

/** Only a name an ENV instruction can set can come from a base image; `$1` or `$@` never do. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether the image sets `name`, or might: an image outside the table may set any ENV name. */
export function imageMaySet(image: BaseImageEnv, name: string): boolean {
  return image.names.includes(name) || (!image.complete && ENV_NAME.test(name));
}
