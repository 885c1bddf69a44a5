/** A compilation in a real Apollo cache, and room events for it (shared by the live specs). */
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import type { RoomEventMessage } from '@samrad/domain';
import { graphql } from '../../graphql/graphql';
import { expandCompilation } from './compact';
import { ROUND_COMPILATION } from './compilation.graphql';

export const ROUND = '00000000-0000-4000-8000-000000000001';
export const IND = '00000000-0000-4000-8000-0000000000a1';
export const M = [
  '00000000-0000-4000-8000-0000000000b1',
  '00000000-0000-4000-8000-0000000000b2',
  '00000000-0000-4000-8000-0000000000b3',
];
export const NAMES = ['Ekerö', 'Järfälla', 'Solna'];

export function compilation(numbers: (number | null)[], hidden: boolean[] = [false, false, false]) {
  return {
    round: {
      __typename: 'Round',
      id: ROUND,
      title: '2026',
      phase: 'ANSWERING',
      network: {
        __typename: 'Network',
        id: 'n1',
        name: 'FoU',
        myMemberships: [
          {
            __typename: 'NetworkMember',
            id: 'mm1',
            role: 'EDITOR',
            municipality: { __typename: 'Municipality', id: M[0] },
          },
        ],
        municipalityGroups: [],
      },
      compilation: {
        __typename: 'Compilation',
        municipalities: M.map((id, i) => ({
          __typename: 'Municipality',
          id,
          name: NAMES[i],
          code: `018${i}`,
        })),
        previousRound: null,
        hiddenColumns: hidden.flatMap((h, i) => (h ? [i] : [])),
        rows: [
          {
            __typename: 'CompilationRow',
            indicator: {
              __typename: 'Indicator',
              id: IND,
              code: 'BED-05',
              text: 'Andel utredningar',
              section: 'Bedömning',
              unit: '%',
              answerType: 'PERCENT',
              polarity: 'HIGHER_IS_BETTER',
              options: null,
            },
            nationalReference: 74.2,
            agreedInterpretation: null,
            leaders: [],
            summary: {
              __typename: 'CompilationSummary',
              answered: numbers.filter((n) => n !== null).length,
              expected: 3,
              yesShare: null,
              mean: null,
              median: null,
              min: null,
              max: null,
              distribution: null,
            },
            numbers,
            texts: null,
            previousNumbers: M.map(() => null),
            previousTexts: null,
            changes: M.map(() => null),
            comments: [],
          },
        ],
      },
    },
  };
}

export const OTHER = graphql(`
  query OtherOpenQuery {
    networks {
      id
    }
  }
`);

/** A real Apollo client whose "server" records the operations it is asked for. */
export function client(data: ReturnType<typeof compilation>) {
  const asked: string[] = [];
  const link = new ApolloLink((operation) => {
    asked.push(operation.operationName ?? '');
    return of({ data: operation.operationName === 'OtherOpenQuery' ? { networks: [] } : data });
  });
  const apollo = new ApolloClient({ cache: new InMemoryCache(), link });
  apollo.cache.writeQuery({ query: ROUND_COMPILATION, variables: { id: ROUND }, data: data as never });
  apollo.cache.writeQuery({ query: OTHER, data: { networks: [] } as never });
  return { apollo, asked };
}

export const saved = (municipalityId: string, number: number | undefined, comment = 'Från systemet') =>
  ({
    seq: 1,
    room: `round:${ROUND}`,
    type: 'answer.saved',
    at: new Date().toISOString(),
    actorId: null,
    data: {
      answerId: 'a-new',
      indicatorId: IND,
      municipalityId,
      version: 2,
      status: 'DRAFT',
      ...(number === undefined ? {} : { value: { number }, comment }),
    },
  }) as RoomEventMessage<'answer.saved'>;

/** The compilation's one row as the pages read it (cells as objects). */
export const read = (apollo: ApolloClient) =>
  expandCompilation(apollo.cache.readQuery({ query: ROUND_COMPILATION, variables: { id: ROUND } })!.round!)
    .compilation.rows[0];
