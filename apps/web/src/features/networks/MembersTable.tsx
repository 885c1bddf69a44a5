import { useTranslation } from 'react-i18next';
import type { useAction } from '../../shared/useAction';
import { MemberRoleControl, RemoveMemberButton } from './MemberRole';
import type { Member, Municipality } from './networks.graphql';
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
      {/* Wide at 320 px: the table scrolls inside its own box, the page does not. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('members.caption')}>
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
                      <MemberRoleControl key={member.role} member={member} run={run} />
                    ) : (
                      t(`common:roles.${member.role}`)
                    )}
                  </td>
                  {isCoordinator && (
                    <td>
                      <RemoveMemberButton member={member} run={run} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
