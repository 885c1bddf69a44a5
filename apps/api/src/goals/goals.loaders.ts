import { indicatorById } from '../catalogue/catalogue.loaders.js';
import { Indicator } from '../catalogue/indicator.entity.js';
import { byId, defineLoader, groupedBy, joinedColumns } from '../common/loaders.js';
import { Commitment } from './commitments/commitment.entity.js';
import { LocalMeasure, LocalMeasureValue } from './commitments/local-measure.entity.js';
import { Goal, GoalStatusChange } from './goal.entity.js';
import { Milestone } from './milestones/milestone.entity.js';
import { ProgressUpdate } from './progress/progress-update.entity.js';

export const goalById = byId('goalById', Goal);
/** A network's goals, newest first. */
export const goalsOfNetwork = groupedBy('goalsOfNetwork', Goal, 'networkId', { createdAt: 'DESC' });
export const statusHistoryOfGoal = groupedBy('statusHistoryOfGoal', GoalStatusChange, 'goalId', {
  changedAt: 'ASC',
});
/** By due date (undated last), then as added. */
export const milestonesOfGoal = groupedBy('milestonesOfGoal', Milestone, 'goalId', {
  dueDate: 'ASC',
  createdAt: 'ASC',
});
export const milestoneById = byId('milestoneById', Milestone);
export const commitmentsOfGoal = groupedBy('commitmentsOfGoal', Commitment, 'goalId', { createdAt: 'ASC' });
export const commitmentById = byId('commitmentById', Commitment);
/** Every update of each goal, newest first (the timeline). */
export const progressOfGoal = groupedBy('progressOfGoal', ProgressUpdate, 'goalId', { reportedAt: 'DESC' });
export const measuresOfCommitment = groupedBy('measuresOfCommitment', LocalMeasure, 'commitmentId', {
  createdAt: 'ASC',
});
export const measureById = byId('measureById', LocalMeasure);
export const valuesOfMeasure = groupedBy('valuesOfMeasure', LocalMeasureValue, 'measureId', {
  measuredOn: 'ASC',
  recordedAt: 'ASC',
});

/** Each goal's linked indicators in the order given, in one query (priming `indicatorById`). */
export const indicatorsOfGoal = defineLoader<string, Indicator[]>(
  'indicatorsOfGoal',
  async (goalIds, dataSource, loaders) => {
    const indicator = joinedColumns(dataSource, Indicator, 'i', 'i');
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT gi.goal_id AS "goalId", ${indicator.list}
         FROM goal_indicators gi JOIN indicators i ON i.id = gi.indicator_id
        WHERE gi.goal_id = ANY($1::uuid[])
        ORDER BY gi.position`,
      [goalIds],
    );
    const groups = new Map<string, Indicator[]>(goalIds.map((id) => [id, []]));
    for (const row of rows) {
      const read = indicator.read(row);
      loaders.of(indicatorById).prime(read.id, read);
      groups.get(row.goalId as string)?.push(read);
    }
    return goalIds.map((id) => groups.get(id) ?? []);
  },
);
