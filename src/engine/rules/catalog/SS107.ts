import { formatBytes, parseImageReference, suggestSlimmerBase, type SlimmerBase } from '../../estimate/index.js';
import { chainInstructions, finalStage, packageCommands, rootBase } from '../helpers/stage-facts.js';
import type { Fix, Rule, RuleDocs } from '../types.js';

/** Below this the switch is not worth a finding. */
const MIN_SAVING_BYTES = 10_000_000;

/** `docker-library/repo-info@<commit>:repos/python/remote/3.12-trixie.md` → `docker-library/repo-info, 2026-08-13`. */
function sourceLabel(suggestion: SlimmerBase): string {
  const repository = suggestion.current.source.split('@')[0] ?? suggestion.current.source;
  const date = suggestion.current.date?.slice(0, 10);
  return date === undefined ? repository : `${repository}, ${date}`;
}

export const rule: Rule = {
  meta: {
    code: 'SS107',
    name: 'heavy-base-image',
    severity: 'info',
    category: 'size',
    refs: ['shipshape:SS107'],
    enabledByDefault: true,
    description: 'The final image starts from a full base where a slim or Alpine variant exists.',
    fix: 'unsafe',
    messages: {
      heavier: '`{image}` is a full image: `{suggested}` is about {saving} smaller to pull (estimate: {current} → {lighter} compressed, {source})',
      heavierAlpine:
        '`{image}` is a full image: `{suggested}` is about {saving} smaller to pull (estimate: {current} → {lighter} compressed, {source}); Alpine uses musl, so check native dependencies',
      heavierNearby:
        '`{image}` is a full image: its `-{kind}` variant is likely much smaller (estimate for the nearest tag shipshape knows: `{known}` {current} → `{suggested}` {lighter} compressed, {source})',
    },
  },
  check(context) {
    const { model } = context;
    const final = finalStage(model);
    if (final === null) return;
    const root = rootBase(model, final.index);
    if (root === null || root.base.kind !== 'image' || root.base.reference === null) return;
    const image = root.base.expanded;
    const reference = root.base.reference;
    if (reference.tag !== null && /(?:^|-)slim(?:-|$)/.test(reference.tag)) return;
    const suggestion = suggestSlimmerBase(image);
    if (suggestion === null || suggestion.compressedSavingBytes < MIN_SAVING_BYTES) return;
    const usesApt = chainInstructions(model, final.index).some(
      (instruction) => instruction.details.kind === 'RUN' && packageCommands(context, instruction).some((command) => command.manager === 'apt'),
    );
    if (suggestion.kind === 'alpine' && usesApt) return;

    const data = {
      image,
      suggested: suggestion.reference,
      saving: formatBytes(suggestion.compressedSavingBytes),
      current: formatBytes(suggestion.current.compressedBytes),
      lighter: formatBytes(suggestion.suggested.compressedBytes),
      source: sourceLabel(suggestion),
      kind: suggestion.kind,
      known: `${suggestion.current.image}:${suggestion.current.tag}`,
    };
    const word = root.stage.from.details.kind === 'FROM' ? root.stage.from.details.image : null;
    if (word === null) return;
    const fixes: Fix[] = [];
    const suggestedTag = parseImageReference(suggestion.reference)?.tag;
    if (!suggestion.approximate && reference.digest === null && !word.raw.includes('$') && suggestedTag != null) {
      const text = reference.tagIsExplicit ? `${word.raw.slice(0, word.raw.lastIndexOf(':'))}:${suggestedTag}` : `${word.raw}:${suggestedTag}`;
      fixes.push({ title: `Use ${suggestion.reference}`, safety: 'unsafe', edits: [{ start: word.start, end: word.end, text }] });
    }
    const messageId = suggestion.approximate ? 'heavierNearby' : suggestion.kind === 'alpine' ? 'heavierAlpine' : 'heavier';
    context.report({ messageId, data, instruction: root.stage.from, at: word, fixes });
  },
};

export const docs: RuleDocs = {
  why:
    'Full official images such as `python:3.12` or `node:24` carry compilers, headers and hundreds of Debian packages that a running app never touches; every pull, push and cold start pays for them, and every one of them shows up in vulnerability scans. ' +
    'The `-slim` variant keeps the same distribution and libc and is usually a drop-in replacement; `-alpine` is smaller still but uses musl, which can break prebuilt native modules. ' +
    'Only the final image is checked: build stages may well need the full toolchain. The figures are compressed pull sizes from the bundled repo-info snapshot, so treat them as estimates.',
  examples: {
    bad: ['FROM python:3.12\nCOPY . /app\nCMD ["python", "/app/main.py"]\n'],
    good: [
      'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\n',
      'FROM python:3.12 AS build\nRUN pip wheel --wheel-dir /wheels numpy\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\n',
    ],
  },
};
