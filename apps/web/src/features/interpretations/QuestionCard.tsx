import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../layout/forms';
import { Field, focusFirstInvalid } from '../../shared/Field';
import { useAction } from '../../shared/useAction';
import { PROPOSE, RECONFIRM } from './interpretations.graphql';
import { ProposalCard } from './ProposalCard';
import type { InterpretationAccess, ProposalView, QuestionView } from './types';
import styles from './interpretations.module.css';

/** A question with its agreed (or carried-over) interpretation, its proposals and the proposal form. */
export function QuestionCard({
  roundId,
  question,
  proposals,
  access,
}: {
  roundId: string;
  question: QuestionView;
  proposals: ProposalView[];
  access: InterpretationAccess;
}) {
  const { t } = useTranslation('interpretations');
  const agreed = question.agreedInterpretation;
  const carried = question.previousAgreement;
  const current = proposals.filter((p) => p.status === 'OPEN' || p.status === 'AGREED');
  const earlier = proposals.filter((p) => p.status !== 'OPEN' && p.status !== 'AGREED');
  const titleId = `question-${question.id}`;
  return (
    <section
      className={`card ${styles.question}`}
      aria-labelledby={titleId}
      data-testid={`question-${question.indicator.code}`}
    >
      <h3 id={titleId}>
        <span className={styles.code}>{question.indicator.code}</span>
        {question.indicator.text}
      </h3>
      {agreed ? (
        <div className={styles.agreed} data-testid="agreed">
          <p>
            <strong>{t('agreed.title')}:</strong> {agreed.outcome}
          </p>
          <p className="meta">
            {agreed.confirms ? t('agreed.reconfirmed') : t('agreed.inThisRound')}
            {agreed.reviewBy && <> · {t('reviewBy', { date: agreed.reviewBy })}</>}
          </p>
        </div>
      ) : (
        carried && (
          <div className={styles.carried} data-testid="carried">
            <p className="meta">
              {t('carried.title', { year: carried.round.indicatorSet.year })}
              {carried.reviewBy && <> — {t('reviewBy', { date: carried.reviewBy.slice(0, 7) })}</>}
            </p>
            <p>{carried.outcome}</p>
            {access.isCoordinator && (access.phase === 'INTERPRETATION' || access.phase === 'ANSWERING') && (
              <Reconfirm roundId={roundId} indicatorId={question.id} />
            )}
          </div>
        )
      )}
      {current.length > 0 && (
        <ul className={styles.proposals} aria-label={t('proposals.title')}>
          {current.map((p) => (
            <ProposalCard key={p.id} proposal={p} access={access} />
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <details>
          <summary>{t('proposals.history', { count: earlier.length })}</summary>
          <ul className={styles.proposals}>
            {earlier.map((p) => (
              <ProposalCard key={p.id} proposal={p} access={access} />
            ))}
          </ul>
        </details>
      )}
      {access.canPropose && access.phase === 'INTERPRETATION' && (
        <ProposeForm roundId={roundId} indicatorId={question.id} />
      )}
    </section>
  );
}

function Reconfirm({ roundId, indicatorId }: { roundId: string; indicatorId: string }) {
  const { t } = useTranslation('interpretations');
  const [reconfirm] = useMutation(RECONFIRM);
  const { run, pending, error } = useAction();
  return (
    <>
      <FormError message={error} />
      <button
        type="button"
        disabled={pending}
        onClick={() => void run(() => reconfirm({ variables: { input: { roundId, indicatorId } } }))}
      >
        {t('carried.reconfirm')}
      </button>
    </>
  );
}

function ProposeForm({ roundId, indicatorId }: { roundId: string; indicatorId: string }) {
  const { t } = useTranslation('interpretations');
  const [propose] = useMutation(PROPOSE);
  const { run, pending, error, notice, fieldErrors, setFieldErrors } = useAction();
  const [text, setText] = useState('');
  const id = `propose-${indicatorId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!text.trim()) {
      setFieldErrors({ text: t('proposal.textRequired') });
      return focusFirstInvalid(form);
    }
    const done = await run(() => propose({ variables: { input: { roundId, indicatorId, text } } }), {
      success: t('proposals.sent'),
      fields: { text: 'interpretations:proposal.textRequired' },
    });
    if (done) setText('');
    else focusFirstInvalid(form);
  }

  return (
    <details>
      <summary>{t('proposals.new')}</summary>
      <form onSubmit={submit} noValidate>
        <Field label={t('proposal.text')} id={id} error={fieldErrors.text}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={text}
              maxLength={4000}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <FormError message={error} />
        {notice && <p role="status">{notice}</p>}
        <button type="submit" disabled={pending}>
          {t('proposals.submit')}
        </button>
      </form>
    </details>
  );
}
