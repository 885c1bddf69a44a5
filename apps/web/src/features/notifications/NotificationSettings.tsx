import { useMutation, useQuery } from '@apollo/client/react';
import { NOTIFICATION_CHANNELS, type NotificationChannel, type NotificationKind } from '@samrad/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../layout/QueryState';
import { useAction } from '../../shared/useAction';
import { PREFERENCES, SET_PREFERENCE } from './notifications.graphql';
import styles from './notifications.module.css';

/**
 * Per kind: off, in the app, or in the app and by e-mail (the hourly digest). A choice is saved
 * as soon as it is made and confirmed politely.
 */
export function NotificationSettings() {
  const { t } = useTranslation('notifications');
  const { data, loading, error, refetch } = useQuery(PREFERENCES);
  const [save] = useMutation(SET_PREFERENCE, { refetchQueries: ['NotificationPreferences'] });
  const { run, error: saveError, notice } = useAction();
  // the choice shows at once; a refused save puts the stored one back
  const [chosen, setChosen] = useState<Partial<Record<NotificationKind, NotificationChannel>>>({});

  async function choose(kind: NotificationKind, channel: NotificationChannel) {
    setChosen((before) => ({ ...before, [kind]: channel }));
    const saved = await run(() => save({ variables: { kind, channel } }), {
      success: t('settings.saved', { kind: t(`kindName.${kind}`), channel: t(`channel.${channel}`) }),
    });
    if (!saved) setChosen(({ [kind]: _dropped, ...rest }) => rest);
  }

  return (
    <section className="card stack" aria-labelledby="notifications" id="notifications-settings">
      <h2 id="notifications" tabIndex={-1}>
        {t('settings.title')}
      </h2>
      <p className="meta">{t('settings.intro')}</p>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()} />
      {data?.notificationPreferences.map((p) => (
        <fieldset key={p.kind} className={styles.kinds}>
          <legend>{t(`kindName.${p.kind}`)}</legend>
          <div className={styles.choices}>
            {NOTIFICATION_CHANNELS.map((channel) => (
              <label key={channel}>
                <input
                  type="radio"
                  name={`notification-${p.kind}`}
                  value={channel}
                  checked={(chosen[p.kind] ?? p.channel) === channel}
                  onChange={() => void choose(p.kind, channel)}
                />{' '}
                {t(`channel.${channel}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {saveError && (
        <p role="alert" className="form-error">
          {saveError}
        </p>
      )}
      {notice && (
        <p role="status" className="meta">
          {notice}
        </p>
      )}
    </section>
  );
}
