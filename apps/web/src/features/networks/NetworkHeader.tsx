import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../layout/forms';
import { focusFirstInvalid } from '../../shared/Field';
import { NETWORK_FIELDS } from './network-fields';
import { useAction } from '../../shared/useAction';
import { NetworkTextFields } from './NetworkTextFields';
import { UPDATE_NETWORK } from './networks.graphql';

interface Props {
  network: {
    id: string;
    name: string;
    description: string | null;
    myRoles: string[];
    myMemberships: { role: string; municipality: { name: string } | null }[];
  };
  isCoordinator: boolean;
}

export function NetworkHeader({ network, isCoordinator }: Props) {
  const { t } = useTranslation('networks');
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(network.name);
  const [description, setDescription] = useState(network.description ?? '');
  const [update] = useMutation(UPDATE_NETWORK);
  const { run, pending, error, fieldErrors, setFieldErrors } = useAction();

  async function save(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!name.trim()) {
      setFieldErrors({ name: t('create.nameRequired') });
      return focusFirstInvalid(form);
    }
    const done = await run(
      () => update({ variables: { id: network.id, input: { name, description: description || null } } }),
      { fields: NETWORK_FIELDS },
    );
    if (done) setEditing(false);
    else focusFirstInvalid(form);
  }

  if (editing) {
    return (
      <form className="card" onSubmit={save} aria-labelledby="network-title" noValidate>
        <h1 id="network-title">{t('edit.title')}</h1>
        <FormError message={error} />
        <NetworkTextFields
          idPrefix="edit"
          name={name}
          description={description}
          onName={setName}
          onDescription={setDescription}
          errors={fieldErrors}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={pending}>
            {t('common:actions.save')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <header className="page-head">
      <div>
        <h1 id="network-title">{network.name}</h1>
        {network.description && <p>{network.description}</p>}
        <p className="meta">
          {/* My roles, each with the municipality it acts for: "Socialchef (Järfälla)". */}
          {t('myRoles')}:{' '}
          {network.myMemberships
            .map((m) =>
              m.municipality
                ? `${t(`common:roles.${m.role}`)} (${m.municipality.name})`
                : t(`common:roles.${m.role}`),
            )
            .join(', ')}
        </p>
      </div>
      {isCoordinator && (
        <button type="button" onClick={() => setEditing(true)}>
          {t('edit.button')}
        </button>
      )}
    </header>
  );
}
