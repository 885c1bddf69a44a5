import { graphql, type ResultOf } from '../../graphql/graphql';

/** What a page shows of a question: shared by the round page and the catalogue. */
export const INDICATOR_FIELDS = graphql(`
  fragment IndicatorFields on Indicator {
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
  }
`);

export type IndicatorView = ResultOf<typeof INDICATOR_FIELDS> & {
  /** Register-based comparison figures (e.g. Kolada), where the page asks for them. */
  referenceValues?: { value: number; municipality: { id: string; name: string } }[];
};
