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

/**
 * A query that keeps itself in step with one event type (by its operation name): its `update`
 * patches the query's cached result, and the refetch that the event still causes for the other
 * active queries leaves this one out. So a large page (the compilation) follows a busy event
 * (answer.saved) without a request, while the pages that do not patch refetch as before.
 */
export type QueryUpdate<T extends RoomEventType = RoomEventType> = (
  client: ApolloClient,
  event: RoomEventMessage<T>,
) => void;

const queryUpdates = new Map<RoomEventType, Map<string, QueryUpdate<any>>>();

export function registerQueryUpdate<T extends RoomEventType>(
  type: T,
  operationName: string,
  update: QueryUpdate<T>,
): void {
  const forType = queryUpdates.get(type) ?? new Map<string, QueryUpdate<any>>();
  forType.set(operationName, update);
  queryUpdates.set(type, forType);
}

/** Events that change nothing a query shows. */
const IGNORED = new Set<RoomEventType>(['presence.changed']);

registerCacheUpdate('network.updated', (cache, { data: { networkId, name, description } }) => {
  cache.modify({
    id: cache.identify({ __typename: 'Network', id: networkId }),
    fields: { name: () => name, description: () => description },
  });
});

// The invitation's e-mail went out or failed (a job of the queue): patch the row, no request.
registerCacheUpdate('invitation.mailUpdated', (cache, { data: { invitationId, mailStatus, failedAt } }) => {
  cache.modify({
    id: cache.identify({ __typename: 'Invitation', id: invitationId }),
    fields: { mailStatus: () => mailStatus, mailFailedAt: () => failedAt },
  });
});

export function applyEventToCache(client: ApolloClient, event: RoomEventMessage): void {
  if (IGNORED.has(event.type)) return;
  const update = updates.get(event.type);
  if (update) return update(client.cache, event);
  const own = queryUpdates.get(event.type);
  for (const patch of own?.values() ?? []) patch(client, event);
  refetchActiveQueries(client, new Set(own?.keys()));
}

const REFETCH_DEBOUNCE_MS = 250;
let pending: ReturnType<typeof setTimeout> | undefined;
/** Operations every event of the pending burst patched itself: only those are left out. */
let skipped: Set<string> | undefined;

export function refetchActiveQueries(client: ApolloClient, skip: ReadonlySet<string> = new Set()): void {
  skipped = new Set([...(skipped ?? skip)].filter((name) => skip.has(name)));
  if (pending) return;
  pending = setTimeout(() => {
    const leaveOut = skipped ?? new Set<string>();
    pending = undefined;
    skipped = undefined;
    void client.refetchQueries({
      include: 'active',
      onQueryUpdated: (query) => !leaveOut.has(query.queryName ?? ''),
    });
  }, REFETCH_DEBOUNCE_MS);
}
