import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuestionActionProps } from '../../shared/question-actions';

/** Goals are set from a round's results: in DISCUSSION or GOAL_SETTING the coordinator starts one from a question. */
export function CreateGoalFromQuestion({
  networkId,
  roundId,
  roundPhase,
  indicatorId,
  isCoordinator,
}: QuestionActionProps) {
  const { t } = useTranslation('goals');
  if (!isCoordinator || (roundPhase !== 'DISCUSSION' && roundPhase !== 'GOAL_SETTING')) return null;
  const query = new URLSearchParams({ round: roundId, indicator: indicatorId });
  return (
    <p>
      <Link className="button primary" to={`/networks/${networkId}/goals/new?${query.toString()}`}>
        {t('fromQuestion')}
      </Link>
    </p>
  );
}
