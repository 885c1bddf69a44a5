import { byId, groupedBy } from '../common/loaders.js';
import { IndicatorSet } from './indicator-set.entity.js';
import { Indicator } from './indicator.entity.js';

export const indicatorSetById = byId('indicatorSetById', IndicatorSet);
export const indicatorById = byId('indicatorById', Indicator);
/** The indicators of each set, in questionnaire order. */
export const indicatorsOfSet = groupedBy('indicatorsOfSet', Indicator, 'indicatorSetId', { position: 'ASC' });
