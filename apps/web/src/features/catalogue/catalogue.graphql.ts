import { gql } from '@apollo/client';
import { INDICATOR_FIELDS } from '../rounds/rounds.graphql';

export const INDICATOR_SETS = gql`
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
`;

export const INDICATOR_SET = gql`
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
  ${INDICATOR_FIELDS}
`;
