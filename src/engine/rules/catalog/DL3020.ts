import { isHeredocSource, keywordSpan, pathText, resolvedPath } from '../helpers/images.js';
import type { Instruction, JsonString, Word } from '../../syntax/types.js';
import type { SemanticModel } from '../../model/index.js';
import type { Rule, RuleDocs } from '../types.js';

/**
 * Extensions of files ADD unpacks: tar, optionally compressed with gzip, bzip2, xz or zstd (what
 * BuildKit detects), plus the other tar spellings hadolint accepts.
 */
const ARCHIVE_EXTENSIONS = [
  '.tar', '.gz', '.tgz', '.bz2', '.tbz', '.tbz2', '.tb2', '.xz', '.txz', '.zst', '.tzst',
  '.lz', '.lzma', '.tlz', '.z', '.tz', '.tpz',
];

/** Sources ADD fetches instead of reading the build context: HTTP(S) URLs and Git repositories. */
const REMOTE_SOURCE = /^(?:https?:\/\/|git:\/\/|ssh:\/\/|git@)/i;

/** Flags COPY does not have. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

type SourceKind = 'plain' | 'archive' | 'remote' | 'unknown';

function sourceKind(model: SemanticModel, instruction: Instruction, path: Word | JsonString): SourceKind {
  if (isHeredocSource(instruction, path)) return 'plain';
  const source = resolvedPath(model, instruction, path);
  if (source === null) return 'unknown';
  if (REMOTE_SOURCE.test(source)) return 'remote';
  const lower = source.toLowerCase();
  return ARCHIVE_EXTENSIONS.some((extension) => lower.endsWith(extension)) ? 'archive' : 'plain';
}

export const rule: Rule = {
  meta: {
    code: 'DL3020',
    name: 'add-instead-of-copy',
    severity: 'error',
    category: 'maintainability',
    refs: ['hadolint:DL3020'],
    enabledByDefault: true,
    description: 'Use COPY, not ADD, for files and folders from the build context.',
    fix: 'safe',
    messages: {
      useCopy: 'Use COPY instead of ADD for files and folders: `{source}` is neither a URL nor a local archive',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3020',
  },
  check(context) {
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'ADD') continue;
      const sources = instruction.details.paths.slice(0, -1);
      const kinds = sources.map((path) => sourceKind(context.model, instruction, path));
      const firstPlain = kinds.indexOf('plain');
      if (firstPlain < 0 || kinds.includes('unknown')) continue;
      const onlyPlain = kinds.every((kind) => kind === 'plain');
      const copyCanDoIt = onlyPlain && !instruction.flags.some((flag) => ADD_ONLY_FLAGS.has(flag.name));
      const keyword = keywordSpan(instruction);
      context.report({
        messageId: 'useCopy',
        data: { source: pathText(sources[firstPlain]!) },
        instruction,
        at: keyword,
        fixes: copyCanDoIt
          ? [{ title: 'Replace ADD with COPY', safety: 'safe', edits: [{ ...keyword, text: instruction.keyword === 'add' ? 'copy' : 'COPY' }] }]
          : [],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'ADD does more than copy: it unpacks local archives and downloads URLs, so a reader cannot tell from the line what it does, ' +
    'and whether a local file is unpacked depends on its contents, which the line does not show. COPY only copies, which is what a file or folder needs. ' +
    'Keep ADD for the cases that need its extras: unpacking a local tarball or fetching a URL or Git repository.',
  examples: {
    bad: ['FROM alpine:3.20\nADD app.py /srv/\n', 'FROM alpine:3.20\nADD ["config", "/etc/app/"]\n'],
    good: [
      'FROM alpine:3.20\nCOPY app.py /srv/\n',
      'FROM alpine:3.20\nADD rootfs.tar.gz /\n',
      'FROM alpine:3.20\nADD https://example.com/tool.tgz /opt/\n',
      'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\n',
    ],
  },
};
