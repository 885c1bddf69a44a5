import type { ResultOf } from '../../graphql/graphql';
import { graphql } from '../../graphql/graphql';
import { FOLLOW_UP_FIELDS } from '../../shared/goals/goal-fields.graphql';

/**
 * The head's dashboard in one request: my municipalities' commitments across all my networks
 * (with each goal's standing and its indicators over the rounds), and the networks' goals to
 * find those still waiting for my municipality's answer.
 */
export const DASHBOARD = graphql(
  `
    query Dashboard {
      networks {
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
        goals {
          id
          title
          status
          dueDate
          commitments {
            id
            municipality {
              id
            }
          }
        }
      }
      myCommitments {
        id
        status
        plan
        declineReason
        updatedAt
        daysSinceLastUpdate
        municipality {
          id
          name
        }
        owner {
          id
          displayName
        }
        latestProgress {
          id
          status
          note
          reportedAt
          reportedBy {
            id
            displayName
          }
        }
        nextMilestone {
          id
          title
          dueDate
        }
        goal {
          id
          title
          status
          dueDate
          network {
            id
            name
          }
          overallProgress {
            committed
            done
            onTrack
            atRisk
            offTrack
            notReported
            milestonesDone
            milestonesTotal
          }
          followUp {
            ...GoalFollowUpFields
          }
        }
      }
    }
  `,
  [FOLLOW_UP_FIELDS],
);

export type DashboardData = ResultOf<typeof DASHBOARD>;
export type DashboardCommitment = DashboardData['myCommitments'][number];
