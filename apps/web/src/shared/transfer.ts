/** What a transfer shows while it runs: its progress (null when done) and the form's error text. */
export interface TransferView {
  progress(fraction: number | null): void;
  error(message: string | null): void;
}

/**
 * "Send, show progress, show a network failure", for uploads and fetches that answer with a
 * status the caller reads itself (a refusal is an answer, not a failure): clears the last error,
 * shows progress from 0 while `send` runs, and when it throws (no answer: offline, connection
 * cut) shows `networkError` and resolves to null. Progress is cleared either way.
 */
export async function transfer<T>(
  send: (onProgress: (fraction: number) => void) => Promise<T>,
  view: TransferView,
  networkError: string,
): Promise<T | null> {
  view.error(null);
  view.progress(0);
  try {
    return await send(view.progress);
  } catch {
    view.error(networkError);
    return null;
  } finally {
    view.progress(null);
  }
}
