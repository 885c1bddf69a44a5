import type { ApolloClient } from '@apollo/client';
import type { ResultOf } from '../../graphql/graphql';
import { registerQueryUpdate } from '../../realtime/cache-sync';
import { ROUND_COMPILATION } from './compilation.graphql';
import { widensView, withSavedAnswer } from './live';

type Data = ResultOf<typeof ROUND_COMPILATION>;

/*
 * Live (docs/decisions.md, "Compilation in the web"): a saved answer patches its cell and row in
 * the cache, no request; a status change shows nothing in the matrix (it shows no statuses). Only a
 * submission by one of the reader's own municipalities, which opens the others' answers to it,
 * fetches the matrix again (once per burst). Other open queries still refetch on these events as before.
 */
const patch = (client: ApolloClient, roundId: string, change: (data: Data) => Data | null) =>
  client.cache.updateQuery({ query: ROUND_COMPILATION, variables: { id: roundId } }, (data) =>
    data ? (change(data) ?? undefined) : undefined,
  );
const roundOf = (room: string) => room.replace(/^round:/, '');

registerQueryUpdate('answer.saved', 'RoundCompilation', (client, event) =>
  patch(client, roundOf(event.room), (data) => withSavedAnswer(data, event)),
);
for (const type of ['answers.submitted', 'answers.approved', 'answers.reopened'] as const) {
  registerQueryUpdate(type, 'RoundCompilation', (client, { data: { roundId, municipalityId } }) => {
    const cached = client.cache.readQuery({ query: ROUND_COMPILATION, variables: { id: roundId } });
    if (cached && type === 'answers.submitted' && widensView(cached, municipalityId)) refetchSoon(client);
  });
}

let pending: ReturnType<typeof setTimeout> | undefined;
function refetchSoon(client: ApolloClient) {
  if (pending) return;
  pending = setTimeout(() => {
    pending = undefined;
    void client.refetchQueries({ include: ['RoundCompilation'] });
  }, 250);
}
