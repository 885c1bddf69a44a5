import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useRoom } from '../../realtime/hooks';
import { useRoomAnnouncements } from '../../a11y/useRoomAnnouncements';
import { expandCompilation } from './compact';
import { ROUND_COMPILATION } from './compilation.graphql';
// the compilation's patches from answer events (registered once, with the page's code)
import './live-updates';

/**
 * The round's compilation, followed live through the round's room; `round` is null when the round
 * is not there for the reader, undefined until it has loaded. Its rows carry their cells as objects
 * (`expandCompilation`: the API sends them compact).
 */
export function useCompilation(roundId: string) {
  const result = useQuery(ROUND_COMPILATION, {
    variables: { id: roundId },
    fetchPolicy: 'cache-and-network',
  });
  const compact = result.data?.round;
  const room = compact ? `round:${roundId}` : null;
  useRoom(room);
  useRoomAnnouncements(room);
  const round = useMemo(() => (compact ? expandCompilation(compact) : compact), [compact]);
  return { ...result, round };
}
