import { MAX_ANSWER_COMMENT } from '@samrad/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerHistory } from './AnswerHistory';
import { ConflictDialog } from './ConflictDialog';
import { formatValue } from './format';
import { OthersAnswers } from './OthersAnswers';
import { PrefillSuggestion, type Prefill } from './PrefillSuggestion';
import type { AnswerAccess, AnswerView, QuestionView, VisibleAnswer } from './types';
import { useAutosave, type SaveState } from './useAutosave';
import { ValueInput } from './ValueInput';
import { saveStateClass } from './statusStyles';
import styles from './answers.module.css';

/** One question: its text, guidance and agreed reading; the entry with autosave; history; the others' answers. */
export function QuestionAnswer({
  roundId,
  municipalityId,
  question,
  answer,
  access,
  others,
  prefill,
}: {
  roundId: string;
  municipalityId: string;
  question: QuestionView;
  answer: AnswerView | undefined;
  access: AnswerAccess;
  /** The other municipalities' answers, or null while give-to-get hides them. */
  others: VisibleAnswer[] | null;
  /** Where the question could start from; shown until it is answered. */
  prefill?: Prefill;
}) {
  const { t, i18n } = useTranslation('answers');
  const { indicator } = question;
  const save = useAutosave({ roundId, municipalityId, question, answer, userId: access.userId });
  // Escape or "decide later" closes the dialog for this conflict; a newer one opens it again.
  const [closedFor, setClosedFor] = useState<number | null>(null);
  const dialogOpen = save.conflict !== null && closedFor !== save.conflict.version;
  const titleId = `question-${question.id}-title`;
  const commentId = `comment-${question.id}`;

  return (
    <section
      className={`card ${styles.question}`}
      aria-labelledby={titleId}
      data-testid={`answer-${indicator.code}`}
    >
      <h3 id={titleId}>
        <span className={styles.code}>{indicator.code}</span> {indicator.text}
      </h3>
      {indicator.guidance && <p className="meta">{indicator.guidance}</p>}
      {question.agreedInterpretation?.outcome && (
        <p className={styles.agreed}>
          <strong>{t('agreedInterpretation')}:</strong> {question.agreedInterpretation.outcome}
        </p>
      )}

      {prefill && !answer && save.draft.raw === '' && (
        <PrefillSuggestion
          indicator={indicator}
          prefill={prefill}
          canUse={access.canEdit}
          onUse={() => save.take(prefill.value)}
        />
      )}
      {access.canEdit && answer?.status !== 'APPROVED' ? (
        <div
          onFocus={save.focus}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) save.blur();
          }}
        >
          <ValueInput
            question={question}
            raw={save.draft.raw}
            problem={save.problem}
            onChange={(raw, typed) => save.change({ raw }, typed)}
          />
          <div className="field">
            <label htmlFor={commentId}>{t('comment')}</label>
            <textarea
              id={commentId}
              rows={2}
              value={save.draft.comment}
              maxLength={MAX_ANSWER_COMMENT}
              onChange={(e) => save.change({ comment: e.target.value }, true)}
            />
          </div>
        </div>
      ) : (
        <dl className={styles.readOnly}>
          <dt>{t('answer')}</dt>
          <dd data-testid="value">
            {answer ? formatValue(t, indicator, answer.value, i18n.language) : t('notAnswered')}
          </dd>
          {answer?.comment && (
            <>
              <dt>{t('comment')}</dt>
              <dd>{answer.comment}</dd>
            </>
          )}
        </dl>
      )}

      <div className={styles.saveLine}>
        <p role="status" className={saveStateClass[save.state]} data-testid="save-state">
          {stateText(t, save.state, save.problem)}
        </p>
        {save.state === 'error' && (
          <>
            <p className="field-error">{save.error}</p>
            <button type="button" onClick={save.retry}>
              {t('retry')}
            </button>
          </>
        )}
        {save.state === 'conflict' && !dialogOpen && (
          <button type="button" onClick={() => setClosedFor(null)}>
            {t('conflict.open')}
          </button>
        )}
        {/* A live region from the start, so a colleague's change to what I am editing is read out. */}
        <p className="meta" role="status" data-testid="remote-change">
          {save.remote && save.state !== 'conflict'
            ? t('remoteChange', {
                name: save.remote.name,
                when: new Date(save.remote.at).toLocaleTimeString(i18n.language),
              })
            : ''}
        </p>
        {answer && (
          <p className="meta">
            {t('lastSaved', {
              name: answer.updatedBy.displayName,
              when: new Date(answer.updatedAt).toLocaleString(i18n.language),
            })}
          </p>
        )}
      </div>

      {save.conflict && dialogOpen && (
        <ConflictDialog
          question={question}
          mine={save.draft}
          theirs={save.conflict}
          onKeepMine={save.keepMine}
          onTakeTheirs={save.takeTheirs}
          onClose={() => setClosedFor(save.conflict?.version ?? null)}
        />
      )}
      {answer && answer.history.length > 0 && (
        <AnswerHistory indicator={indicator} history={answer.history} />
      )}
      {others && <OthersAnswers indicator={indicator} answers={others} />}
    </section>
  );
}

function stateText(
  t: ReturnType<typeof useTranslation>['t'],
  state: SaveState,
  problem: string | null,
): string {
  if (state === 'idle') return '';
  if (state === 'invalid') return problem === 'EMPTY' ? t('state.empty') : t('state.invalid');
  return t(`state.${state}`);
}
