import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormError, TextField } from '../../layout/forms';
import type { NetworkSectionProps } from '../../shared/network-sections';
import { useAction } from '../../shared/useAction';
import { CREATE_ROUND, NETWORK_ROUNDS } from './rounds.graphql';
import styles from './rounds.module.css';

/** The rounds section of the network page: the network's rounds, and a form to open one. */
export function NetworkRounds({ networkId, isCoordinator }: NetworkSectionProps) {
  const { t } = useTranslation('rounds');
  const navigate = useNavigate();
  const { data } = useQuery(NETWORK_ROUNDS, { variables: { id: networkId } });
  const [create] = useMutation(CREATE_ROUND);
  const { run, pending, error, setError } = useAction();
  const [title, setTitle] = useState('');
  const [setId, setSetId] = useState('');
  const [deadline, setDeadline] = useState('');
  const rounds = data?.network?.rounds ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!setId) return setError(t('create.chooseSet'));
    const result = await run(() =>
      create({
        variables: {
          input: {
            networkId,
            indicatorSetId: setId,
            title,
            answeringDeadline: deadline ? new Date(`${deadline}T23:59:00`).toISOString() : null,
          },
        },
      }),
    );
    if (result?.data) navigate(`/rounds/${result.data.createRound.id}`);
  }

  return (
    <section className="card" aria-labelledby="rounds-title">
      <h2 id="rounds-title">{t('list.title')}</h2>
      {rounds.length === 0 ? (
        <p className="meta">{t('list.empty')}</p>
      ) : (
        <ul className={styles.roundList}>
          {rounds.map((round) => (
            <li key={round.id}>
              <Link to={`/rounds/${round.id}`}>{round.title}</Link>{' '}
              <span className={round.phase === 'CLOSED' ? `badge ${styles.phaseClosed}` : 'badge'}>
                {t(`phases.${round.phase}`)}
              </span>
              <span className="meta"> · {round.indicatorSet.title}</span>
            </li>
          ))}
        </ul>
      )}
      {isCoordinator && (
        <details className={styles.createRound}>
          <summary>{t('create.title')}</summary>
          <form onSubmit={submit} noValidate>
            <FormError message={error} />
            <div className="field">
              <label htmlFor="round-set">{t('create.set')}</label>
              <select id="round-set" value={setId} onChange={(e) => setSetId(e.target.value)}>
                <option value="">{t('create.chooseSet')}</option>
                {(data?.indicatorSets ?? []).map((set) => (
                  <option key={set.id} value={set.id}>
                    {`${set.title} (${set.year}, v${set.version})`}
                  </option>
                ))}
              </select>
              <Link to="/catalogue/import" className="hint">
                {t('create.importLink')}
              </Link>
            </div>
            <TextField label={t('create.name')} value={title} onChange={setTitle} maxLength={200} required />
            <TextField
              label={t('create.answeringDeadline')}
              type="date"
              value={deadline}
              onChange={setDeadline}
            />
            <button type="submit" className="primary" disabled={pending}>
              {t('create.submit')}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
