import { graphql } from '../../graphql/graphql';

/**
 * A linked indicator across the rounds (baseline and later), as the goal page's chart and the
 * dashboard's sparklines read it (`followUpSeries` turns it into numbers).
 */
export const FOLLOW_UP_FIELDS = graphql(`
  fragment GoalFollowUpFields on GoalIndicatorFollowUp {
    code
    indicator {
      id
      code
      text
      unit
      answerType
    }
    rounds {
      year
      baseline
      round {
        id
        title
      }
      summary {
        answered
        expected
        yesShare
        mean
      }
      nationalReference
    }
    values {
      roundId
      municipality {
        id
        name
      }
      hidden
      value {
        boolean
        number
      }
    }
  }
`);
