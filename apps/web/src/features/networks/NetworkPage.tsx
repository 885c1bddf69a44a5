import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { can, type RoleGrant } from '@samrad/domain';
import { AccessDenied, isDenied } from '../../a11y/AccessDenied';
import { useRoomAnnouncements } from '../../a11y/useRoomAnnouncements';
import { QueryState } from '../../layout/QueryState';
import { usePresence } from '../../realtime/hooks';
import { networkSections } from '../../shared/network-sections';
import { useAction } from '../../shared/useAction';
import { InviteForm } from './InviteForm';
import { MembersTable } from './MembersTable';
import { MunicipalityPicker } from './MunicipalityPicker';
import { NetworkHeader } from './NetworkHeader';
import { PendingInvitations } from './PendingInvitations';
import { ADD_MUNICIPALITY, LEAVE_NETWORK, NETWORK_PAGE, REMOVE_MUNICIPALITY } from './networks.graphql';
import styles from './networks.module.css';
import { usePageTitle } from '../../a11y/page';

export function NetworkPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('networks');
  const navigate = useNavigate();
  const action = useAction();
  const { data, loading, error, refetch } = useQuery(NETWORK_PAGE, { variables: { id } });
  usePageTitle(data?.network?.name ?? t('a11y:titles.network'));
  // Following the network's room keeps this page live and shows who else is here. The page's own
  // changes come back as the room's events too, which refresh it: no refetchQueries here.
  const presence = usePresence(data?.network ? `network:${id}` : null);
  const [addMunicipality] = useMutation(ADD_MUNICIPALITY);
  const [removeMunicipality] = useMutation(REMOVE_MUNICIPALITY);
  const [leave] = useMutation(LEAVE_NETWORK, {
    // No event reaches someone who left: take the network out of the cached "my networks" list.
    update: (cache, _result, { variables }) =>
      cache.modify({
        fields: {
          networks: (refs: readonly Reference[], { readField }) =>
            refs.filter((ref) => readField('id', ref) !== variables?.networkId),
        },
      }),
  });

  useRoomAnnouncements(data?.network ? `network:${id}` : null);
  const network = data?.network;
  if (isDenied(error, !loading && !error && data !== undefined && !network))
    return <AccessDenied what="network" />;
  if (!network) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} />;

  const grants: RoleGrant[] = network.myMemberships.map((m) => ({
    role: m.role,
    municipalityId: m.municipality?.id ?? null,
  }));
  const isCoordinator = can(grants, 'network.manage');

  const message = action.error ?? action.notice;
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
        <ul className={styles.chips}>
          {network.municipalities.map((m) => (
            <li key={m.id}>
              {m.name}
              {isCoordinator && (
                <button
                  type="button"
                  aria-label={t('municipalities.remove', { name: m.name })}
                  onClick={() =>
                    window.confirm(t('municipalities.confirmRemove', { name: m.name })) &&
                    void action.run(() =>
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
              void action.run(
                () => addMunicipality({ variables: { networkId: network.id, municipalityId: m.id } }),
                { success: t('municipalities.added', { name: m.name }) },
              )
            }
          />
        )}
      </section>

      <MembersTable network={network} isCoordinator={isCoordinator} run={action.run} />

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
            void action.run(async () => {
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
