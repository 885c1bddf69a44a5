import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormError } from '../../layout/forms';
import { focusFirstInvalid } from '../../shared/Field';
import { NETWORK_FIELDS } from './network-fields';
import { useAction } from '../../shared/useAction';
import { MunicipalityPicker } from './MunicipalityPicker';
import { NetworkTextFields } from './NetworkTextFields';
import { CREATE_NETWORK, type Municipality } from './networks.graphql';
import styles from './networks.module.css';
import { usePageTitle } from '../../a11y/page';

export function CreateNetworkPage() {
  const { t } = useTranslation('networks');
  usePageTitle(t('a11y:titles.newNetwork'));
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<Municipality[]>([]);
  // "My networks" refetches when it is shown again (cache-and-network): no refetchQueries here.
  const [create] = useMutation(CREATE_NETWORK);
  const { run, pending, error, fieldErrors, setFieldErrors } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!name.trim()) {
      setFieldErrors({ name: t('create.nameRequired') });
      return focusFirstInvalid(form);
    }
    const result = await run(
      () =>
        create({
          variables: {
            input: { name, description: description || null, municipalityIds: chosen.map((m) => m.id) },
          },
        }),
      { fields: NETWORK_FIELDS },
    );
    if (result?.data) navigate(`/networks/${result.data.createNetwork.id}`);
    else focusFirstInvalid(form);
  }

  return (
    <section className="card" aria-labelledby="create-title">
      <h1 id="create-title">{t('create.title')}</h1>
      <form onSubmit={submit} noValidate>
        <FormError message={error} />
        <NetworkTextFields
          idPrefix="network"
          name={name}
          description={description}
          onName={setName}
          onDescription={setDescription}
          errors={fieldErrors}
        />
        <MunicipalityPicker
          label={t('fields.municipalities')}
          excludeIds={chosen.map((m) => m.id)}
          onSelect={(m) => setChosen((list) => [...list, m])}
        />
        {chosen.length > 0 && (
          <ul className={styles.chips} aria-label={t('create.chosen')}>
            {chosen.map((m) => (
              <li key={m.id}>
                {m.name}
                <button
                  type="button"
                  aria-label={t('create.removeChosen', { name: m.name })}
                  onClick={() => setChosen((list) => list.filter((x) => x.id !== m.id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={pending}>
            {t('create.submit')}
          </button>
          <button type="button" onClick={() => navigate(-1)}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
