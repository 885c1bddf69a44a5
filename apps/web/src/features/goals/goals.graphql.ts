import type { ResultOf } from '../../graphql/graphql';
import { graphql } from '../../graphql/graphql';
import { FOLLOW_UP_FIELDS } from '../../shared/goals/goal-fields.graphql';

/** The network's goals at a glance (the network page's section). */
export const NETWORK_GOALS = graphql(`
  query NetworkGoals($id: ID!) {
    network(id: $id) {
      id
      goals {
        id
        title
        status
        dueDate
        baselineRound {
          id
          title
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

/** What the goal form needs: the network's rounds and the chosen baseline round's questions. */
export const GOAL_FORM = graphql(`
  query GoalForm($networkId: ID!) {
    network(id: $networkId) {
      id
      name
      myMemberships {
        id
        role
        municipality {
          id
        }
      }
      rounds {
        id
        title
        phase
        indicatorSet {
          id
          indicators {
            id
            code
            text
          }
        }
      }
    }
  }
`);

const PROGRESS_FIELDS = graphql(`
  fragment GoalProgressFields on GoalProgress {
    committed
    done
    doneShare
    onTrack
    atRisk
    offTrack
    notReported
    milestonesDone
    milestonesTotal
  }
`);

/** The goal page: everything about one goal, followed live through `goal:<id>`. */
export const GOAL_PAGE = graphql(
  `
    query GoalPage($id: ID!) {
      goal(id: $id) {
        id
        title
        description
        target
        dueDate
        status
        createdAt
        createdBy {
          id
          displayName
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
        }
        baselineRound {
          id
          title
        }
        indicators {
          id
          code
          text
        }
        overallProgress {
          ...GoalProgressFields
        }
        statusHistory {
          id
          fromStatus
          toStatus
          reason
          changedAt
        }
        milestones {
          id
          title
          dueDate
          done
          doneAt
          doneBy {
            id
            displayName
          }
        }
        commitments {
          id
          status
          plan
          declineReason
          updatedAt
          municipality {
            id
            name
          }
          owner {
            id
            displayName
          }
          decidedBy {
            id
            displayName
          }
          latestProgress {
            id
            status
            reportedAt
          }
          daysSinceLastUpdate
          localMeasures {
            id
            name
            unit
            values {
              id
              value
              measuredOn
              note
            }
          }
        }
        progress {
          id
          status
          note
          value
          reportedAt
          municipality {
            id
            name
          }
          reportedBy {
            id
            displayName
          }
        }
        followUp {
          ...GoalFollowUpFields
        }
      }
    }
  `,
  [PROGRESS_FIELDS, FOLLOW_UP_FIELDS],
);

export type GoalPageGoal = NonNullable<ResultOf<typeof GOAL_PAGE>['goal']>;
export type GoalCommitment = GoalPageGoal['commitments'][number];
export type GoalMilestone = GoalPageGoal['milestones'][number];

export const CREATE_GOAL = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
      title
      status
    }
  }
`);

export const UPDATE_GOAL = graphql(`
  mutation UpdateGoal($id: ID!, $input: UpdateGoalInput!) {
    updateGoal(id: $id, input: $input) {
      id
      title
      description
      target
      dueDate
    }
  }
`);

export const SET_GOAL_STATUS = graphql(`
  mutation SetGoalStatus($id: ID!, $status: GoalStatus!, $reason: String) {
    setGoalStatus(id: $id, status: $status, reason: $reason) {
      id
      status
    }
  }
`);

export const COMMIT_TO_GOAL = graphql(`
  mutation CommitToGoal($goalId: ID!, $municipalityId: ID!, $plan: String, $ownerId: ID) {
    commitToGoal(goalId: $goalId, municipalityId: $municipalityId, plan: $plan, ownerId: $ownerId) {
      id
      status
      plan
    }
  }
`);

export const DECLINE_GOAL = graphql(`
  mutation DeclineGoal($goalId: ID!, $municipalityId: ID!, $reason: String!) {
    declineGoal(goalId: $goalId, municipalityId: $municipalityId, reason: $reason) {
      id
      status
      declineReason
    }
  }
`);

export const REPORT_PROGRESS = graphql(`
  mutation ReportProgress($input: ReportProgressInput!) {
    reportProgress(input: $input) {
      id
      status
    }
  }
`);

export const ADD_MILESTONE = graphql(`
  mutation AddMilestone($input: AddMilestoneInput!) {
    addMilestone(input: $input) {
      id
      title
      dueDate
      done
    }
  }
`);

export const UPDATE_MILESTONE = graphql(`
  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {
    updateMilestone(id: $id, input: $input) {
      id
      title
      dueDate
      done
      doneAt
    }
  }
`);

export const DELETE_MILESTONE = graphql(`
  mutation DeleteMilestone($id: ID!) {
    deleteMilestone(id: $id)
  }
`);

export const ADD_LOCAL_MEASURE = graphql(`
  mutation AddLocalMeasure($input: AddLocalMeasureInput!) {
    addLocalMeasure(input: $input) {
      id
      name
      unit
    }
  }
`);

export const RECORD_MEASURE_VALUE = graphql(`
  mutation RecordLocalMeasureValue($input: RecordLocalMeasureValueInput!) {
    recordLocalMeasureValue(input: $input) {
      id
      value
      measuredOn
    }
  }
`);

/** The network's follow-up interval, for its section on the network page. */
export const NETWORK_FOLLOW_UP_INTERVAL = graphql(`
  query NetworkFollowUpInterval($id: ID!) {
    network(id: $id) {
      id
      followUpIntervalDays
    }
  }
`);

export const SET_FOLLOW_UP_INTERVAL = graphql(`
  mutation SetFollowUpInterval($id: ID!, $days: Int!) {
    updateNetwork(id: $id, input: { followUpIntervalDays: $days }) {
      id
      followUpIntervalDays
    }
  }
`);
