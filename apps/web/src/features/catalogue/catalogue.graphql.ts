import { graphql } from '../../graphql/graphql';
import { INDICATOR_FIELDS } from '../../shared/indicators/indicator.graphql';

export const INDICATOR_SETS = graphql(`
  query IndicatorSets {
    indicatorSets {
      id
      key
      title
      area
      year
      version
      source
      createdAt
      indicators {
        id
      }
    }
  }
`);

export const INDICATOR_SET = graphql(
  `
    query IndicatorSet($id: ID!) {
      indicatorSet(id: $id) {
        id
        key
        title
        area
        year
        version
        source
        indicators {
          ...IndicatorFields
          referenceValues {
            value
            municipality {
              id
              name
            }
          }
        }
      }
    }
  `,
  [INDICATOR_FIELDS],
);
