import type { ShellWord } from '../../shell/index.js';
import type { Instruction, JsonString, Word } from '../../syntax/types.js';
import { hasOption, pathBasename, resolveWord, runShellCommands, type RunShellCommand } from '../helpers/run-commands.js';
import { copyPaths, pathText, resolvePath } from '../helpers/stage-facts.js';
import type { Rule, RuleContext, RuleDocs } from '../types.js';

/**
 * Tarballs ADD unpacks by itself (plain, gzip, bzip2, xz), judged by file name. hadolint also
 * counts lzip, lzma and compress files, which ADD would copy as they are.
 */
const ARCHIVE = /\.(?:tar|tgz|tbz2?|tb2|txz|gz|bz2|xz)$/;
const DECOMPRESSORS = new Set(['gunzip', 'bunzip2', 'unxz', 'zcat', 'bzcat', 'xzcat']);
const COMPRESSORS = new Set(['gzip', 'bzip2', 'xz']);

interface CopiedArchive {
  copy: Instruction;
  marker: Word | JsonString;
  name: string;
  /** The absolute path in the image, when the destination says it plainly. */
  path: string | null;
}

function isTarExtract(command: RunShellCommand): boolean {
  if (hasOption(command, ['x', 'extract', 'get'])) return true;
  const bundled = command.args[0]?.value ?? '';
  return /^[A-Za-z]+$/.test(bundled) && bundled.includes('x');
}

function extracts(command: RunShellCommand): boolean {
  if (command.name === 'tar') return isTarExtract(command);
  if (command.name !== null && DECOMPRESSORS.has(command.name)) return true;
  return command.name !== null && COMPRESSORS.has(command.name) && hasOption(command, ['d', 'decompress']);
}

/** The file operands of an extraction, `--file=x` included. */
function fileArguments(command: RunShellCommand): ShellWord[] {
  return command.args.filter((word) => !word.value.startsWith('-') || word.value.startsWith('--file='));
}

/**
 * A COPY path without quotes. BuildKit splits COPY arguments at whitespace even inside quotes, so
 * a quoted path with a space arrives in pieces that keep a stray quote.
 */
function unquoted(path: Word | JsonString): string {
  return pathText(path).replace(/["']/g, '');
}

function absolutePath(directory: string | null, path: string): string | null {
  if (/^[A-Za-z]:|\\/.test(path)) return null;
  if (path.startsWith('/')) return resolvePath('/', path);
  return directory === null ? null : resolvePath(directory, path);
}

/** The archives a COPY brings in (named after the destination when that is an archive file name). */
function copiedArchives(context: RuleContext, copy: Instruction): CopiedArchive[] {
  if (copy.details.kind !== 'COPY' || copy.flags.some((flag) => flag.name === 'from')) return [];
  const { sources, destination } = copyPaths(copy);
  if (destination === null) return [];
  const target = unquoted(destination);
  const workdir = context.model.contextOf(copy).workdir;
  const archives = sources.filter((source) => ARCHIVE.test(pathBasename(unquoted(source))));
  if (ARCHIVE.test(pathBasename(target)) && !/[\\/]$/.test(target)) {
    return [{ copy, marker: archives[0] ?? destination, name: pathBasename(target), path: absolutePath(workdir, target) }];
  }
  const directory = absolutePath(workdir, target);
  return archives.map((source) => {
    const name = pathBasename(unquoted(source));
    return { copy, marker: source, name, path: directory === null ? null : resolvePath(directory, name) };
  });
}

function matches(context: RuleContext, archive: CopiedArchive, command: RunShellCommand, word: ShellWord): boolean {
  const resolved = resolveWord(context, command.instruction, word);
  const file = (resolved ?? word.value).replace(/^--file=/, '');
  if (pathBasename(file) !== archive.name) return false;
  const path = resolved !== null && file.startsWith('/') ? resolvePath('/', file) : null;
  return archive.path === null || path === null || archive.path === path;
}

export const rule: Rule = {
  meta: {
    code: 'DL3010',
    name: 'copy-then-extract-archive',
    severity: 'info',
    category: 'size',
    refs: ['hadolint:DL3010'],
    enabledByDefault: true,
    description: 'Use ADD to unpack a local tar archive instead of COPY followed by an extraction in RUN.',
    fix: 'none',
    messages: { extracted: '`{archive}` is unpacked by the RUN on line {line}: ADD can unpack it while copying' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3010',
  },
  check(context) {
    let copied: CopiedArchive[] = [];
    const reported = new Set<Instruction>();
    for (const instruction of context.syntax.instructions) {
      const kind = instruction.details.kind;
      if (kind === 'FROM') copied = [];
      else if (kind === 'COPY') copied.push(...copiedArchives(context, instruction));
      if (kind !== 'RUN' || copied.length === 0) continue;
      for (const command of runShellCommands(context, instruction).filter(extracts)) {
        for (const archive of copied) {
          if (reported.has(archive.copy) || !fileArguments(command).some((word) => matches(context, archive, command, word))) continue;
          reported.add(archive.copy);
          context.report({
            messageId: 'extracted',
            data: { archive: archive.name, line: instruction.startLine },
            instruction: archive.copy,
            at: archive.marker,
          });
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A COPY stores the archive in its own layer, and extracting it in a later RUN adds the unpacked files on top, so the ' +
    'image carries both. ADD unpacks a local tar archive (plain, gzip, bzip2 or xz) straight into the destination in ' +
    'one layer.',
  examples: {
    bad: ['FROM alpine:3.20\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n'],
    good: ['FROM alpine:3.20\nADD app.tar.gz /opt/\n'],
  },
};
