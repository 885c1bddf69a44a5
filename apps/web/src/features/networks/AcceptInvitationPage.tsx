import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { errorText } from '../../shared/errors';
import { useAction } from '../../shared/useAction';
import { ACCEPT_INVITATION, INVITATION_PREVIEW } from './networks.graphql';

/** /invitations/:token — sign in (or up) first, then see what is offered and accept it. */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('networks');
  const { user, restoring } = useAuth();
  const navigate = useNavigate();
  const here = encodeURIComponent(`/invitations/${token}`);
  const { data, error, loading } = useQuery(INVITATION_PREVIEW, {
    variables: { token },
    skip: !user,
  });
  // "My networks" refetches when it is shown again (cache-and-network): no refetchQueries here.
  const [accept] = useMutation(ACCEPT_INVITATION);
  const { run, pending: accepting, error: failure } = useAction();

  if (restoring) return <p aria-live="polite">{t('common:loading')}</p>;
  if (!user) {
    return (
      <section className="card narrow" aria-labelledby="accept-title">
        <h1 id="accept-title">{t('accept.title')}</h1>
        <p>{t('accept.signInFirst')}</p>
        <div className="actions">
          <Link className="button primary" to={`/sign-in?next=${here}`}>
            {t('auth:signIn.submit')}
          </Link>
          <Link className="button" to={`/sign-up?next=${here}`}>
            {t('auth:signUp.submit')}
          </Link>
        </div>
      </section>
    );
  }

  const invitation = data?.invitation;

  async function onAccept() {
    const result = await run(() => accept({ variables: { token } }));
    if (result?.data) navigate(`/networks/${result.data.acceptInvitation.networkId}`);
  }

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
            {t('accept.offer', {
              inviter: invitation.invitedBy,
              network: invitation.networkName,
              role: t(`common:roles.${invitation.role}`),
            })}
            {invitation.municipality && ` (${invitation.municipality.name})`}
          </p>
          {invitation.status === 'PENDING' ? (
            <button type="button" className="primary" onClick={() => void onAccept()} disabled={accepting}>
              {t('accept.button')}
            </button>
          ) : (
            <p className="form-error">{t(`accept.status.${invitation.status}`)}</p>
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
