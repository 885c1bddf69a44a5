import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionState } from './hooks';

function useBrowserOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

const COLORS = { online: '#1a7f37', reconnecting: '#9a6700', offline: '#6e7781' } as const;

/**
 * The header's live-connection indicator: online / reconnecting / offline, announced politely to
 * screen readers when it changes. Colour is never the only signal: the word is always shown.
 * Rendering it (the header does, for signed-in users) also connects the realtime client.
 */
export function ConnectionStatus() {
  const { t } = useTranslation('realtime');
  const connection = useConnectionState();
  const state = useBrowserOnline() ? connection : 'offline';
  return (
    <span
      role="status"
      aria-live="polite"
      title={t(`hint.${state}`)}
      data-state={state}
      className="connection-status"
      style={{ display: 'inline-flex', alignItems: 'center', gap: '0.35em', fontSize: '0.875rem' }}
    >
      <span
        aria-hidden="true"
        style={{ width: '0.6em', height: '0.6em', borderRadius: '50%', background: COLORS[state] }}
      />
      {t(`status.${state}`)}
    </span>
  );
}
