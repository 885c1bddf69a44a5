import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { MIN_PASSWORD_LENGTH, registerSchema } from '@samrad/domain';
import { FormError, TextField } from '../layout/forms';
import { focusFirstInvalid } from '../shared/Field';
import { authErrorCode, authErrorProblems, useAuth } from './AuthProvider';
import { usePageTitle } from '../a11y/page';

type Field = 'email' | 'password' | 'displayName';

export function SignUpPage() {
  const { t, i18n } = useTranslation('auth');
  usePageTitle(t('a11y:titles.signUp'));
  const { user, signUp } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const next = params.get('next') ?? '/';
  // An invitation link passes the invited address along (?email=), so it is filled in already.
  const [values, setValues] = useState<Record<Field, string>>({
    email: params.get('email') ?? '',
    password: '',
    displayName: '',
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (user) return <Navigate to={next} replace />;
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const input = { ...values, locale: i18n.language };
    // The same rules as the API (libs/domain), checked before the round trip.
    const checked = registerSchema.safeParse(input);
    if (!checked.success) {
      const fields = new Set(checked.error.issues.map((issue) => String(issue.path[0])));
      setProblems(
        Object.fromEntries(
          [...fields].map((field) => [field, t(`invalid.${field}`, { min: MIN_PASSWORD_LENGTH })]),
        ),
      );
      return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    }
    setProblems({});
    setBusy(true);
    try {
      await signUp(input);
      navigate(next, { replace: true });
    } catch (failure) {
      const code = authErrorCode(failure);
      if (code === 'CONFLICT') setProblems({ email: t('signUp.exists') });
      else if (code === 'BAD_USER_INPUT')
        // the server's English message is never shown: each field says it in the reader's language
        setProblems(
          Object.fromEntries(
            authErrorProblems(failure)
              .filter((p) => p.path in values)
              .map((p) => [p.path, t(`invalid.${p.path}`, { min: MIN_PASSWORD_LENGTH })]),
          ),
        );
      else setError(t('common:error.network'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card narrow" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t('signUp.title')}</h1>
      <form onSubmit={submit} noValidate>
        <FormError message={error} />
        <TextField
          label={t('fields.displayName')}
          autoComplete="name"
          value={values.displayName}
          onChange={set('displayName')}
          error={problems.displayName}
          required
        />
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={set('email')}
          error={problems.email}
          required
        />
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={problems.password}
          hint={t('fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          required
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('signUp.submit')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link to={`/sign-in${location.search}`}>{t('signUp.toSignIn')}</Link>
      </p>
    </section>
  );
}
