import { useQuery } from '@apollo/client/react';
import { useRoom } from '../../realtime/hooks';
import { useRoomAnnouncements } from '../../a11y/useRoomAnnouncements';
import { ROUND_COMPILATION } from './compilation.graphql';
// the compilation's patches from answer events (registered once, with the page's code)
import './live-updates';

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
