import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../shared/useAction';
import { InvitationLink } from './InvitationLink';
import { NETWORK_INVITATIONS, RESEND_INVITATION, REVOKE_INVITATION } from './networks.graphql';

export function PendingInvitations({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation('networks');
  const { data } = useQuery(NETWORK_INVITATIONS, { variables: { id: networkId } });
  // The invitation events of the network's room refresh the list (see NetworkPage).
  const [revoke] = useMutation(REVOKE_INVITATION);
  const [resend] = useMutation(RESEND_INVITATION);
  const { run, error, notice } = useAction();
  // The link of the latest re-send, shown once in place of any earlier one (the old link is dead).
  const [fresh, setFresh] = useState<{ id: string; email: string; link: string } | null>(null);
  const invitations = data?.network?.invitations ?? [];
  if (invitations.length === 0) return null;
  // A queued e-mail that failed once is being retried by the server: say so, with when it failed.
  const mailText = ({ mailStatus, mailFailedAt }: (typeof invitations)[number]) =>
    mailStatus === 'PENDING' && mailFailedAt
      ? t('pending.mail.RETRYING', {
          time: new Date(mailFailedAt).toLocaleString(i18n.language, {
            dateStyle: 'short',
            timeStyle: 'short',
          }),
        })
      : t(`pending.mail.${mailStatus ?? 'UNKNOWN'}`);

  return (
    <section className="card" aria-labelledby="pending-title">
      <h2 id="pending-title">{t('pending.title')}</h2>
      <p role="status" aria-live="polite">
        {error ?? notice}
      </p>
      {fresh && <InvitationLink label={t('pending.newLink', { email: fresh.email })} link={fresh.link} />}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('pending.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('invite.email')}</th>
              <th scope="col">{t('invite.role')}</th>
              <th scope="col">{t('pending.statusLabel')}</th>
              <th scope="col">{t('pending.mailLabel')}</th>
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
                <td>{t(`pending.status.${invitation.status}`)}</td>
                <td>{mailText(invitation)}</td>
                <td>{new Date(invitation.expiresAt).toLocaleDateString(i18n.language)}</td>
                <td className="actions">
                  <button
                    type="button"
                    onClick={async () => {
                      const result = await run(() => resend({ variables: { id: invitation.id } }), {
                        success: t('pending.resentShort', { email: invitation.email }),
                      });
                      const link = result?.data?.resendInvitation.link;
                      if (link) setFresh({ id: invitation.id, email: invitation.email, link });
                    }}
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
      </div>
    </section>
  );
}
