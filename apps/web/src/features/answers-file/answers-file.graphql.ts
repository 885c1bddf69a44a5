import { graphql } from '../../graphql/graphql';

/** What the answers-file section and page need to know whose answers the reader may import and export. */
export const ANSWERS_FILE_ROUND = graphql(`
  query AnswersFileRound($id: ID!) {
    round(id: $id) {
      id
      title
      phase
      network {
        id
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
      answerSubmissions {
        status
        submittedAt
        lateUntil
        municipality {
          id
        }
      }
    }
  }
`);
