import { byId, groupedBy } from '../common/loaders.js';
import { IndicatorReferenceValue } from './indicator-reference-value.entity.js';
import { IndicatorSet } from './indicator-set.entity.js';
import { Indicator } from './indicator.entity.js';

export const indicatorSetById = byId('indicatorSetById', IndicatorSet);
export const indicatorById = byId('indicatorById', Indicator);
/** The indicators of each set, in questionnaire order. */
export const indicatorsOfSet = groupedBy('indicatorsOfSet', Indicator, 'indicatorSetId', { position: 'ASC' });
/** The register-based comparison figures of each indicator. */
export const referenceValuesOfIndicator = groupedBy(
  'referenceValuesOfIndicator',
  IndicatorReferenceValue,
  'indicatorId',
);
