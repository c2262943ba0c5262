import type { CliIo } from '../../src/cli/io.js';

export type FakeIo = CliIo & { out: string; err: string; reads: string[] };

/** `files` maps paths to contents; a `null` content stands for a directory. */
export function fakeIo(files: Record<string, string | null>, stdin = ''): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    reads: [],
    readFile: async (path: string) => {
      io.reads.push(path);
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      if (text === null) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
      return text;
    },
    readStdin: async () => stdin,
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}
