import { readFile } from 'node:fs/promises';
import { ENGINE_VERSION } from '../engine/index.js';
import { UsageError, type CliIo } from './io.js';
import { lintCommand } from './lint-command.js';
import { parseCommand } from './parse-command.js';

const USAGE = `usage: shipshape <command> [options]

commands:
  lint [FILE...|-] [options]                lint Dockerfiles (text, json, sarif, markdown or github
                                            report); shipshape lint --help lists the options
  parse [FILE|-] [--format json|buildkit]   print the syntax tree, or BuildKit's AST dump

exit codes: 0 no problems, 1 problems found (lint: at or above the failure threshold; parse: parse
errors), 2 unusable input
`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  lint: lintCommand,
  parse: parseCommand,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V') {
    io.stdout(`shipshape ${ENGINE_VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h') {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  try {
    if (run === undefined) throw new UsageError(`unknown command "${command}" (try: shipshape --help)`);
    return await run(rest, io);
  } catch (error) {
    // parseArgs reports unknown or malformed options with its own error codes.
    const isUsage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    if (!isUsage) throw error;
    io.stderr(`shipshape: ${(error as Error).message.split('\n')[0]}\n`);
    return 2;
  }
}

export const nodeIo: CliIo = {
  readFile: (path) => readFile(path, 'utf8'),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
