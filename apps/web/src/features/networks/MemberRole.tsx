import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_ROLES, type NetworkRole } from '@samrad/domain';
import { useAnnounce } from '../../a11y/Announcer';
import { ConfirmDialog } from '../../a11y/ConfirmDialog';
import type { useAction } from '../../shared/useAction';
import { CHANGE_MEMBER_ROLE, REMOVE_MEMBER, type Member } from './networks.graphql';

interface Props {
  member: Member;
  run: ReturnType<typeof useAction>['run'];
}

/**
 * A coordinator's role control for one membership: choosing in the list changes nothing; the
 * "Change role" button asks, naming both roles, and only then saves.
 */
export function MemberRoleControl({ member, run }: Props) {
  const { t } = useTranslation('networks');
  const announce = useAnnounce();
  const [changeRole] = useMutation(CHANGE_MEMBER_ROLE);
  const [draft, setDraft] = useState<NetworkRole>(member.role);
  const [confirming, setConfirming] = useState(false);
  const name = member.user.displayName;
  const roleName = (role: NetworkRole) => t(`common:roles.${role}`);
  // HEAD/EDITOR need a municipality, COORDINATOR none; VIEWER may be either.
  const choices = NETWORK_ROLES.filter(
    (role) => role === member.role || (role === 'COORDINATOR') === !member.municipality || role === 'VIEWER',
  );

  async function apply() {
    const done = await run(() =>
      changeRole({
        variables: {
          membershipId: member.id,
          role: draft,
          municipalityId: draft === 'COORDINATOR' ? null : (member.municipality?.id ?? null),
        },
      }),
    );
    setConfirming(false);
    if (done) announce(t('members.roleChanged', { name, to: roleName(draft) }));
    else setDraft(member.role);
  }

  return (
    <div className="inline-actions">
      <select
        aria-label={t('members.changeRole', { name })}
        value={draft}
        onChange={(event) => setDraft(event.target.value as NetworkRole)}
      >
        {choices.map((role) => (
          <option key={role} value={role}>
            {roleName(role)}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={draft === member.role}
        aria-label={t('members.applyRoleFor', { name })}
        onClick={() => setConfirming(true)}
      >
        {t('members.applyRole')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('members.confirmRoleTitle', { name })}
        confirmLabel={t('members.confirmRoleButton', { to: roleName(draft) })}
        onConfirm={() => void apply()}
        onCancel={() => {
          setConfirming(false);
          setDraft(member.role);
        }}
      >
        <p>{t('members.confirmRole', { name, from: roleName(member.role), to: roleName(draft) })}</p>
        <p>{t(`members.can.${draft}`)}</p>
      </ConfirmDialog>
    </div>
  );
}

/** Removing one role, after asking. */
export function RemoveMemberButton({ member, run }: Props) {
  const { t } = useTranslation('networks');
  const announce = useAnnounce();
  const [remove] = useMutation(REMOVE_MEMBER);
  const [confirming, setConfirming] = useState(false);
  const name = member.user.displayName;
  return (
    <>
      <button
        type="button"
        className="danger"
        aria-label={t('members.remove', { name })}
        onClick={() => setConfirming(true)}
      >
        {t('members.removeShort')}
      </button>
      <ConfirmDialog
        open={confirming}
        danger
        title={t('members.confirmRemoveTitle', { name })}
        confirmLabel={t('members.confirmRemoveButton')}
        onConfirm={async () => {
          const done = await run(() => remove({ variables: { membershipId: member.id } }));
          setConfirming(false);
          if (done) announce(t('members.removed', { name }));
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('members.confirmRemove', { name })}</p>
      </ConfirmDialog>
    </>
  );
}
