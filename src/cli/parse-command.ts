import { parseArgs } from 'node:util';
import { dumpBuildkit, parse, type Dockerfile } from '../engine/index.js';
import { UsageError, type CliIo } from './io.js';
import { readInput } from './input.js';

const FORMATS = ['json', 'buildkit'] as const;
type ParseFormat = (typeof FORMATS)[number];

/** The tree for JSON output: nodes serialise with their ranges (see syntax/nodes.ts), minus line tables. */
function serializable(dockerfile: Dockerfile): object {
  const { lineStarts: _lineStarts, text: _text, ...rest } = dockerfile;
  return rest;
}

export async function parseCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'json' } },
    allowPositionals: true,
    strict: true,
  });
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (expected ${FORMATS.join(' or ')})`);
  }
  if (positionals.length > 1) throw new UsageError('parse takes one file (or - for standard input)');
  const { name, text } = await readInput(positionals[0] ?? '-', io);
  const dockerfile = parse(text);
  const errors = dockerfile.diagnostics.filter((d) => d.severity === 'error');
  if ((format as ParseFormat) === 'buildkit') {
    if (errors.length === 0) io.stdout(dumpBuildkit(dockerfile));
    for (const error of errors) {
      io.stderr(`${name}:${error.range.startLine}: dockerfile parse error on line ${error.range.startLine}: ${error.message}\n`);
    }
  } else {
    io.stdout(`${JSON.stringify({ file: name, ...serializable(dockerfile) }, null, 2)}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}
