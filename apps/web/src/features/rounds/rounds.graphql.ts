import { gql } from '@apollo/client';
import type { RoundPhase } from '@samrad/domain';

/** What a page shows of a question: shared by the round page and the catalogue. */
export const INDICATOR_FIELDS = gql`
  fragment IndicatorFields on Indicator {
    id
    code
    text
    guidance
    section
    answerType
    options
    unit
    polarity
    nationalReference
  }
`;

export const NETWORK_ROUNDS = gql`
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
`;

export const CREATE_ROUND = gql`
  mutation CreateRound($input: CreateRoundInput!) {
    createRound(input: $input) {
      id
    }
  }
`;

export const ROUND_PAGE = gql`
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
  ${INDICATOR_FIELDS}
`;

export const SET_ROUND_PHASE = gql`
  mutation SetRoundPhase($roundId: ID!, $phase: RoundPhase!, $reason: String, $expectedVersion: Int) {
    setRoundPhase(roundId: $roundId, phase: $phase, reason: $reason, expectedVersion: $expectedVersion) {
      id
      phase
      version
    }
  }
`;

export const UPDATE_ROUND = gql`
  mutation UpdateRound($id: ID!, $input: UpdateRoundInput!) {
    updateRound(id: $id, input: $input) {
      id
      title
      version
    }
  }
`;

export interface RoundIndicator {
  id: string;
  code: string;
  text: string;
  guidance: string | null;
  section: string | null;
  answerType: string;
  options: string[] | null;
  unit: string | null;
  polarity: string;
  nationalReference: number | null;
  /** Register-based comparison figures (e.g. Kolada), where the page asks for them. */
  referenceValues?: { value: number; municipality: { id: string; name: string } }[];
}

export interface RoundPageData {
  round: {
    id: string;
    title: string;
    phase: RoundPhase;
    version: number;
    phaseDeadlines: { phase: RoundPhase; deadline: string | null }[];
    phaseHistory: {
      id: string;
      fromPhase: RoundPhase | null;
      toPhase: RoundPhase;
      reason: string | null;
      changedAt: string;
      changedBy: { id: string; displayName: string } | null;
    }[];
    network: {
      id: string;
      name: string;
      myMemberships: {
        id: string;
        role: 'COORDINATOR' | 'HEAD' | 'EDITOR' | 'VIEWER';
        municipality: { id: string } | null;
      }[];
    };
    previousRound: { id: string; title: string } | null;
    indicatorSet: { id: string; title: string; year: number; version: number; indicators: RoundIndicator[] };
  } | null;
}
