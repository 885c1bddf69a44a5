import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { apiError } from '../../app/apollo';
import { useAuth } from '../../auth/AuthProvider';
import { MY_NETWORKS } from '../home/HomePage';
import { ACCEPT_INVITATION, INVITATION_PREVIEW } from './networks.graphql';

interface Preview {
  invitation: {
    email: string;
    networkName: string;
    role: string;
    status: 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';
    expiresAt: string;
    invitedBy: string;
    municipality: { name: string } | null;
  };
}

/** /invitations/:token — sign in (or up) first, then see what is offered and accept it. */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('networks');
  const { user, restoring } = useAuth();
  const navigate = useNavigate();
  const here = encodeURIComponent(`/invitations/${token}`);
  const { data, error, loading } = useQuery<Preview>(INVITATION_PREVIEW, {
    variables: { token },
    skip: !user,
  });
  const [accept, { loading: accepting }] = useMutation<{ acceptInvitation: { networkId: string } }>(
    ACCEPT_INVITATION,
    { refetchQueries: [MY_NETWORKS] },
  );
  const [failure, setFailure] = useState<string | null>(null);

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

  const problem = apiError(error);
  const invitation = data?.invitation;

  async function onAccept() {
    setFailure(null);
    try {
      const result = await accept({ variables: { token } });
      navigate(`/networks/${result.data!.acceptInvitation.networkId}`);
    } catch (e) {
      setFailure(apiError(e)?.message ?? t('common:error.generic'));
    }
  }

  return (
    <section className="card narrow" aria-labelledby="accept-title">
      <h1 id="accept-title">{t('accept.title')}</h1>
      {loading && <p aria-live="polite">{t('common:loading')}</p>}
      {problem && (
        <p role="alert" className="form-error">
          {problem.code === 'NOT_FOUND'
            ? t('accept.unknown')
            : problem.extensions.reason === 'WRONG_EMAIL'
              ? t('accept.wrongEmail', { email: String(problem.extensions.email ?? '') })
              : problem.message}
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
