import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from './format';
import type { CurrentAnswer, QuestionView } from './types';

/**
 * Someone else saved this answer after it was loaded here: mine beside theirs, and the choice.
 * A native modal <dialog>: focus moves in and stays, Escape closes it (the conflict stays marked
 * on the question, with a button to reopen this), focus returns to where it was.
 */
export function ConflictDialog({
  question,
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
  onClose,
}: {
  question: QuestionView;
  mine: { raw: string; comment: string };
  theirs: CurrentAnswer;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation('answers');
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const { code } = question.indicator;

  useEffect(() => {
    const dialog = ref.current;
    opener.current = document.activeElement;
    dialog?.showModal();
    return () => {
      dialog?.close();
      (opener.current as HTMLElement | null)?.focus?.();
    };
  }, []);

  const theirValue = formatValue(t, question.indicator, theirs.value, i18n.language);
  const myValue = mine.raw === '' ? t('noValue') : displayRaw(t, question, mine.raw);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      data-testid="conflict-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('conflict.title', { code })}</h2>
      <p>
        {t('conflict.intro', {
          name: theirs.updatedBy?.displayName ?? t('someone'),
          when: new Date(theirs.updatedAt).toLocaleString(i18n.language),
        })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('conflict.whose')}</span>
            </th>
            <th scope="col">{t('conflict.value')}</th>
            <th scope="col">{t('conflict.comment')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="conflict-mine">
            <th scope="row">{t('conflict.mine')}</th>
            <td>{myValue}</td>
            <td>{mine.comment || '—'}</td>
          </tr>
          <tr data-testid="conflict-theirs">
            <th scope="row">
              {t('conflict.theirs', { name: theirs.updatedBy?.displayName ?? t('someone') })}
            </th>
            <td>{theirValue}</td>
            <td>{theirs.comment || '—'}</td>
          </tr>
        </tbody>
      </table>
      <div className="actions">
        <button type="button" className="primary" onClick={onKeepMine} autoFocus>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
        <button type="button" onClick={onClose}>
          {t('conflict.later')}
        </button>
      </div>
    </dialog>
  );
}

function displayRaw(t: (key: string) => string, question: QuestionView, raw: string): string {
  const { answerType, unit } = question.indicator;
  if (answerType === 'YES_NO') return raw === 'yes' ? t('yes') : raw === 'no' ? t('no') : raw;
  if (answerType === 'PERCENT') return `${raw} %`;
  if (answerType === 'NUMBER' && unit) return `${raw} ${unit}`;
  return raw;
}
