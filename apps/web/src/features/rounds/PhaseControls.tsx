import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextPhase, previousPhase, type RoundPhase } from '@samrad/domain';
import { useAnnounce } from '../../a11y/Announcer';
import { ConfirmDialog } from '../../a11y/ConfirmDialog';
import { focusById } from '../../a11y/page';
import { FormError } from '../../layout/forms';
import { Field } from '../../shared/Field';
import { useAction } from '../../shared/useAction';
import { SET_ROUND_PHASE } from './rounds.graphql';
import styles from './rounds.module.css';

/** Coordinator controls: move to the next phase, or step back one phase giving a reason. */
export function PhaseControls({
  roundId,
  phase,
  version,
}: {
  roundId: string;
  phase: RoundPhase;
  version: number;
}) {
  const { t } = useTranslation('rounds');
  // The mutation returns the round's new phase and version into the cache at once; its event
  // (round.phaseChanged) refreshes the rest of the page (history): no refetchQueries.
  const [setPhase] = useMutation(SET_ROUND_PHASE);
  const { run, pending, error, fieldErrors, setFieldErrors } = useAction();
  const [reason, setReason] = useState('');
  const [steppingBack, setSteppingBack] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const announce = useAnnounce();
  const next = nextPhase(phase);
  const previous = previousPhase(phase);

  async function move(to: RoundPhase, why?: string) {
    const done = await run(
      () => setPhase({ variables: { roundId, phase: to, reason: why ?? null, expectedVersion: version } }),
      {
        errors: { CONFLICT: 'rounds:controls.conflict' },
        fields: { reason: 'rounds:controls.reasonRequired' },
      },
    );
    setConfirming(false);
    if (done) {
      setSteppingBack(false);
      setReason('');
      announce(t(why ? 'controls.steppedBack' : 'controls.moved', { phase: t(`phases.${to}`) }));
    }
  }

  function stepBack(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setFieldErrors({ reason: t('controls.reasonRequired') });
      return focusById('step-back-reason');
    }
    if (previous) void move(previous, reason);
  }

  return (
    <div className={styles.phaseControls}>
      <FormError message={error} />
      <div className="actions">
        {next && (
          // Moving on changes what every member may do: it asks first (ConfirmDialog below).
          <button type="button" className="primary" disabled={pending} onClick={() => setConfirming(true)}>
            {t('controls.advance', { phase: t(`phases.${next}`) })}
          </button>
        )}
        {previous && !steppingBack && (
          <button
            type="button"
            id="step-back-button"
            onClick={() => {
              setSteppingBack(true);
              focusById('step-back-reason');
            }}
          >
            {t('controls.stepBack', { phase: t(`phases.${previous}`) })}
          </button>
        )}
      </div>
      {next && (
        <ConfirmDialog
          open={confirming}
          title={t('controls.confirmTitle', { phase: t(`phases.${next}`) })}
          confirmLabel={t('controls.confirmAdvance', { phase: t(`phases.${next}`) })}
          busy={pending}
          onConfirm={() => void move(next)}
          onCancel={() => setConfirming(false)}
        >
          <p>{t(`controls.consequences.${next}`)}</p>
          <p>{t('controls.allMembers')}</p>
        </ConfirmDialog>
      )}
      {previous && steppingBack && (
        <form onSubmit={stepBack} className={styles.stepBack} noValidate>
          <Field label={t('controls.reason')} id="step-back-reason" error={fieldErrors.reason}>
            {(control) => (
              <textarea {...control} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
          <div className="actions">
            <button type="submit" disabled={pending}>
              {t('controls.confirmStepBack', { phase: t(`phases.${previous}`) })}
            </button>
            <button
              type="button"
              onClick={() => {
                setSteppingBack(false);
                focusById('step-back-button');
              }}
            >
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
