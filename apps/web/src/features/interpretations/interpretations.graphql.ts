import { graphql } from '../../graphql/graphql';

const PROPOSAL_FIELDS = graphql(`
  fragment ProposalFields on InterpretationProposal {
    id
    text
    status
    outcome
    reviewBy
    createdAt
    resolvedAt
    indicator {
      id
    }
    author {
      id
      displayName
    }
    positions {
      id
      stance
      reason
      castAt
      municipality {
        id
        name
      }
      user {
        id
        displayName
      }
    }
    tally {
      rule
      members
      agree
      abstain
      disagree
      block
      notResponded
      consensus
    }
    supersededBy {
      id
    }
  }
`);

export const ROUND_INTERPRETATIONS = graphql(
  `
    query RoundInterpretations($id: ID!) {
      round(id: $id) {
        id
        title
        phase
        consensusRule
        interpretationProgress {
          agreed
          total
        }
        network {
          id
          name
          municipalities {
            id
            name
          }
          myMemberships {
            id
            role
            municipality {
              id
            }
          }
        }
        questions {
          id
          openProposals
          indicator {
            id
            code
            text
            section
          }
          agreedInterpretation {
            id
            outcome
            reviewBy
            resolvedAt
            confirms {
              id
            }
          }
          previousAgreement {
            id
            outcome
            reviewBy
            round {
              id
              indicatorSet {
                id
                year
              }
            }
          }
        }
        interpretations {
          ...ProposalFields
        }
      }
    }
  `,
  [PROPOSAL_FIELDS],
);

export const INTERPRETATION_SUMMARY = graphql(`
  query InterpretationSummary($id: ID!) {
    round(id: $id) {
      id
      consensusRule
      interpretationProgress {
        agreed
        total
      }
    }
  }
`);

export const PROPOSE = graphql(`
  mutation ProposeInterpretation($input: ProposeInterpretationInput!) {
    proposeInterpretation(input: $input) {
      id
      text
      status
    }
  }
`);

export const EDIT = graphql(`
  mutation UpdateInterpretation($proposalId: ID!, $text: String!) {
    updateInterpretation(proposalId: $proposalId, text: $text) {
      id
      text
    }
  }
`);

export const WITHDRAW = graphql(`
  mutation WithdrawInterpretation($proposalId: ID!) {
    withdrawInterpretation(proposalId: $proposalId) {
      id
      status
    }
  }
`);

export const CAST_POSITION = graphql(`
  mutation CastPosition($input: CastPositionInput!) {
    castPosition(input: $input) {
      id
      stance
      reason
    }
  }
`);

export const RESOLVE = graphql(`
  mutation ResolveInterpretation(
    $proposalId: ID!
    $status: ProposalStatus!
    $outcome: String
    $reviewBy: String
  ) {
    resolveInterpretation(proposalId: $proposalId, status: $status, outcome: $outcome, reviewBy: $reviewBy) {
      id
      status
      outcome
      reviewBy
    }
  }
`);

export const RECONFIRM = graphql(`
  mutation ReconfirmInterpretation($input: ReconfirmInterpretationInput!) {
    reconfirmInterpretation(input: $input) {
      id
      status
      outcome
      reviewBy
    }
  }
`);

export const NETWORK_CONSENSUS_RULE = graphql(`
  query NetworkConsensusRule($id: ID!) {
    network(id: $id) {
      id
      consensusRule
    }
  }
`);

export const SET_CONSENSUS_RULE = graphql(`
  mutation SetConsensusRule($networkId: ID!, $rule: ConsensusRule!) {
    setConsensusRule(networkId: $networkId, rule: $rule) {
      id
      consensusRule
    }
  }
`);
