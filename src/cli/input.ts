import { UsageError, type CliIo } from './io.js';

/** Reads a file argument, `-` meaning standard input; unreadable input is a usage error. */
export async function readInput(argument: string, io: CliIo): Promise<{ name: string; text: string }> {
  if (argument === '-') return { name: '<stdin>', text: await io.readStdin() };
  try {
    return { name: argument, text: await io.readFile(argument) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new UsageError(`cannot read ${argument}: ${reason}`);
  }
}
