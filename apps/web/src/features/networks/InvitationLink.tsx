import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/Announcer';
import styles from './networks.module.css';

/** An invitation link to share by hand: read-only field plus a copy button (announced when done). */
export function InvitationLink({ label, link }: { label: string; link: string }) {
  const { t } = useTranslation('networks');
  const announce = useAnnounce();
  const id = useId();
  const [failed, setFailed] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setFailed(false);
      announce(t('invite.copied'));
    } catch {
      // No clipboard access (permissions, http): select the text so Ctrl+C works.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setFailed(true);
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="inline-actions">
        <input
          id={id}
          readOnly
          value={link}
          onFocus={(e) => e.target.select()}
          className={styles.wide}
          aria-describedby={failed ? `${id}-error` : undefined}
        />
        <button type="button" onClick={() => void copy()}>
          {t('invite.copy')}
        </button>
      </div>
      {failed && (
        <p id={`${id}-error`} className="field-error">
          {t('invite.copyFailed')}
        </p>
      )}
    </div>
  );
}
