import { graphql } from '../../graphql/graphql';
import { INDICATOR_FIELDS } from '../../shared/indicators/indicator.graphql';

export const NETWORK_ROUNDS = graphql(`
  query NetworkRounds($id: ID!) {
    network(id: $id) {
      id
      rounds {
        id
        title
        phase
        answeringDeadline
        indicatorSet {
          id
          title
          year
        }
      }
    }
    indicatorSets {
      id
      title
      area
      year
      version
    }
  }
`);

export const CREATE_ROUND = graphql(`
  mutation CreateRound($input: CreateRoundInput!) {
    createRound(input: $input) {
      id
    }
  }
`);

export const ROUND_PAGE = graphql(
  `
    query RoundPage($id: ID!) {
      round(id: $id) {
        id
        title
        phase
        version
        phaseDeadlines {
          phase
          deadline
        }
        phaseHistory {
          id
          fromPhase
          toPhase
          reason
          changedAt
          changedBy {
            id
            displayName
          }
        }
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
        }
        previousRound {
          id
          title
        }
        indicatorSet {
          id
          title
          year
          version
          indicators {
            ...IndicatorFields
          }
        }
      }
    }
  `,
  [INDICATOR_FIELDS],
);

export const SET_ROUND_PHASE = graphql(`
  mutation SetRoundPhase($roundId: ID!, $phase: RoundPhase!, $reason: String, $expectedVersion: Int) {
    setRoundPhase(roundId: $roundId, phase: $phase, reason: $reason, expectedVersion: $expectedVersion) {
      id
      phase
      version
    }
  }
`);

export const UPDATE_ROUND = graphql(`
  mutation UpdateRound($id: ID!, $input: UpdateRoundInput!) {
    updateRound(id: $id, input: $input) {
      id
      title
      version
    }
  }
`);
