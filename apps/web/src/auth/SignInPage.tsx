import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { FormError, TextField } from '../layout/forms';
import { focusFirstInvalid } from '../shared/Field';
import { onlyErrors, type FieldErrors } from '../shared/field-errors';
import { authErrorCode, useAuth } from './AuthProvider';
import { usePageTitle } from '../a11y/page';

export function SignInPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('a11y:titles.signIn'));
  const { user, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const next = params.get('next') ?? '/';
  // An invitation link passes the invited address along (?email=), so it is filled in already.
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldErrors<'email' | 'password'>>({});
  const [busy, setBusy] = useState(false);

  if (user) return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const missing = onlyErrors({
      email: !email.trim() && t('invalid.email'),
      password: !password && t('invalid.passwordMissing'),
    });
    setProblems(missing);
    if (Object.keys(missing).length) return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    setBusy(true);
    try {
      await signIn(email, password);
      navigate(next, { replace: true });
    } catch (failure) {
      const code = authErrorCode(failure);
      setError(
        code === 'TOO_MANY_REQUESTS' ? t('tooMany') : code ? t('signIn.failed') : t('common:error.network'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      <form onSubmit={submit} noValidate>
        <FormError message={error} />
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={problems.email}
          required
        />
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={problems.password}
          required
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        {t('signIn.noAccount')} <Link to={`/sign-up${location.search}`}>{t('signIn.toSignUp')}</Link>
      </p>
    </section>
  );
}
