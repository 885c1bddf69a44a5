import { gql } from '@apollo/client';

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
        id
        code
        text
        guidance
        section
        answerType
        options
        unit
        polarity
        nationalReference
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
`;
