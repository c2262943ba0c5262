/**
 * What FROM, `COPY --from` and `RUN --mount=from=` point at, the way BuildKit resolves them
 * (dockerfile2llb: `toCommand`, `detectRunMount`, `parseBuildStageName`), plus the per-stage
 * grouping the "one per stage" rules share.
 */
import { parseImageReference, type ImageReference } from '../../estimate/image-reference.js';
import { expandWord, type SemanticModel } from '../../model/index.js';
import type { Instruction, JsonString, Word } from '../../syntax/types.js';
import { oncePerModel } from './memo.js';

/** BuildKit's pattern for stage names, checked after lowercasing. */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

const NO_VARIABLES = { get: () => undefined };

export type CopySource =
  /** A stage defined before the instruction's own stage. */
  | { kind: 'earlier-stage'; stage: number }
  /** The instruction's own stage: BuildKit stops with a circular dependency. */
  | { kind: 'own-stage'; stage: number }
  /** A stage defined further down: BuildKit accepts it, the classic builder and most readers do not. */
  | { kind: 'later-stage'; stage: number }
  /** `$VAR` or escapes: BuildKit refuses variable expansion in `--from`. */
  | { kind: 'variable' }
  /** A number with no stage at that index. */
  | { kind: 'missing-index'; index: number }
  /** Spelled like a stage name but no stage has it: BuildKit pulls an image of that name. */
  | { kind: 'unknown-name'; reference: ImageReference | null }
  /** Cannot be a stage name (it has a registry, a tag or a digest): an image. */
  | { kind: 'image'; reference: ImageReference | null };

/** Each stage name with the first stage that has it. */
const stagesByName = oncePerModel((model): ReadonlyMap<string, number> => {
  const byName = new Map<string, number>();
  for (const stage of model.stages) if (stage.name !== null && !byName.has(stage.name)) byName.set(stage.name, stage.index);
  return byName;
});

/** The stage a name designates (case-insensitively, as BuildKit keys stages), in any position. */
export function stageNamed(model: SemanticModel, name: string): number | null {
  return stagesByName(model).get(name.toLowerCase()) ?? null;
}

function relativeTo(stage: number, ownStage: number | null): CopySource {
  if (ownStage === null || stage > ownStage) return { kind: 'later-stage', stage };
  if (stage === ownStage) return { kind: 'own-stage', stage };
  return { kind: 'earlier-stage', stage };
}

/** What `COPY --from=<value>` copies from, for an instruction in stage `ownStage` (null before any FROM). */
export function classifyCopyFrom(model: SemanticModel, ownStage: number | null, value: string): CopySource {
  if (expandWord(value, NO_VARIABLES).value !== value) return { kind: 'variable' };
  if (/^\d+$/.test(value)) {
    const index = Number(value);
    return index < model.stages.length ? relativeTo(index, ownStage) : { kind: 'missing-index', index };
  }
  const named = stageNamed(model, value);
  if (named !== null) return relativeTo(named, ownStage);
  const reference = parseImageReference(value);
  return STAGE_NAME.test(value.toLowerCase()) ? { kind: 'unknown-name', reference } : { kind: 'image', reference };
}

/** The image a `RUN --mount` `from=` value names after expansion, or null for a stage or an unknown value. */
export function mountImage(model: SemanticModel, instruction: Instruction, value: string): ImageReference | null {
  const expansion = model.expand(instruction, value);
  if (expansion.error !== null || expansion.unmatched.length > 0) return null;
  if (stageNamed(model, expansion.value) !== null) return null;
  return parseImageReference(expansion.value);
}

/**
 * Instructions grouped by stage (without the FROM), preceded by the instructions before the first
 * FROM: hadolint lints such fragments as if they were one stage.
 */
export function stageBodies(model: SemanticModel): Instruction[][] {
  return [model.preamble, ...model.stages.map((stage) => stage.instructions)];
}

/** A path of COPY/ADD as written, with one pair of surrounding quotes removed (JSON form: decoded). */
export function pathText(path: Word | JsonString): string {
  if ('value' in path) return path.value;
  return path.raw.replace(/^(['"])(.*)\1$/s, '$2');
}

/** A COPY/ADD source given as a heredoc (`<<EOF`), whose content is inline, not a file. */
export function isHeredocSource(instruction: Instruction, path: Word | JsonString): boolean {
  return !('value' in path) && instruction.heredocs.some((heredoc) => heredoc.marker.start === path.start);
}

/** The offsets of an instruction's keyword, where instruction-level markers go. */
export function keywordSpan(instruction: Instruction): { start: number; end: number } {
  return { start: instruction.start, end: instruction.start + instruction.keyword.length };
}

export interface Repeated {
  instruction: Instruction;
  previous: Instruction;
}

/** Every instruction of `kind` in the same stage body after the first one, paired with the one before it. */
export function repeatedInStage(model: SemanticModel, kind: Instruction['details']['kind']): Repeated[] {
  const repeated: Repeated[] = [];
  for (const body of stageBodies(model)) {
    let previous: Instruction | null = null;
    for (const instruction of body) {
      if (instruction.details.kind !== kind) continue;
      if (previous !== null) repeated.push({ instruction, previous });
      previous = instruction;
    }
  }
  return repeated;
}

/**
 * A COPY/ADD path with quotes removed and, only when it uses variables, expanded; null when a
 * variable has no value here. Paths without `$` are left alone so Windows backslashes survive.
 */
export function resolvedPath(model: SemanticModel, instruction: Instruction, path: Word | JsonString): string | null {
  const text = pathText(path);
  if (!text.includes('$')) return text;
  const expansion = model.expand(instruction, 'value' in path ? path.value : path.raw);
  return expansion.error !== null || expansion.unmatched.length > 0 ? null : expansion.value;
}

/** Windows base images: Server Core, Nano Server and the `windows` repositories. */
const WINDOWS_IMAGE = /windows|nanoserver|servercore/i;
const WINDOWS_SHELL = /(?:^|[\\/])(?:cmd|powershell|pwsh)(?:\.exe)?$/i;

/**
 * Whether an instruction builds a Windows image: its stage chain starts from a Windows image, or a
 * Windows shell is in effect. UIDs and `root` mean nothing there.
 */
export function buildsWindowsImage(model: SemanticModel, instruction: Instruction): boolean {
  const scope = model.contextOf(instruction);
  if (WINDOWS_SHELL.test(scope.shell[0] ?? '')) return true;
  let stage = scope.stage === null ? undefined : model.stages[scope.stage];
  const seen = new Set<number>();
  while (stage !== undefined && stage.parent !== null && !seen.has(stage.index)) {
    seen.add(stage.index);
    stage = model.stages[stage.parent];
  }
  return stage !== undefined && stage.base.kind === 'image' && WINDOWS_IMAGE.test(stage.base.expanded);
}
