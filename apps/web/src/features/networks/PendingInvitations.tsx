import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../shared/useAction';
import { NETWORK_INVITATIONS, RESEND_INVITATION, REVOKE_INVITATION } from './networks.graphql';

export function PendingInvitations({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation('networks');
  const { data } = useQuery(NETWORK_INVITATIONS, { variables: { id: networkId } });
  // The invitation events of the network's room refresh the list (see NetworkPage).
  const [revoke] = useMutation(REVOKE_INVITATION);
  const [resend] = useMutation(RESEND_INVITATION);
  const { run, error, notice } = useAction();
  const invitations = data?.network?.invitations ?? [];
  if (invitations.length === 0) return null;

  return (
    <section className="card" aria-labelledby="pending-title">
      <h2 id="pending-title">{t('pending.title')}</h2>
      <p role="status" aria-live="polite">
        {error ?? notice}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('invite.email')}</th>
            <th scope="col">{t('invite.role')}</th>
            <th scope="col">{t('pending.expires')}</th>
            <th scope="col">{t('members.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <td>{invitation.email}</td>
              <td>
                {t(`common:roles.${invitation.role}`)}
                {invitation.municipality && <div className="meta">{invitation.municipality.name}</div>}
              </td>
              <td>{new Date(invitation.expiresAt).toLocaleDateString(i18n.language)}</td>
              <td className="actions">
                <button
                  type="button"
                  onClick={() =>
                    void run(() => resend({ variables: { id: invitation.id } }), {
                      success: (result) =>
                        t('pending.resent', { link: result.data?.resendInvitation.link ?? '' }),
                    })
                  }
                >
                  {t('pending.resend')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    void run(() => revoke({ variables: { id: invitation.id } }), {
                      success: t('pending.revoked', { email: invitation.email }),
                    })
                  }
                >
                  {t('pending.revoke')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
