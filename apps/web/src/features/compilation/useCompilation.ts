import { useQuery } from '@apollo/client/react';
import { registerQueryUpdate } from '../../realtime';
import { useRoom } from '../../realtime/hooks';
import { useRoomAnnouncements } from '../../a11y/useRoomAnnouncements';
import { ROUND_COMPILATION } from './compilation.graphql';
import { withSavedAnswer } from './live';

/*
 * Live: a saved answer patches its cell and row in the cache (no request); the compilation is left
 * out of the refetch that answer.saved still causes for other open queries. Events without values
 * (submitted, approved, reopened: who may see what can change) refetch the open queries, debounced.
 */
registerQueryUpdate('answer.saved', 'RoundCompilation', (client, event) => {
  client.cache.updateQuery(
    { query: ROUND_COMPILATION, variables: { id: event.room.replace(/^round:/, '') } },
    (data) => (data ? (withSavedAnswer(data, event) ?? undefined) : undefined),
  );
});

/** The round's compilation, followed live through the round's room. */
export function useCompilation(roundId: string) {
  const result = useQuery(ROUND_COMPILATION, {
    variables: { id: roundId },
    fetchPolicy: 'cache-and-network',
  });
  const room = result.data?.round ? `round:${roundId}` : null;
  useRoom(room);
  useRoomAnnouncements(room);
  return result;
}
