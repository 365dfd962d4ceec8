/**
 * An error in what the user gave us (a file, a flag, a field). The CLI prints `message` as one
 * line and exits non-zero; it never prints a stack trace for these. The app shows `inChinese`.
 */
export class InputError extends Error {
  constructor(
    /** The file (or flag) at fault, as the user named it. */
    readonly file: string,
    /** What is wrong, in one sentence. */
    readonly problem: string,
    /** The same in Chinese, where the app can meet it. */
    readonly zh?: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }

  /** The app's line: the Chinese where there is one, the English otherwise. */
  get inChinese(): string {
    return `${this.file}：${this.zh ?? this.problem}`;
  }
}
