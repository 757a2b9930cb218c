/**
 * Files written in the background while pages render, waited for together when the build
 * ends: the build's thread goes on rendering while the file system writes (thousands of small
 * files cost seconds of system calls). A failed write fails the build when it is waited for.
 */
export class BackgroundWrites {
  readonly #pending: Promise<unknown>[] = [];

  add(write: Promise<unknown>): void {
    // Handled here, so a failure waits for `settled` instead of ending the process at once.
    write.catch(() => undefined);
    this.#pending.push(write);
  }

  /** Resolves once every write has finished; rejects with the first failure. */
  async settled(): Promise<void> {
    await Promise.all(this.#pending);
  }
}
