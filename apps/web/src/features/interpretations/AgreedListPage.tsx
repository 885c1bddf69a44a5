import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../layout/QueryState';
import { ROUND_INTERPRETATIONS } from './interpretations.graphql';
import styles from './interpretations.module.css';

/** The agreed interpretations of a round, as a plain list for the meeting minutes (print it). */
export function AgreedListPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('interpretations');
  const { data, loading, error, refetch } = useQuery(ROUND_INTERPRETATIONS, { variables: { id } });
  const round = data?.round;
  if (!round) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;
  const agreed = round.questions.filter((q) => q.agreedInterpretation);
  return (
    <article className="stack" aria-labelledby="agreed-title">
      <nav aria-label={t('breadcrumb')} className={`meta ${styles.noPrint}`}>
        <Link to={`/rounds/${round.id}/interpretations`}>{t('title')}</Link>
      </nav>
      <header>
        <h1 id="agreed-title">{t('print.title', { round: round.title })}</h1>
        <p className="meta">
          {round.network.name} · {t('progress', { agreed: agreed.length, total: round.questions.length })}
        </p>
        <button type="button" className={styles.noPrint} onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </header>
      {agreed.length === 0 ? (
        <p>{t('print.none')}</p>
      ) : (
        <ol className={styles.printList}>
          {agreed.map((q) => (
            <li key={q.id}>
              <p>
                <strong>{q.indicator.code}</strong> {q.indicator.text}
              </p>
              <p>{q.agreedInterpretation!.outcome}</p>
              <p className="meta">
                {q.agreedInterpretation!.resolvedAt &&
                  t('print.agreedOn', {
                    date: new Date(q.agreedInterpretation!.resolvedAt).toLocaleDateString(i18n.language),
                  })}
                {q.agreedInterpretation!.reviewBy && (
                  <> · {t('reviewBy', { date: q.agreedInterpretation!.reviewBy })}</>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
