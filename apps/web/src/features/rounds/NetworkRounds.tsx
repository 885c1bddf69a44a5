import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiError } from '../../app/apollo';
import { FormError, TextField } from '../../layout/forms';
import type { NetworkSectionProps } from '../networks/sections';
import { CREATE_ROUND, NETWORK_ROUNDS } from './rounds.graphql';

interface Data {
  network: {
    id: string;
    rounds: {
      id: string;
      title: string;
      phase: string;
      answeringDeadline: string | null;
      indicatorSet: { title: string; year: number };
    }[];
  } | null;
  indicatorSets: { id: string; title: string; area: string; year: number; version: number }[];
}

/** The rounds section of the network page: the network's rounds, and a form to open one. */
export function NetworkRounds({ networkId, isCoordinator }: NetworkSectionProps) {
  const { t } = useTranslation('rounds');
  const navigate = useNavigate();
  const { data } = useQuery<Data>(NETWORK_ROUNDS, { variables: { id: networkId } });
  const [create, { loading }] = useMutation<{ createRound: { id: string } }>(CREATE_ROUND);
  const [title, setTitle] = useState('');
  const [setId, setSetId] = useState('');
  const [deadline, setDeadline] = useState('');
  const [error, setError] = useState<string | null>(null);
  const rounds = data?.network?.rounds ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!setId) return setError(t('create.chooseSet'));
    try {
      const result = await create({
        variables: {
          input: {
            networkId,
            indicatorSetId: setId,
            title,
            answeringDeadline: deadline ? new Date(`${deadline}T23:59:00`).toISOString() : null,
          },
        },
      });
      navigate(`/rounds/${result.data!.createRound.id}`);
    } catch (failure) {
      setError(apiError(failure)?.message ?? t('common:error.generic'));
    }
  }

  return (
    <section className="card" aria-labelledby="rounds-title">
      <h2 id="rounds-title">{t('list.title')}</h2>
      {rounds.length === 0 ? (
        <p className="meta">{t('list.empty')}</p>
      ) : (
        <ul className="round-list">
          {rounds.map((round) => (
            <li key={round.id}>
              <Link to={`/rounds/${round.id}`}>{round.title}</Link>{' '}
              <span className={`badge phase-${round.phase.toLowerCase()}`}>{t(`phases.${round.phase}`)}</span>
              <span className="meta"> · {round.indicatorSet.title}</span>
            </li>
          ))}
        </ul>
      )}
      {isCoordinator && (
        <details className="create-round">
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
            <button type="submit" className="primary" disabled={loading}>
              {t('create.submit')}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
