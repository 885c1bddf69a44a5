import type { ResultOf } from '../../graphql/graphql';
import { graphql } from '../../graphql/graphql';
import { FOLLOW_UP_FIELDS } from '../../shared/goals/goal-fields.graphql';

/**
 * The head's dashboard: my municipalities' commitments across all my networks with each goal's
 * standing, and my networks (to follow their rooms). The indicators' figures and the goals still
 * waiting for an answer load per card and per network (GOAL_TREND, NETWORK_GOAL_ANSWERS): in one
 * document they would pass the API's cost limit (four nested lists).
 */
export const DASHBOARD = graphql(`
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
      }
    }
  }
`);

export type DashboardData = ResultOf<typeof DASHBOARD>;
export type DashboardCommitment = DashboardData['myCommitments'][number];
export type DashboardNetwork = DashboardData['networks'][number];

/** One goal's linked indicators over the rounds (a dashboard card's trend). */
export const GOAL_TREND = graphql(
  `
    query GoalTrend($id: ID!) {
      goal(id: $id) {
        id
        followUp {
          ...GoalFollowUpFields
        }
      }
    }
  `,
  [FOLLOW_UP_FIELDS],
);

/** A network's open goals and who has answered them (to list those waiting for my municipality). */
export const NETWORK_GOAL_ANSWERS = graphql(`
  query NetworkGoalAnswers($id: ID!) {
    network(id: $id) {
      id
      goals {
        id
        title
        status
        commitments {
          id
          municipality {
            id
          }
        }
      }
    }
  }
`);
