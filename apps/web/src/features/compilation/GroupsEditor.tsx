import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../a11y/ConfirmDialog';
import { focusById } from '../../a11y/page';
import { FormError, TextField } from '../../layout/forms';
import { useAction } from '../../shared/useAction';
import {
  CREATE_GROUP,
  DELETE_GROUP,
  UPDATE_GROUP,
  type Compilation,
  type MunicipalityGroup,
} from './compilation.graphql';
import styles from './compilation.module.css';

interface Draft {
  id: string | null;
  name: string;
  municipalityIds: string[];
}

/**
 * Coordinators name groups of similar municipalities ("Kommuner 20–40 000 inv.") to compare
 * against. The page does not follow the network's room (its events would refetch the matrix), so
 * the coordinator's own change is written into the cache here.
 */
export function GroupsEditor({
  networkId,
  compilation,
  groups,
}: {
  networkId: string;
  compilation: Compilation;
  groups: readonly MunicipalityGroup[];
}) {
  const { t } = useTranslation('compilation');
  const id = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [deleting, setDeleting] = useState<MunicipalityGroup | null>(null);
  const { run, pending, error, notice } = useAction();
  const networkRef = { __typename: 'Network' as const, id: networkId };
  const [create] = useMutation(CREATE_GROUP, {
    update(cache, { data }) {
      const group = data?.createMunicipalityGroup;
      if (!group) return;
      cache.modify({
        id: cache.identify(networkRef),
        fields: {
          municipalityGroups: (existing, { toReference }) =>
            Array.isArray(existing)
              ? [...existing, toReference({ __typename: 'MunicipalityGroup', id: group.id })]
              : existing,
        },
      });
    },
  });
  const [updateGroup] = useMutation(UPDATE_GROUP);
  const [remove] = useMutation(DELETE_GROUP, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({
        id: cache.identify({ __typename: 'MunicipalityGroup', id: data.deleteMunicipalityGroup }),
      });
      cache.gc();
    },
  });

  function edit(group: MunicipalityGroup | null) {
    setDraft(
      group
        ? { id: group.id, name: group.name, municipalityIds: group.municipalities.map((m) => m.id) }
        : { id: null, name: '', municipalityIds: [] },
    );
    focusById(`${id}-name`);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const input = { name: draft.name.trim(), municipalityIds: draft.municipalityIds };
    const done = await run(
      async () => {
        if (draft.id) await updateGroup({ variables: { id: draft.id, input } });
        else await create({ variables: { input: { ...input, networkId } } });
        return true;
      },
      { success: t('groups.saved', { name: input.name }) },
    );
    if (done) setDraft(null);
  }

  function toggle(municipalityId: string, on: boolean) {
    if (!draft) return;
    const rest = draft.municipalityIds.filter((m) => m !== municipalityId);
    setDraft({ ...draft, municipalityIds: on ? [...rest, municipalityId] : rest });
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.title')}</h2>
      <p className="meta">{t('groups.intro')}</p>
      {groups.length > 0 && (
        <ul className={styles.groupList}>
          {groups.map((group) => (
            <li key={group.id}>
              <strong>{group.name}</strong>{' '}
              <span className="meta">({group.municipalities.map((m) => m.name).join(', ')})</span>{' '}
              <button type="button" onClick={() => edit(group)}>
                {t('groups.edit')}
                <span className="visually-hidden"> {group.name}</span>
              </button>{' '}
              <button type="button" onClick={() => setDeleting(group)}>
                {t('groups.delete')}
                <span className="visually-hidden"> {group.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="meta">
        {notice}
      </div>
      {!draft && (
        <button type="button" onClick={() => edit(null)}>
          {t('groups.new')}
        </button>
      )}
      {draft && (
        <form onSubmit={(e) => void save(e)} className="stack" aria-labelledby={`${id}-form-title`}>
          <h3 id={`${id}-form-title`}>{draft.id ? t('groups.editTitle') : t('groups.newTitle')}</h3>
          <TextField
            id={`${id}-name`}
            label={t('groups.name')}
            hint={t('groups.nameHint')}
            value={draft.name}
            onChange={(name) => setDraft({ ...draft, name })}
            required
            maxLength={100}
          />
          <fieldset>
            <legend>{t('groups.members')}</legend>
            <div className={styles.memberChecks}>
              {compilation.municipalities.map((m) => (
                <label key={m.id}>
                  <input
                    type="checkbox"
                    checked={draft.municipalityIds.includes(m.id)}
                    onChange={(e) => toggle(m.id, e.target.checked)}
                  />{' '}
                  {m.name}
                </label>
              ))}
            </div>
          </fieldset>
          <FormError message={error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={pending}>
              {t('groups.save')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('groups.deleteTitle')}
        confirmLabel={t('groups.delete')}
        danger
        busy={pending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const group = deleting;
          if (!group) return;
          void run(() => remove({ variables: { id: group.id } }), {
            success: t('groups.deleted', { name: group.name }),
          }).then(() => setDeleting(null));
        }}
      >
        <p>{t('groups.deleteBody', { name: deleting?.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
