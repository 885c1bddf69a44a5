import { useMutation } from '@apollo/client/react';
import { NOTIFICATION_KINDS } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../a11y/page';
import { errorText } from '../../shared/errors';
import { UNSUBSCRIBE } from './notifications.graphql';

/**
 * The digest's unsubscribe link, signed in or not. It asks before it changes anything: mail
 * scanners open links, and only a person should turn e-mail off.
 */
export function UnsubscribePage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('unsubscribe.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const scope = token.split('.')[1] ?? '';
  const kind = (NOTIFICATION_KINDS as readonly string[]).includes(scope) ? scope : null;
  const [unsubscribe, { data, loading, error }] = useMutation(UNSUBSCRIBE);
  const what = kind ? t('unsubscribe.kind', { kind: t(`kindName.${kind}`) }) : t('unsubscribe.all');
  return (
    <article className="stack narrow" aria-labelledby="unsubscribe-title">
      <h1 id="unsubscribe-title">{t('unsubscribe.title')}</h1>
      {data ? (
        <p role="status">{t('unsubscribe.done', { what })}</p>
      ) : (
        <>
          <p>{t('unsubscribe.ask', { what })}</p>
          <p>
            <button
              type="button"
              disabled={loading || !token}
              onClick={() => void unsubscribe({ variables: { token } }).catch(() => undefined)}
            >
              {t('unsubscribe.confirm')}
            </button>
          </p>
        </>
      )}
      {error && (
        <p role="alert" className="form-error">
          {errorText(t, error)}
        </p>
      )}
      <p>
        <Link to="/settings#notifications">{t('settingsLink')}</Link>
      </p>
    </article>
  );
}
