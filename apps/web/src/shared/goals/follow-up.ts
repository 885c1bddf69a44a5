import { numericValue, type AnswerType } from '@samrad/domain';
import type { ResultOf } from '../../graphql/graphql';
import type { FOLLOW_UP_FIELDS } from './goal-fields.graphql';

export type FollowUp = ResultOf<typeof FOLLOW_UP_FIELDS>;

/**
 * A linked indicator as numbers per round, the chart's and the table's one source: the network's
 * figure (mean, or % yes for yes/no questions), the nation, and each committed municipality.
 * `percentage`: the figures are percent (yes/no shares and PERCENT questions).
 */
export interface FollowUpSeries {
  code: string;
  text: string;
  unit: string | null;
  percentage: boolean;
  /** Can it be drawn at all (numbers, percentages, yes/no)? Text and choice questions cannot. */
  numeric: boolean;
  rounds: { id: string; title: string; year: number; baseline: boolean }[];
  network: (number | null)[];
  nation: (number | null)[];
  municipalities: { id: string; name: string; values: (number | null)[]; hidden: boolean[] }[];
}

const NUMERIC: readonly string[] = ['NUMBER', 'PERCENT', 'YES_NO'];
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function followUpSeries(followUp: FollowUp): FollowUpSeries {
  const answerType = followUp.indicator.answerType as AnswerType;
  const yesNo = answerType === 'YES_NO';
  const names = new Map<string, string>();
  for (const v of followUp.values) names.set(v.municipality.id, v.municipality.name);
  return {
    code: followUp.code,
    text: followUp.indicator.text,
    unit: followUp.indicator.unit ?? null,
    percentage: yesNo || answerType === 'PERCENT',
    numeric: NUMERIC.includes(answerType),
    rounds: followUp.rounds.map((r) => ({
      id: r.round.id,
      title: r.round.title,
      year: r.year,
      baseline: r.baseline,
    })),
    network: followUp.rounds.map((r) =>
      yesNo
        ? r.summary.yesShare == null
          ? null
          : oneDecimal(r.summary.yesShare * 100)
        : r.summary.mean == null
          ? null
          : oneDecimal(r.summary.mean),
    ),
    nation: followUp.rounds.map((r) => r.nationalReference ?? null),
    municipalities: [...names].map(([id, name]) => {
      const cells = followUp.rounds.map((r) =>
        followUp.values.find((v) => v.roundId === r.round.id && v.municipality.id === id),
      );
      return {
        id,
        name,
        values: cells.map((cell) => {
          const n = numericValue(answerType, cell?.value);
          return n === null ? null : yesNo ? n * 100 : n;
        }),
        hidden: cells.map((cell) => cell?.hidden ?? false),
      };
    }),
  };
}
