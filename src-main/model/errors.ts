/**
 * An error in what the user gave us (a file, a flag, a field). The CLI prints `message` as one
 * line and exits non-zero; it never prints a stack trace for these.
 */
export class InputError extends Error {
  constructor(
    /** The file (or flag) at fault, as the user named it. */
    readonly file: string,
    /** What is wrong, in one sentence. */
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}
