import { useMutation, useQuery } from '@apollo/client/react';
import { useState, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { can, type RoleGrant } from '@samrad/domain';
import { apiError } from '../../app/apollo';
import { QueryState } from '../../layout/QueryState';
import { usePresence } from '../../realtime/hooks';
import { MY_NETWORKS } from '../home/HomePage';
import { InviteForm } from './InviteForm';
import { MembersTable } from './MembersTable';
import { MunicipalityPicker } from './MunicipalityPicker';
import { NetworkHeader } from './NetworkHeader';
import { PendingInvitations } from './PendingInvitations';
import {
  ADD_MUNICIPALITY,
  LEAVE_NETWORK,
  NETWORK_PAGE,
  REMOVE_MUNICIPALITY,
  type NetworkPageData,
} from './networks.graphql';
import { networkSections } from './sections';

export function NetworkPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('networks');
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery<NetworkPageData>(NETWORK_PAGE, { variables: { id } });
  // Following the network's room keeps this page live (changes refetch it) and shows who else is here.
  const presence = usePresence(data?.network ? `network:${id}` : null);
  const refetchPage = {
    refetchQueries: [{ query: NETWORK_PAGE, variables: { id } }],
    awaitRefetchQueries: true,
  };
  const [addMunicipality] = useMutation(ADD_MUNICIPALITY, refetchPage);
  const [removeMunicipality] = useMutation(REMOVE_MUNICIPALITY, refetchPage);
  const [leave] = useMutation(LEAVE_NETWORK, { refetchQueries: [MY_NETWORKS] });

  const network = data?.network;
  if (!network) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;

  const grants: RoleGrant[] = network.myMemberships.map((m) => ({
    role: m.role,
    municipalityId: m.municipality?.id ?? null,
  }));
  const isCoordinator = can(grants, 'network.manage');

  async function run(action: () => Promise<unknown>, success?: string) {
    setMessage(null);
    try {
      await action();
      if (success) setMessage(success);
    } catch (failure) {
      setMessage(apiError(failure)?.message ?? t('common:error.generic'));
    }
  }

  return (
    <article aria-labelledby="network-title" className="stack">
      <NetworkHeader network={network} isCoordinator={isCoordinator} />
      {presence.users.length > 0 && (
        <p className="meta presence">
          {t('viewingNow', { names: presence.users.map((u) => u.displayName).join(', ') })}
        </p>
      )}
      <p role="status" aria-live="polite" className={message ? 'notice' : undefined}>
        {message}
      </p>

      {/* Sections of other features load as their own chunks. */}
      <Suspense fallback={<p className="meta">{t('common:loading')}</p>}>
        {networkSections.map(({ key, Component }) => (
          <Component key={key} networkId={network.id} isCoordinator={isCoordinator} />
        ))}
      </Suspense>

      <section className="card" aria-labelledby="municipalities-title">
        <h2 id="municipalities-title">
          {t('municipalities.title')} <span className="badge">{network.municipalities.length}</span>
        </h2>
        <ul className="chips">
          {network.municipalities.map((m) => (
            <li key={m.id}>
              {m.name}
              {isCoordinator && (
                <button
                  type="button"
                  aria-label={t('municipalities.remove', { name: m.name })}
                  onClick={() =>
                    window.confirm(t('municipalities.confirmRemove', { name: m.name })) &&
                    void run(() =>
                      removeMunicipality({ variables: { networkId: network.id, municipalityId: m.id } }),
                    )
                  }
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
        {isCoordinator && (
          <MunicipalityPicker
            label={t('municipalities.add')}
            excludeIds={network.municipalities.map((m) => m.id)}
            onSelect={(m) =>
              void run(
                () => addMunicipality({ variables: { networkId: network.id, municipalityId: m.id } }),
                t('municipalities.added', { name: m.name }),
              )
            }
          />
        )}
      </section>

      <MembersTable network={network} isCoordinator={isCoordinator} onMessage={setMessage} />

      {isCoordinator && (
        <>
          <InviteForm networkId={network.id} municipalities={network.municipalities} />
          <PendingInvitations networkId={network.id} />
        </>
      )}

      <section className="card" aria-labelledby="leave-title">
        <h2 id="leave-title">{t('leave.title')}</h2>
        <p className="meta">{t('leave.explain')}</p>
        <button
          type="button"
          className="danger"
          onClick={() =>
            window.confirm(t('leave.confirm', { name: network.name })) &&
            void run(async () => {
              await leave({ variables: { networkId: network.id } });
              navigate('/');
            })
          }
        >
          {t('leave.button')}
        </button>
      </section>
    </article>
  );
}
