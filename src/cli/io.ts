/** What the CLI needs from its environment, so tests can run it in-process. */
export interface CliIo {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A usage or input problem: the CLI prints the message on one line and exits with 2. */
export class UsageError extends Error {}
