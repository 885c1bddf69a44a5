import { graphql } from '../../graphql/graphql';

export const ANSWER_FIELDS = graphql(`
  fragment AnswerFields on Answer {
    id
    version
    status
    comment
    updatedAt
    value {
      boolean
      number
      text
      choice
    }
    updatedBy {
      id
      displayName
    }
    indicator {
      id
    }
    municipality {
      id
      name
    }
  }
`);

const SUBMISSION_FIELDS = graphql(`
  fragment SubmissionFields on AnswerSubmission {
    status
    answered
    submittedAt
    approvedAt
    lateUntil
    municipality {
      id
      name
    }
  }
`);

/** One municipality's answering form: the questions, its answers with history, where everyone stands. */
export const ANSWER_FORM = graphql(
  `
    query AnswerForm($id: ID!, $municipalityId: ID!) {
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
          members {
            id
            role
            user {
              id
              displayName
            }
            municipality {
              id
            }
          }
          municipalities {
            id
            name
          }
        }
        questions {
          id
          indicator {
            id
            code
            text
            guidance
            section
            answerType
            options
            unit
          }
          agreedInterpretation {
            id
            outcome
          }
        }
        answers(municipalityId: $municipalityId) {
          ...AnswerFields
          history {
            id
            kind
            at
            version
            reason
            oldComment
            newComment
            oldStatus
            newStatus
            oldValue {
              boolean
              number
              text
              choice
            }
            newValue {
              boolean
              number
              text
              choice
            }
            actor {
              id
              displayName
            }
          }
        }
        answerSubmissions {
          ...SubmissionFields
        }
      }
    }
  `,
  [ANSWER_FIELDS, SUBMISSION_FIELDS],
);

/** Every answer the caller may see (the API applies give-to-get): the others' for comparison. */
export const VISIBLE_ANSWERS = graphql(
  `
    query VisibleAnswers($id: ID!) {
      round(id: $id) {
        id
        answers {
          ...AnswerFields
        }
      }
    }
  `,
  [ANSWER_FIELDS],
);

/** Where every municipality stands (never values), for the overview and the round page. */
export const ANSWER_OVERVIEW = graphql(
  `
    query AnswerOverview($id: ID!) {
      round(id: $id) {
        id
        title
        phase
        questions {
          id
        }
        network {
          id
          name
          myMemberships {
            id
            role
            municipality {
              id
              name
            }
          }
          municipalities {
            id
            name
          }
        }
        answerSubmissions {
          ...SubmissionFields
        }
      }
    }
  `,
  [SUBMISSION_FIELDS],
);

export const SAVE_ANSWER = graphql(
  `
    mutation SaveAnswer($input: SaveAnswerInput!) {
      saveAnswer(input: $input) {
        ...AnswerFields
      }
    }
  `,
  [ANSWER_FIELDS],
);

export const SUBMIT_ANSWERS = graphql(`
  mutation SubmitAnswers($roundId: ID!, $municipalityId: ID!, $partial: Boolean) {
    submitAnswers(roundId: $roundId, municipalityId: $municipalityId, partial: $partial) {
      id
      status
      version
    }
  }
`);

export const APPROVE_ANSWERS = graphql(`
  mutation ApproveAnswers($roundId: ID!, $municipalityId: ID!) {
    approveAnswers(roundId: $roundId, municipalityId: $municipalityId) {
      id
      status
      version
    }
  }
`);

export const REOPEN_ANSWERS = graphql(`
  mutation ReopenAnswers($roundId: ID!, $municipalityId: ID!, $reason: String!) {
    reopenAnswers(roundId: $roundId, municipalityId: $municipalityId, reason: $reason) {
      id
      status
      version
    }
  }
`);

export const GRANT_LATE = graphql(
  `
    mutation GrantLateAnswering($roundId: ID!, $municipalityId: ID!, $until: DateTime!) {
      grantLateAnswering(roundId: $roundId, municipalityId: $municipalityId, until: $until) {
        id
        answerSubmissions {
          ...SubmissionFields
        }
      }
    }
  `,
  [SUBMISSION_FIELDS],
);

/** Suggestions for the questions not answered yet (last round's answer, the Kolada figure). */
export const ANSWER_PREFILLS = graphql(`
  query AnswerPrefills($id: ID!, $municipalityId: ID!) {
    round(id: $id) {
      id
      answerPrefills(municipalityId: $municipalityId) {
        source
        fromYear
        indicator {
          id
        }
        value {
          boolean
          number
          text
          choice
        }
      }
    }
  }
`);
