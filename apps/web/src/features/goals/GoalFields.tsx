import { GOAL_REASON_MAX, GOAL_TEXT_MAX, GOAL_TITLE_MAX } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../layout/forms';
import { Field } from '../../shared/Field';
import { todayInput } from './dates';

/** What a goal says of itself, as the new-goal form and the edit form hold it (dates as `YYYY-MM-DD`). */
export interface GoalText {
  title: string;
  description: string;
  target: string;
  dueDate: string;
}

interface Props {
  /** Makes the description's id unique on a page with both forms. */
  idPrefix: string;
  value: GoalText;
  onChange: (value: GoalText) => void;
  errors: Partial<Record<'title' | 'dueDate', string>>;
}

/** Title, description, target and due date of a goal, with the API's limits and a due date not in the past. */
export function GoalFields({ idPrefix, value, onChange, errors }: Props) {
  const { t } = useTranslation('goals');
  const set = (part: Partial<GoalText>) => onChange({ ...value, ...part });
  return (
    <>
      <TextField
        label={t('form.name')}
        value={value.title}
        onChange={(title) => set({ title })}
        maxLength={GOAL_TITLE_MAX}
        required
        error={errors.title}
      />
      <Field label={t('form.description')} id={`${idPrefix}-description`}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            maxLength={GOAL_TEXT_MAX}
            value={value.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </Field>
      <TextField
        label={t('form.target')}
        hint={t('form.targetHint')}
        value={value.target}
        onChange={(target) => set({ target })}
        maxLength={GOAL_REASON_MAX}
      />
      <TextField
        label={t('form.dueDate')}
        type="date"
        min={todayInput()}
        value={value.dueDate}
        onChange={(dueDate) => set({ dueDate })}
        error={errors.dueDate}
      />
    </>
  );
}
