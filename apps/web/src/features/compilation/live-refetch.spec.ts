import { applyEventToCache } from '../../realtime/cache-sync';
import { ROUND_COMPILATION } from './compilation.graphql';
import { client, compilation, M, OTHER, ROUND, saved } from './live.fixtures';
import './live-updates';

/** Polls until `done` (bounded, so a failing test ends instead of polling on). */
async function waitUntil(done: () => boolean, timeoutMs = 4000) {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error('waited in vain');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// Its own file: the refetch debounce is module state, shared by the tests of one file.
describe('answer.saved and the other open queries', () => {
  it('other open queries refetch as before; the compilation is left out', async () => {
    const { apollo, asked } = client(compilation([60, 80, null]));
    const watched = [ROUND_COMPILATION, OTHER].map((query) =>
      apollo
        .watchQuery({ query, variables: { id: ROUND }, fetchPolicy: 'cache-first' } as never)
        .subscribe(() => {}),
    );
    applyEventToCache(apollo, saved(M[2], 90));
    // the other query's refetch is the marker: both would be asked in the same refetch
    await waitUntil(() => asked.includes('OtherOpenQuery'));
    expect(asked).toEqual(['OtherOpenQuery']);
    watched.forEach((s) => s.unsubscribe());
  });
});
