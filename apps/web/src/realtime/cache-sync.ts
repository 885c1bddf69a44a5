import type { ApolloCache, ApolloClient } from '@apollo/client';
import type { RoomEventMessage, RoomEventType } from '@samrad/domain';

/**
 * Keeps Apollo's cache in step with room events. An event type with a handler here patches the
 * cached objects in place (no request); any other type refetches the active queries, debounced,
 * so a burst of changes costs one round of requests. Features add handlers for their events with
 * `registerCacheUpdate`.
 */
export type CacheUpdate<T extends RoomEventType = RoomEventType> = (
  cache: ApolloCache,
  event: RoomEventMessage<T>,
) => void;

const updates = new Map<RoomEventType, CacheUpdate<any>>();

/** `update` gets the events of `type` with their data typed by the catalogue (@samrad/domain). */
export function registerCacheUpdate<T extends RoomEventType>(type: T, update: CacheUpdate<T>): void {
  updates.set(type, update);
}

/** Events that change nothing a query shows. */
const IGNORED = new Set<RoomEventType>(['presence.changed']);

registerCacheUpdate('network.updated', (cache, { data: { networkId, name, description } }) => {
  cache.modify({
    id: cache.identify({ __typename: 'Network', id: networkId }),
    fields: { name: () => name, description: () => description },
  });
});

export function applyEventToCache(client: ApolloClient, event: RoomEventMessage): void {
  if (IGNORED.has(event.type)) return;
  const update = updates.get(event.type);
  if (update) update(client.cache, event);
  else refetchActiveQueries(client);
}

const REFETCH_DEBOUNCE_MS = 250;
let pending: ReturnType<typeof setTimeout> | undefined;

export function refetchActiveQueries(client: ApolloClient): void {
  if (pending) return;
  pending = setTimeout(() => {
    pending = undefined;
    void client.refetchQueries({ include: 'active' });
  }, REFETCH_DEBOUNCE_MS);
}
