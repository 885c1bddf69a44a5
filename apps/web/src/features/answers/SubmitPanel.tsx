import { useMutation } from '@apollo/client/react';
import { MAX_REOPEN_REASON } from '@samrad/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../a11y/ConfirmDialog';
import { FormError } from '../../layout/forms';
import { useAction } from '../../shared/useAction';
import { APPROVE_ANSWERS, REOPEN_ANSWERS, SUBMIT_ANSWERS } from './answers.graphql';
import type { AnswerAccess, QuestionView, SubmissionView } from './types';
import { statusClass } from './statusStyles';
import styles from './answers.module.css';

/** Progress, status, and the moves of the municipality's answers: submit, approve, reopen. */
export function SubmitPanel({
  roundId,
  municipalityId,
  questions,
  answeredIds,
  submission,
  access,
  answeringOpen,
}: {
  roundId: string;
  municipalityId: string;
  questions: QuestionView[];
  answeredIds: Set<string>;
  submission: SubmissionView | undefined;
  access: AnswerAccess;
  answeringOpen: boolean;
}) {
  const { t, i18n } = useTranslation('answers');
  const status = submission?.status ?? 'DRAFT';
  const unanswered = questions.filter((q) => !answeredIds.has(q.id));
  const answered = questions.length - unanswered.length;
  const [submit] = useMutation(SUBMIT_ANSWERS);
  const [approve] = useMutation(APPROVE_ANSWERS);
  const [reopen] = useMutation(REOPEN_ANSWERS);
  const { run, pending, error, notice } = useAction();
  const [asking, setAsking] = useState<'submit' | 'approve' | null>(null);
  const [partialOk, setPartialOk] = useState(false);
  const [reason, setReason] = useState('');
  const variables = { roundId, municipalityId };

  return (
    <section className={`card ${styles.panel}`} aria-labelledby="submit-title">
      <h2 id="submit-title">
        {t('status.title')}:{' '}
        <span className={`badge ${statusClass[status]}`} data-testid="submission-status">
          {t(`status.${status}`)}
        </span>
      </h2>
      <p data-testid="answer-progress">{t('progress', { answered, total: questions.length })}</p>
      <progress max={questions.length} value={answered} aria-label={t('progressLabel')} />
      {submission?.lateUntil && new Date(submission.lateUntil) > new Date() && (
        <p className="meta">
          {t('lateUntil', { when: new Date(submission.lateUntil).toLocaleString(i18n.language) })}
        </p>
      )}
      {!answeringOpen && status === 'DRAFT' && <p className="meta">{t('closed')}</p>}
      <FormError message={error} />
      {notice && <p role="status">{notice}</p>}

      <div className="actions">
        {access.canContribute && answeringOpen && status === 'DRAFT' && (
          <button type="button" className="primary" onClick={() => setAsking('submit')} disabled={pending}>
            {t('submit.open')}
          </button>
        )}
        {access.canApprove && status === 'SUBMITTED' && (
          <button type="button" className="primary" onClick={() => setAsking('approve')} disabled={pending}>
            {t('approve.open')}
          </button>
        )}
      </div>

      {access.canApprove && status !== 'DRAFT' && (
        <details>
          <summary>{t('reopen.open')}</summary>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void run(() => reopen({ variables: { ...variables, reason } }), {
                success: t('reopen.done'),
              }).then((done) => done && setReason(''));
            }}
          >
            <div className="field">
              <label htmlFor="reopen-reason">{t('reopen.reason')}</label>
              <textarea
                id="reopen-reason"
                rows={2}
                required
                maxLength={MAX_REOPEN_REASON}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <button type="submit" disabled={pending || !reason.trim()}>
              {t('reopen.submit')}
            </button>
          </form>
        </details>
      )}

      <ConfirmDialog
        open={asking === 'submit'}
        title={t('submit.title')}
        confirmLabel={unanswered.length > 0 ? t('submit.partial') : t('submit.confirm')}
        busy={pending || (unanswered.length > 0 && !partialOk)}
        onCancel={() => {
          setAsking(null);
          setPartialOk(false);
        }}
        onConfirm={() => {
          setAsking(null);
          setPartialOk(false);
          void run(() => submit({ variables: { ...variables, partial: unanswered.length > 0 } }), {
            success: t('submit.done'),
          });
        }}
      >
        {unanswered.length === 0 ? (
          <p>{t('submit.allAnswered', { total: questions.length })}</p>
        ) : (
          <>
            <p>{t('submit.unanswered', { count: unanswered.length, total: questions.length })}</p>
            <ul className={styles.unanswered} data-testid="unanswered">
              {unanswered.map((q) => (
                <li key={q.id}>
                  <span className={styles.code}>{q.indicator.code}</span> {q.indicator.text}
                </li>
              ))}
            </ul>
            <label>
              <input type="checkbox" checked={partialOk} onChange={(e) => setPartialOk(e.target.checked)} />{' '}
              {t('submit.partialConfirm', { count: unanswered.length })}
            </label>
          </>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'approve'}
        title={t('approve.title')}
        confirmLabel={t('approve.confirm')}
        busy={pending}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          setAsking(null);
          void run(() => approve({ variables }), { success: t('approve.done') });
        }}
      >
        <p>{t('approve.body', { answered, total: questions.length })}</p>
      </ConfirmDialog>
    </section>
  );
}
