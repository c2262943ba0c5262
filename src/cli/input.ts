import { UsageError, type CliIo } from './io.js';

function unreadable(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
  return new UsageError(`cannot read ${path}: ${reason}`);
}

/** Reads a file argument, `-` meaning standard input; unreadable input is a usage error. */
export async function readInput(argument: string, io: CliIo): Promise<{ name: string; text: string }> {
  if (argument === '-') return { name: '<stdin>', text: await io.readStdin() };
  try {
    return { name: argument, text: await io.readFile(argument) };
  } catch (error) {
    throw unreadable(argument, error);
  }
}

/** Reads a file that may legitimately be absent (a config or ignore file found by lookup): null then. */
export async function readOptionalFile(path: string, io: CliIo): Promise<string | null> {
  try {
    return await io.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw unreadable(path, error);
  }
}
