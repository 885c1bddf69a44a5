import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormError, TextField } from '../../layout/forms';
import { Field, focusFirstInvalid } from '../../shared/Field';
import { onlyErrors } from '../../shared/field-errors';
import type { NetworkSectionProps } from '../../shared/network-sections';
import { useAction } from '../../shared/useAction';
import { CREATE_ROUND, NETWORK_ROUNDS } from './rounds.graphql';
import styles from './rounds.module.css';

/** The rounds section of the network page: the network's rounds, and a form to open one. */
export function NetworkRounds({ networkId, isCoordinator }: NetworkSectionProps) {
  const { t } = useTranslation('rounds');
  const navigate = useNavigate();

  const [create] = useMutation(CREATE_ROUND);
  const { run, pending, error, fieldErrors, setFieldErrors } = useAction();
  const [title, setTitle] = useState('');
  // ?roundSet=<id>: "start a round with this set" after an import opens the form with it chosen
  const [params] = useSearchParams();
  const preset = params.get('roundSet') ?? '';
  const [setId, setSetId] = useState(preset);
  // a set imported a moment ago is not in a list cached before it: ask the server too
  const { data } = useQuery(NETWORK_ROUNDS, {
    variables: { id: networkId },
    fetchPolicy: preset ? 'cache-and-network' : 'cache-first',
  });
  const [deadline, setDeadline] = useState('');
  const rounds = data?.network?.rounds ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const problems = onlyErrors({
      indicatorSetId: !setId && t('create.chooseSet'),
      title: !title.trim() && t('create.titleRequired'),
    });
    setFieldErrors(problems);
    if (Object.keys(problems).length) return focusFirstInvalid(form);
    const result = await run(
      () =>
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
      {
        fields: {
          indicatorSetId: 'rounds:create.chooseSet',
          title: 'rounds:create.titleInvalid',
          answeringDeadline: 'rounds:deadlines.past',
        },
      },
    );
    if (result?.data) navigate(`/rounds/${result.data.createRound.id}`);
    else focusFirstInvalid(form);
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
        <details className={styles.createRound} open={preset ? true : undefined}>
          <summary>{t('create.title')}</summary>
          <form onSubmit={submit} noValidate>
            <FormError message={error} />
            <Field label={t('create.set')} id="round-set" error={fieldErrors.indicatorSetId}>
              {(control) => (
                <select {...control} value={setId} onChange={(e) => setSetId(e.target.value)}>
                  <option value="">{t('create.chooseSet')}</option>
                  {/* A round may use a national set or this network's own (the API's rule). */}
                  {(data?.indicatorSets ?? [])
                    .filter((set) => !set.ownerNetwork || set.ownerNetwork.id === networkId)
                    .map((set) => (
                      <option key={set.id} value={set.id}>
                        {`${set.title} (${set.year}, v${set.version})`}
                      </option>
                    ))}
                </select>
              )}
            </Field>
            <p className="hint">
              <Link to={`/catalogue/import?network=${networkId}`}>{t('create.importLink')}</Link>
            </p>
            <TextField
              label={t('create.name')}
              value={title}
              onChange={setTitle}
              maxLength={200}
              error={fieldErrors.title}
              required
            />
            <TextField
              label={t('create.answeringDeadline')}
              type="date"
              value={deadline}
              onChange={setDeadline}
              error={fieldErrors.answeringDeadline}
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
