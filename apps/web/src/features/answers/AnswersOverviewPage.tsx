import { useQuery } from '@apollo/client/react';
import { can, contributingMunicipalities } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AccessDenied, isDenied } from '../../a11y/AccessDenied';
import { usePageTitle } from '../../a11y/page';
import { useRoom } from '../../realtime/hooks';
import { QueryState } from '../../layout/QueryState';
import { ANSWER_OVERVIEW } from './answers.graphql';
import { LateWindow } from './LateWindow';
import { submissionRows } from './submissions';
import { statusClass } from './statusStyles';
import styles from './answers.module.css';

/**
 * Where every municipality's answers stand (status and counts, never values): the coordinator's
 * overview, with late windows; members reach their own municipality's form from here.
 */
export function AnswersOverviewPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('answers');
  usePageTitle(t('overview.title'));
  const { data, loading, error, refetch } = useQuery(ANSWER_OVERVIEW, { variables: { id } });
  const round = data?.round;
  useRoom(round ? `round:${id}` : null);
  if (isDenied(error, !loading && !error && data !== undefined && !round))
    return <AccessDenied what="round" />;
  if (!round) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;
  const grants = round.network.myMemberships.map((m) => ({
    role: m.role,
    municipalityId: m.municipality?.id ?? null,
  }));
  const isCoordinator = can(grants, 'network.manage');
  const mine = new Set(grants.flatMap((g) => (g.municipalityId ? [g.municipalityId] : [])));
  const contributing = new Set(contributingMunicipalities(grants));
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : '—');

  return (
    <article className="stack" aria-labelledby="overview-title">
      <nav aria-label={t('breadcrumb')} className="meta">
        <Link to={`/networks/${round.network.id}`}>{round.network.name}</Link> ›{' '}
        <Link to={`/rounds/${round.id}`}>{round.title}</Link>
      </nav>
      <h1 id="overview-title">{t('overview.title')}</h1>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">{t('overview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.municipality')}</th>
              <th scope="col">{t('status.title')}</th>
              <th scope="col">{t('overview.answered')}</th>
              <th scope="col">{t('overview.submittedAt')}</th>
              <th scope="col">{t('overview.lateUntil')}</th>
              {isCoordinator && (
                <th scope="col">
                  <span className="visually-hidden">{t('overview.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {submissionRows(round.network.municipalities, round.answerSubmissions, i18n.language).map((s) => (
              <tr key={s.municipality.id} data-testid={`submission-${s.municipality.name}`}>
                <th scope="row">
                  {isCoordinator || mine.has(s.municipality.id) ? (
                    <Link to={`/rounds/${round.id}/answers/${s.municipality.id}`}>
                      {s.municipality.name}
                      {contributing.has(s.municipality.id) && <> ({t('overview.yours')})</>}
                    </Link>
                  ) : (
                    s.municipality.name
                  )}
                </th>
                <td>
                  <span className={`badge ${statusClass[s.status]}`}>{t(`status.${s.status}`)}</span>
                </td>
                <td>{t('progress', { answered: s.answered, total: round.questions.length })}</td>
                <td>{date(s.submittedAt)}</td>
                <td>{date(s.lateUntil)}</td>
                {isCoordinator && (
                  <td>
                    <LateWindow roundId={round.id} municipality={s.municipality} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
