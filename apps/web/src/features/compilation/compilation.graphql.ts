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

/** The whole matrix of one round: the page, the question detail and the live patches read it. */
export const ROUND_COMPILATION = graphql(
  `
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
            cells {
              municipality {
                id
              }
              hidden
              change
              value {
                ...CompilationValue
              }
              previousValue {
                ...CompilationValue
              }
              answer {
                id
                comment
                status
                version
              }
            }
          }
        }
      }
    }
  `,
  [VALUE_FIELDS],
);

export type CompilationRound = NonNullable<ResultOf<typeof ROUND_COMPILATION>['round']>;
export type Compilation = CompilationRound['compilation'];
export type CompilationRow = Compilation['rows'][number];
export type CompilationCell = CompilationRow['cells'][number];
export type CellValue = CompilationCell['value'];
export type MunicipalityGroup = CompilationRound['network']['municipalityGroups'][number];

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
