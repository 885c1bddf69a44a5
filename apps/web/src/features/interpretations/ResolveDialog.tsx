import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERPRETATION_TEXT_MAX } from '@samrad/domain';
import { FormError } from '../../layout/forms';
import { Field, focusFirstInvalid } from '../../shared/Field';
import { useAction } from '../../shared/useAction';
import { RESOLVE } from './interpretations.graphql';
import type { ProposalView } from './types';

/** The coordinator records the outcome: agreed (with the statement, which may reword the proposal) or rejected. */
export function ResolveDialog({ proposal }: { proposal: ProposalView }) {
  const { t } = useTranslation('interpretations');
  const dialog = useRef<HTMLDialogElement>(null);
  const [resolve] = useMutation(RESOLVE);
  const { run, pending, error, fieldErrors } = useAction();
  const [status, setStatus] = useState<'AGREED' | 'REJECTED'>('AGREED');
  const [outcome, setOutcome] = useState(proposal.text);
  const [reviewBy, setReviewBy] = useState('');
  const id = `resolve-${proposal.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const done = await run(
      () =>
        resolve({
          variables: {
            proposalId: proposal.id,
            status,
            outcome: outcome.trim() || null,
            reviewBy: reviewBy || null,
          },
        }),
      {
        errors: {
          NO_CONSENSUS: 'interpretations:resolve.noConsensus',
          BLOCKED: 'interpretations:resolve.blocked',
        },
        fields: {
          outcome: 'interpretations:resolve.outcomeInvalid',
          reviewBy: 'interpretations:resolve.reviewByInvalid',
        },
      },
    );
    if (done) dialog.current?.close();
    else focusFirstInvalid(form);
  }

  return (
    <>
      <button type="button" className="primary" onClick={() => dialog.current?.showModal()}>
        {t('resolve.open')}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`}>
        <form onSubmit={submit} noValidate>
          <h2 id={`${id}-title`}>{t('resolve.title')}</h2>
          <fieldset>
            <legend>{t('resolve.decision')}</legend>
            {(['AGREED', 'REJECTED'] as const).map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name={`${id}-status`}
                  checked={status === s}
                  onChange={() => setStatus(s)}
                />{' '}
                {t(`status.${s}`)}
              </label>
            ))}
          </fieldset>
          <Field
            label={t('resolve.outcome')}
            id={`${id}-outcome`}
            hint={t('resolve.outcomeHint')}
            error={fieldErrors.outcome}
          >
            {(control) => (
              <textarea
                {...control}
                rows={4}
                value={outcome}
                maxLength={INTERPRETATION_TEXT_MAX}
                onChange={(e) => setOutcome(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('resolve.reviewBy')} id={`${id}-review`} error={fieldErrors.reviewBy}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={reviewBy}
                onChange={(e) => setReviewBy(e.target.value)}
              />
            )}
          </Field>
          <FormError message={error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={pending}>
              {t('resolve.submit')}
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
