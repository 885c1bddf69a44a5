import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../layout/forms';
import { useAction } from '../../shared/useAction';
import { GRANT_LATE } from './answers.graphql';

/** The coordinator lets one municipality change its answers until a given time, whatever the phase. */
export function LateWindow({
  roundId,
  municipality,
}: {
  roundId: string;
  municipality: { id: string; name: string };
}) {
  const { t } = useTranslation('answers');
  const [grant] = useMutation(GRANT_LATE);
  const { run, pending, error, notice } = useAction();
  const [until, setUntil] = useState('');
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(
      () =>
        grant({
          variables: { roundId, municipalityId: municipality.id, until: new Date(until).toISOString() },
        }),
      { success: t('late.done', { municipality: municipality.name }) },
    );
  }

  return (
    <details>
      <summary>{t('late.open', { municipality: municipality.name })}</summary>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={id}>{t('late.until')}</label>
          <input
            id={id}
            type="datetime-local"
            required
            value={until}
            onChange={(e) => setUntil(e.target.value)}
          />
        </div>
        <FormError message={error} />
        {notice && <p role="status">{notice}</p>}
        <button type="submit" disabled={pending || !until}>
          {t('late.submit')}
        </button>
      </form>
    </details>
  );
}
