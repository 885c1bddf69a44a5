import { graphql } from '../../graphql/graphql';

/** "What is mine to do now" and my networks, for the home page (one request). */
export const HOME = graphql(`
  query Home {
    myWork {
      id
      kind
      role
      phase
      deadline
      count
      total
      network {
        id
        name
      }
      round {
        id
        title
        phaseDeadlines {
          phase
          deadline
        }
      }
      municipality {
        id
        name
      }
      goal {
        id
        title
      }
    }
    networks {
      id
      name
      description
      myRoles
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
      }
    }
  }
`);
