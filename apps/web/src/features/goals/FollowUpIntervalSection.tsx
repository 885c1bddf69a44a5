import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../layout/forms';
import { Field, focusFirstInvalid } from '../../shared/Field';
import type { NetworkSectionProps } from '../../shared/network-sections';
import { useAction } from '../../shared/useAction';
import { NETWORK_FOLLOW_UP_INTERVAL, SET_FOLLOW_UP_INTERVAL } from './goals.graphql';
import { intervalDays } from './interval';

/**
 * On the network page: how often municipalities report progress on the goals they committed to.
 * Everyone sees the interval; the coordinators change it (the answer of the mutation updates the
 * cached network). Reminders and the home's "progress to report" follow it.
 */
export function FollowUpIntervalSection({ networkId, isCoordinator }: NetworkSectionProps) {
  const { t } = useTranslation('goals');
  const { data } = useQuery(NETWORK_FOLLOW_UP_INTERVAL, { variables: { id: networkId } });
  const [saveInterval] = useMutation(SET_FOLLOW_UP_INTERVAL);
  const { run, pending, error, notice, fieldErrors, setFieldErrors } = useAction();
  const [typed, setTyped] = useState<string | null>(null);
  const current = data?.network?.followUpIntervalDays;
  if (current == null) return null;
  const text = typed ?? String(current);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const days = intervalDays(text);
    if (days == null) {
      setFieldErrors({ followUpIntervalDays: t('interval.invalid') });
      return focusFirstInvalid(form);
    }
    const done = await run(() => saveInterval({ variables: { id: networkId, days } }), {
      success: t('interval.saved', { count: days }),
      fields: { followUpIntervalDays: 'goals:interval.invalid' },
    });
    if (done) setTyped(null);
    else focusFirstInvalid(form);
  }

  return (
    <section className="card" aria-labelledby="follow-up-interval-title">
      <h2 id="follow-up-interval-title">{t('interval.title')}</h2>
      <p data-testid="follow-up-interval">{t('interval.current', { count: current })}</p>
      {isCoordinator && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Field
            label={t('interval.label')}
            hint={t('interval.hint')}
            error={fieldErrors.followUpIntervalDays}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={7}
                max={730}
                step={1}
                value={text}
                onChange={(event) => setTyped(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" disabled={pending || text === String(current)}>
            {t('interval.save')}
          </button>
        </form>
      )}
      <FormError message={error} />
      <p role="status" aria-live="polite" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
    </section>
  );
}
