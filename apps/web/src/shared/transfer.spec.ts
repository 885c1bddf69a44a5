import { transfer, type TransferView } from './transfer';

/** Everything the view was told, in order. */
function recordingView() {
  const seen: string[] = [];
  const view: TransferView = {
    progress: (fraction) => seen.push(`progress ${fraction}`),
    error: (message) => seen.push(`error ${message}`),
  };
  return { seen, view };
}

describe('transfer', () => {
  it('clears the error, shows progress while sending and clears it, and resolves to the answer', async () => {
    const { seen, view } = recordingView();
    const answer = await transfer(
      async (onProgress) => {
        onProgress(0.5);
        onProgress(1);
        return { status: 400, body: { code: 'BAD_USER_INPUT' } };
      },
      view,
      'Nätverksfel',
    );
    // a refusal is an answer for the caller to word, not a network failure
    expect(answer).toEqual({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    expect(seen).toEqual(['error null', 'progress 0', 'progress 0.5', 'progress 1', 'progress null']);
  });

  it('shows the network error and resolves to null when no answer came, and still clears progress', async () => {
    const { seen, view } = recordingView();
    const answer = await transfer(
      async (onProgress) => {
        onProgress(0.2);
        throw new Error('network');
      },
      view,
      'Nätverksfel',
    );
    expect(answer).toBeNull();
    expect(seen).toEqual(['error null', 'progress 0', 'progress 0.2', 'error Nätverksfel', 'progress null']);
  });
});
