import { ROUND_PHASES, phaseIndex, type RoundPhase } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResultOf } from '../../graphql/graphql';
import type { HOME } from './home.graphql';
import styles from './home.module.css';
import { workItemLink } from './work-item-link';

type Item = ResultOf<typeof HOME>['myWork'][number];
const DAY = 86_400_000;

/** "senast 14 december · 14 dagar kvar" for a deadline, in the reader's language. */
function Deadline({ at }: { at: string }) {
  const { t, i18n } = useTranslation('home');
  const date = new Date(at);
  const days = Math.ceil((date.getTime() - Date.now()) / DAY);
  return (
    <span className={days < 0 ? styles.overdue : styles.deadline}>
      {t('by', { date: date.toLocaleDateString(i18n.language, { day: 'numeric', month: 'long' }) })} ·{' '}
      {days >= 0 ? t('daysLeft', { count: days }) : t('overdue', { count: -days })}
    </span>
  );
}

/** One thing to do, worded for the role that makes it mine. */
export function WorkItem({ item }: { item: Item }) {
  const { t, i18n } = useTranslation('home');
  const phase = item.phase as RoundPhase | null;
  const phaseName = phase ? t(`rounds:phases.${phase}`) : '';
  const municipality = item.municipality?.name ?? '';
  const upcoming = (item.round?.phaseDeadlines ?? []).filter(
    (d) => d.deadline && phase && phaseIndex(d.phase as RoundPhase) > phaseIndex(phase),
  );
  const link = workItemLink(item);
  const title = <Link to={link.to}>{link.label}</Link>;
  const what =
    item.kind === 'MUNICIPALITY_PHASE'
      ? t(`ask.${phase}`, { municipality })
      : item.kind === 'ROUND_PHASE'
        ? t(`run.${phase}`)
        : item.kind === 'PENDING_INVITATIONS'
          ? t('invitations', { count: item.count ?? 0 })
          : item.kind === 'POSITIONS_TO_TAKE'
            ? t('positions', { count: item.count ?? 0, municipality })
            : item.kind === 'ANSWERS_TO_SUBMIT'
              ? t('answersToSubmit', { count: item.count ?? 0, total: item.total ?? 0, municipality })
              : item.kind === 'PROGRESS_TO_REPORT'
                ? t('progressToReport', { municipality })
                : phaseName
                  ? t('follow', { phase: phaseName })
                  : null;

  return (
    <li className={`card ${styles.item}`} data-kind={item.kind}>
      <h2 className={styles.itemTitle}>{title}</h2>
      {item.kind === 'MUNICIPALITY_PHASE' && (
        <p className={styles.municipality}>
          {t('yourMunicipality', { municipality, role: t(`common:roles.${item.role}`) })}
        </p>
      )}
      <p className={styles.what}>
        {what}
        {item.deadline && (
          <>
            {' '}
            <Deadline at={item.deadline} />
          </>
        )}
      </p>
      {upcoming.length > 0 && (
        <div className={styles.upcoming}>
          <h3>{t('upcoming')}</h3>
          <ul>
            {upcoming
              .sort(
                (a, b) =>
                  ROUND_PHASES.indexOf(a.phase as RoundPhase) - ROUND_PHASES.indexOf(b.phase as RoundPhase),
              )
              .map((d) => (
                <li key={d.phase}>
                  {t(`rounds:phases.${d.phase}`)}:{' '}
                  {new Date(d.deadline!).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long' })}
                </li>
              ))}
          </ul>
        </div>
      )}
      <p className="meta">
        {item.network.name} · {t(`roleLabel.${item.role}`)}
      </p>
    </li>
  );
}
