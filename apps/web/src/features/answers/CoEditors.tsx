import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { usePresence } from '../../realtime/hooks';

/**
 * Who else works on this municipality's answers now. Presence is per room (the round's), so this
 * is the people present in the round room who hold a role for the same municipality (see
 * docs/decisions.md); the list is read out politely as it changes.
 */
export function CoEditors({
  room,
  municipalityId,
  members,
}: {
  room: string;
  municipalityId: string;
  members: { role: string; user: { id: string }; municipality: { id: string } | null }[];
}) {
  const { t } = useTranslation('answers');
  const { user } = useAuth();
  const presence = usePresence(room);
  const ofMunicipality = new Set(
    members.filter((m) => m.municipality?.id === municipalityId).map((m) => m.user.id),
  );
  const here = presence.users.filter((u) => u.id !== user?.id && ofMunicipality.has(u.id));
  return (
    <p className="meta" role="status" data-testid="co-editors">
      {here.length > 0 ? t('coEditors', { names: here.map((u) => u.displayName).join(', ') }) : ''}
    </p>
  );
}
