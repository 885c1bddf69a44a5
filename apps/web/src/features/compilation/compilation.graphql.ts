import type { ResultOf } from '../../graphql/graphql';
import { graphql } from '../../graphql/graphql';

const VALUE_FIELDS = graphql(`
  fragment CompilationValue on AnswerValue {
    boolean
    number
    text
    choice
  }
`);

/**
 * The whole matrix of one round, its cells in the API's compact form (a row's values as lists in
 * column order: a tenth of the response of one object per cell, docs/performance.md): the page, the
 * question detail and the live patches read it, the first two through `expandCompilation`.
 */
export const ROUND_COMPILATION = graphql(`
  query RoundCompilation($id: ID!) {
    round(id: $id) {
      id
      title
      phase
      network {
        id
        name
        myMemberships {
          id
          role
          municipality {
            id
          }
        }
        municipalityGroups {
          id
          name
          municipalities {
            id
            name
          }
        }
      }
      compilation {
        municipalities {
          id
          name
          code
        }
        hiddenColumns
        previousRound {
          id
          title
        }
        rows {
          indicator {
            id
            code
            text
            section
            unit
            answerType
            polarity
            options
          }
          nationalReference
          agreedInterpretation {
            id
            text
          }
          leaders {
            id
            name
          }
          summary {
            answered
            expected
            yesShare
            mean
            median
            min
            max
            distribution {
              option
              count
            }
          }
          numbers
          texts
          previousNumbers
          previousTexts
          changes
          comments {
            column
            text
          }
        }
      }
    }
  }
`);

/** The round as the server sends it (compact rows). */
export type CompactRound = NonNullable<ResultOf<typeof ROUND_COMPILATION>['round']>;
export type CompactRow = CompactRound['compilation']['rows'][number];
export type MunicipalityGroup = CompactRound['network']['municipalityGroups'][number];

/** A value as the matrix shows it (one of the four is set, by the question's answer type). */
export interface CellValue {
  boolean: boolean | null;
  number: number | null;
  text: string | null;
  choice: string | null;
}

/** One municipality's cell, as the pages read it (built from the compact row by expandCompilation). */
export interface CompilationCell {
  municipality: { id: string };
  /** Give-to-get withholds this municipality's answer from the reader. */
  hidden: boolean;
  value: CellValue | null;
  previousValue: CellValue | null;
  change: number | null;
  comment: string | null;
}

export type CompilationRow = Omit<
  CompactRow,
  'numbers' | 'texts' | 'previousNumbers' | 'previousTexts' | 'changes' | 'comments'
> & { cells: CompilationCell[] };
export type Compilation = Omit<CompactRound['compilation'], 'rows'> & { rows: CompilationRow[] };
export type CompilationRound = Omit<CompactRound, 'compilation'> & { compilation: Compilation };

/** The same indicator code over the network's rounds, oldest first: the trend. */
export const INDICATOR_HISTORY = graphql(
  `
    query IndicatorHistory($networkId: ID!, $code: String!) {
      indicatorHistory(networkId: $networkId, indicatorCode: $code) {
        year
        nationalReference
        round {
          id
          title
        }
        summary {
          answered
          expected
          yesShare
          mean
          median
          min
          max
        }
        values {
          municipality {
            id
            name
          }
          value {
            ...CompilationValue
          }
        }
      }
    }
  `,
  [VALUE_FIELDS],
);

export const CREATE_GROUP = graphql(`
  mutation CreateMunicipalityGroup($input: CreateMunicipalityGroupInput!) {
    createMunicipalityGroup(input: $input) {
      id
      name
      municipalities {
        id
        name
      }
    }
  }
`);

export const UPDATE_GROUP = graphql(`
  mutation UpdateMunicipalityGroup($id: ID!, $input: UpdateMunicipalityGroupInput!) {
    updateMunicipalityGroup(id: $id, input: $input) {
      id
      name
      municipalities {
        id
        name
      }
    }
  }
`);

export const DELETE_GROUP = graphql(`
  mutation DeleteMunicipalityGroup($id: ID!) {
    deleteMunicipalityGroup(id: $id)
  }
`);
