/**
 * What a test file started and has not stopped yet (apps, API processes), as functions that stop it. An app
 * whose start outlived a timed-out `beforeAll` never reaches the test, so the file's `afterAll` cannot stop it,
 * and its pool, listener, timers or child process kept the jest worker from exiting ("A worker process has
 * failed to exit gracefully"). `close-leftovers.ts` stops them after every test file. No imports: every
 * spec loads this.
 */
export const leftovers = new Set<() => Promise<unknown>>();

export async function stopLeftovers(): Promise<void> {
  const stops = [...leftovers];
  leftovers.clear();
  await Promise.all(stops.map((stop) => stop().catch(() => undefined)));
}
