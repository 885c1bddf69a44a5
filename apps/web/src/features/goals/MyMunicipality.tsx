import { can, type ProgressStatus, type RoleGrant } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { ProgressBadge } from '../../shared/goals/StatusBadge';
import type { GoalPageGoal } from './goals.graphql';
import { CommitForm, DeclineForm } from './CommitForms';
import { LocalMeasures } from './LocalMeasures';
import { ReportProgressForm } from './ReportProgressForm';
import { isOpen } from './status';

/**
 * What my municipality does with the goal: its head commits (plan, owner) or declines (reason);
 * once committed, its head and editors report progress and keep local measures.
 */
export function MyMunicipality({
  goal,
  municipalityId,
  grants,
}: {
  goal: GoalPageGoal;
  municipalityId: string;
  grants: RoleGrant[];
}) {
  const { t } = useTranslation('goals');
  const name =
    goal.network.myMemberships.find((m) => m.municipality?.id === municipalityId)?.municipality?.name ?? '';
  const commitment = goal.commitments.find((c) => c.municipality.id === municipalityId);
  const isHead = can(grants, 'municipality.approve', municipalityId);
  const open = isOpen(goal.status);
  const committed = commitment?.status === 'COMMITTED';
  const titleId = `mine-${municipalityId}`;

  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="my-municipality">
      <h2 id={titleId}>{t('mine.title', { municipality: name })}</h2>
      <p data-testid="my-commitment">
        {!commitment
          ? t('mine.notAnswered')
          : committed
            ? t('mine.committed', { owner: commitment.owner?.displayName ?? '–' })
            : t('mine.declined', { reason: commitment.declineReason ?? '' })}
      </p>
      {committed && commitment.latestProgress && (
        <p>
          {t('mine.latest')} <ProgressBadge status={commitment.latestProgress.status as ProgressStatus} />
        </p>
      )}
      {open && isHead && (
        <div className="stack">
          <CommitForm goal={goal} municipalityId={municipalityId} commitment={commitment} />
          <DeclineForm
            goalId={goal.id}
            municipalityId={municipalityId}
            declined={commitment?.status === 'DECLINED'}
          />
        </div>
      )}
      {open && !isHead && !committed && <p className="meta">{t('mine.headDecides')}</p>}
      {open && committed && <ReportProgressForm goalId={goal.id} municipalityId={municipalityId} />}
      {committed && <LocalMeasures commitment={commitment} open={open} />}
    </section>
  );
}
