import { useTranslation } from 'react-i18next';
import { TextField } from '../../layout/forms';
import { Field } from '../../shared/Field';

interface Props {
  /** Distinguishes the description field's id where both forms could be on one page. */
  idPrefix: string;
  name: string;
  description: string;
  onName(name: string): void;
  onDescription(description: string): void;
  errors: Partial<Record<'name' | 'description', string>>;
}

/** A network's name and description, as creating and editing it ask for them. */
export function NetworkTextFields({ idPrefix, name, description, onName, onDescription, errors }: Props) {
  const { t } = useTranslation('networks');
  return (
    <>
      <TextField
        label={t('fields.name')}
        value={name}
        onChange={onName}
        maxLength={200}
        error={errors.name}
        required
      />
      <Field label={t('fields.description')} id={`${idPrefix}-description`} error={errors.description}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={2000}
            value={description}
            onChange={(event) => onDescription(event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
