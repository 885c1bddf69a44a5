import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERPRETATION_TEXT_MAX } from '@samrad/domain';
import { FormError } from '../../layout/forms';
import { useAction } from '../../shared/useAction';
import { RESOLVE } from './interpretations.graphql';
import type { ProposalView } from './types';

/** The coordinator records the outcome: agreed (with the statement, which may reword the proposal) or rejected. */
export function ResolveDialog({ proposal }: { proposal: ProposalView }) {
  const { t } = useTranslation('interpretations');
  const dialog = useRef<HTMLDialogElement>(null);
  const [resolve] = useMutation(RESOLVE);
  const { run, pending, error } = useAction();
  const [status, setStatus] = useState<'AGREED' | 'REJECTED'>('AGREED');
  const [outcome, setOutcome] = useState(proposal.text);
  const [reviewBy, setReviewBy] = useState('');
  const id = `resolve-${proposal.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
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
      },
    );
    if (done) dialog.current?.close();
  }

  return (
    <>
      <button type="button" className="primary" onClick={() => dialog.current?.showModal()}>
        {t('resolve.open')}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`}>
        <form onSubmit={submit}>
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
          <div className="field">
            <label htmlFor={`${id}-outcome`}>{t('resolve.outcome')}</label>
            <textarea
              id={`${id}-outcome`}
              rows={4}
              value={outcome}
              maxLength={INTERPRETATION_TEXT_MAX}
              onChange={(e) => setOutcome(e.target.value)}
            />
            <p className="hint">{t('resolve.outcomeHint')}</p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-review`}>{t('resolve.reviewBy')}</label>
            <input
              id={`${id}-review`}
              type="date"
              value={reviewBy}
              onChange={(e) => setReviewBy(e.target.value)}
            />
          </div>
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
