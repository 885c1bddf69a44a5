import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiError } from '../../app/apollo';
import { NETWORK_INVITATIONS, RESEND_INVITATION, REVOKE_INVITATION } from './networks.graphql';

interface Data {
  network: {
    id: string;
    invitations: {
      id: string;
      email: string;
      role: string;
      status: string;
      expiresAt: string;
      municipality: { name: string } | null;
    }[];
  } | null;
}

export function PendingInvitations({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation('networks');
  const { data } = useQuery<Data>(NETWORK_INVITATIONS, { variables: { id: networkId } });
  const refetch = { refetchQueries: [{ query: NETWORK_INVITATIONS, variables: { id: networkId } }] };
  const [revoke] = useMutation(REVOKE_INVITATION, refetch);
  const [resend] = useMutation<{ resendInvitation: { link: string | null } }>(RESEND_INVITATION, refetch);
  const [message, setMessage] = useState<string | null>(null);
  const invitations = data?.network?.invitations ?? [];
  if (invitations.length === 0) return null;

  async function run(action: () => Promise<string | null>) {
    try {
      setMessage(await action());
    } catch (failure) {
      setMessage(apiError(failure)?.message ?? t('common:error.generic'));
    }
  }

  return (
    <section className="card" aria-labelledby="pending-title">
      <h2 id="pending-title">{t('pending.title')}</h2>
      <p role="status" aria-live="polite">
        {message}
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
                    void run(async () => {
                      const result = await resend({ variables: { id: invitation.id } });
                      return t('pending.resent', { link: result.data?.resendInvitation.link ?? '' });
                    })
                  }
                >
                  {t('pending.resend')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    void run(async () => {
                      await revoke({ variables: { id: invitation.id } });
                      return t('pending.revoked', { email: invitation.email });
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
