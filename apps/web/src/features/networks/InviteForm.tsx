import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emailSchema, NETWORK_ROLES, type NetworkRole } from '@samrad/domain';
import type { ResultOf } from '../../graphql/graphql';
import { FormError, TextField } from '../../layout/forms';
import { Field, focusFirstInvalid } from '../../shared/Field';
import { onlyErrors } from '../../shared/field-errors';
import { useAction } from '../../shared/useAction';
import { InvitationLink } from './InvitationLink';
import { INVITE_MEMBER, type Municipality } from './networks.graphql';
import styles from './networks.module.css';

export function InviteForm({
  networkId,
  municipalities,
}: {
  networkId: string;
  municipalities: Municipality[];
}) {
  const { t } = useTranslation('networks');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<NetworkRole>('EDITOR');
  const [municipalityId, setMunicipalityId] = useState('');
  const [invited, setInvited] = useState<ResultOf<typeof INVITE_MEMBER>['inviteMember'] | null>(null);
  // The network room's invitation.created event refreshes the pending list: no refetchQueries.
  const [invite] = useMutation(INVITE_MEMBER);
  const { run, pending, error, fieldErrors, setFieldErrors } = useAction();
  const needsMunicipality = role === 'HEAD' || role === 'EDITOR';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setInvited(null);
    const form = event.currentTarget as HTMLFormElement;
    const problems = onlyErrors({
      email: !emailSchema.safeParse(email).success && t('auth:invalid.email'),
      municipalityId: needsMunicipality && !municipalityId && t('invite.municipalityRequired'),
    });
    setFieldErrors(problems);
    if (Object.keys(problems).length) return focusFirstInvalid(form);
    const result = await run(
      () =>
        invite({
          variables: {
            input: {
              networkId,
              email,
              role,
              municipalityId: role === 'COORDINATOR' ? null : municipalityId || null,
            },
          },
        }),
      { fields: { email: 'auth:invalid.email', municipalityId: 'networks:invite.municipalityRequired' } },
    );
    if (!result) focusFirstInvalid(form);
    if (result?.data) {
      setInvited(result.data.inviteMember);
      setEmail('');
    }
  }

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <form onSubmit={submit} noValidate className={styles.inlineForm}>
        <FormError message={error} />
        <TextField
          label={t('invite.email')}
          type="email"
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
          required
        />
        <div className="field">
          <label htmlFor="invite-role">{t('invite.role')}</label>
          <select
            id="invite-role"
            value={role}
            onChange={(event) => setRole(event.target.value as NetworkRole)}
          >
            {NETWORK_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`common:roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {role !== 'COORDINATOR' && (
          <Field label={t('invite.municipality')} id="invite-municipality" error={fieldErrors.municipalityId}>
            {(control) => (
              <select {...control} value={municipalityId} onChange={(e) => setMunicipalityId(e.target.value)}>
                <option value="">{needsMunicipality ? t('invite.choose') : t('invite.wholeNetwork')}</option>
                {municipalities.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <button type="submit" className="primary" disabled={pending}>
          {t('invite.submit')}
        </button>
      </form>
      {invited && (
        <div role="status" className="notice">
          <p>
            {invited.mailStatus === 'NOT_CONFIGURED'
              ? t('invite.notSent', { email: invited.email })
              : t('invite.sent', { email: invited.email })}
          </p>
          {invited.link && <InvitationLink label={t('invite.link')} link={invited.link} />}
        </div>
      )}
    </section>
  );
}
