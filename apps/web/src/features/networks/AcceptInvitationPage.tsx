import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAnnounce } from '../../a11y/Announcer';
import { focusHeading, usePageTitle } from '../../a11y/page';
import { useAuth } from '../../auth/AuthProvider';
import { errorText } from '../../shared/errors';
import { useAction } from '../../shared/useAction';
import { ACCEPT_INVITATION, DECLINE_INVITATION, INVITATION_PREVIEW } from './networks.graphql';

/**
 * /invitations/:token — what the link offers and to which address, signed in or not. Signed out:
 * sign in or create an account for that address (pre-filled), or decline. Signed in as the
 * invited address: accept or decline.
 */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('networks');
  usePageTitle(t('a11y:titles.invitation'));
  const { user, restoring } = useAuth();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { data, error, loading } = useQuery(INVITATION_PREVIEW, {
    variables: { token },
    skip: restoring,
    fetchPolicy: 'network-only',
  });
  // "My networks" refetches when it is shown again (cache-and-network): no refetchQueries here.
  const [accept] = useMutation(ACCEPT_INVITATION);
  const [decline] = useMutation(DECLINE_INVITATION, {
    update: (cache, result) => {
      // The page shows the new status at once.
      const status = result.data?.declineInvitation.status;
      if (status)
        cache.updateQuery({ query: INVITATION_PREVIEW, variables: { token } }, (old) =>
          old ? { invitation: { ...old.invitation, status } } : old,
        );
    },
  });
  const { run, pending, error: failure } = useAction();

  if (restoring) return <p aria-live="polite">{t('common:loading')}</p>;
  const invitation = data?.invitation;

  async function onAccept() {
    const result = await run(() => accept({ variables: { token } }));
    if (result?.data) navigate(`/networks/${result.data.acceptInvitation.networkId}`);
  }

  async function onDecline() {
    const result = await run(() => decline({ variables: { token } }));
    if (result?.data) {
      announce(t('accept.declined'));
      focusHeading();
    }
  }

  const here = encodeURIComponent(`/invitations/${token}`);
  const email = invitation ? encodeURIComponent(invitation.email) : '';
  const role = invitation ? t(`common:roles.${invitation.role}`) : '';

  return (
    <section className="card narrow" aria-labelledby="accept-title">
      <h1 id="accept-title">{t('accept.title')}</h1>
      {loading && <p aria-live="polite">{t('common:loading')}</p>}
      {error && (
        <p role="alert" className="form-error">
          {errorText(t, error, { NOT_FOUND: 'networks:accept.unknown' })}
        </p>
      )}
      {invitation && (
        <>
          <p>
            {user
              ? t('accept.offer', { inviter: invitation.invitedBy, network: invitation.networkName, role })
              : t('accept.signedOutOffer', {
                  inviter: invitation.invitedBy,
                  email: invitation.email,
                  network: invitation.networkName,
                  role,
                })}
            {invitation.municipality && ` (${invitation.municipality.name})`}
          </p>
          {invitation.status !== 'PENDING' ? (
            <p className="form-error">
              {invitation.status === 'DECLINED'
                ? t('accept.declined')
                : t(`accept.status.${invitation.status}`)}
            </p>
          ) : user ? (
            <div className="actions">
              <button type="button" className="primary" onClick={() => void onAccept()} disabled={pending}>
                {t('accept.button')}
              </button>
              <button type="button" onClick={() => void onDecline()} disabled={pending}>
                {t('accept.decline')}
              </button>
            </div>
          ) : (
            <>
              <p>{t('accept.signInFirst')}</p>
              <div className="actions">
                <Link className="button primary" to={`/sign-in?next=${here}&email=${email}`}>
                  {t('accept.signInAs', { email: invitation.email })}
                </Link>
                <Link className="button" to={`/sign-up?next=${here}&email=${email}`}>
                  {t('accept.signUpAs', { email: invitation.email })}
                </Link>
                <button type="button" onClick={() => void onDecline()} disabled={pending}>
                  {t('accept.decline')}
                </button>
              </div>
            </>
          )}
          {failure && (
            <p role="alert" className="form-error">
              {failure}
            </p>
          )}
        </>
      )}
    </section>
  );
}
