import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NETWORK_ROLES, type NetworkRole } from '@samrad/domain';
import type { useAction } from '../../shared/useAction';
import { CHANGE_MEMBER_ROLE, REMOVE_MEMBER, type Member, type Municipality } from './networks.graphql';
import styles from './networks.module.css';

interface Props {
  network: { id: string; members: Member[]; municipalities: Municipality[] };
  isCoordinator: boolean;
  /** The page's action runner: outcomes show in the page's one status line. */
  run: ReturnType<typeof useAction>['run'];
}

/** Members grouped by municipality (network-wide roles first); coordinators change and remove roles. */
export function MembersTable({ network, isCoordinator, run }: Props) {
  const { t } = useTranslation('networks');
  // The member events of the network's room refresh the page (see NetworkPage).
  const [changeRole] = useMutation(CHANGE_MEMBER_ROLE);
  const [remove] = useMutation(REMOVE_MEMBER);

  const groups = new Map<string, Member[]>();
  for (const member of [...network.members].sort((a, b) =>
    a.user.displayName.localeCompare(b.user.displayName),
  )) {
    const key = member.municipality?.name ?? '';
    groups.set(key, [...(groups.get(key) ?? []), member]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  );

  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">
        {t('members.title')} <span className="badge">{network.members.length}</span>
      </h2>
      <table>
        <caption className="visually-hidden">{t('members.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('members.name')}</th>
            <th scope="col">{t('members.role')}</th>
            {isCoordinator && <th scope="col">{t('members.actions')}</th>}
          </tr>
        </thead>
        {ordered.map(([municipality, members]) => (
          <tbody key={municipality || 'network'}>
            <tr className={styles.group}>
              <th scope="rowgroup" colSpan={isCoordinator ? 3 : 2}>
                {municipality || t('members.networkWide')}
              </th>
            </tr>
            {members.map((member) => (
              <tr key={member.id}>
                <td>
                  {member.user.displayName}
                  <div className="meta">{member.user.email}</div>
                </td>
                <td>
                  {isCoordinator ? (
                    <select
                      aria-label={t('members.changeRole', { name: member.user.displayName })}
                      value={member.role}
                      onChange={(event) =>
                        void run(() =>
                          changeRole({
                            variables: {
                              membershipId: member.id,
                              role: event.target.value as NetworkRole,
                              municipalityId:
                                event.target.value === 'COORDINATOR'
                                  ? null
                                  : (member.municipality?.id ?? null),
                            },
                          }),
                        )
                      }
                    >
                      {NETWORK_ROLES.filter(
                        (role) =>
                          role === member.role ||
                          (role === 'COORDINATOR') === !member.municipality ||
                          role === 'VIEWER',
                      ).map((role) => (
                        <option key={role} value={role}>
                          {t(`common:roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`common:roles.${member.role}`)
                  )}
                </td>
                {isCoordinator && (
                  <td>
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('members.remove', { name: member.user.displayName })}
                      onClick={() =>
                        window.confirm(t('members.confirmRemove', { name: member.user.displayName })) &&
                        void run(() => remove({ variables: { membershipId: member.id } }))
                      }
                    >
                      {t('members.removeShort')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
