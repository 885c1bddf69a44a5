import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { castPositionSchema, STANCES, type Stance } from '@samrad/domain';
import { FormError } from '../../layout/forms';
import { Field, fieldAria, FieldError, focusFirstInvalid } from '../../shared/Field';
import { onlyErrors } from '../../shared/field-errors';
import { useAction } from '../../shared/useAction';
import { CAST_POSITION, EDIT, WITHDRAW } from './interpretations.graphql';
import { ResolveDialog } from './ResolveDialog';
import { TallyBar } from './TallyBar';
import type { InterpretationAccess, ProposalView } from './types';
import styles from './interpretations.module.css';

/** One proposal: its text, tally and positions; the position form, the author's and coordinator's actions. */
export function ProposalCard({ proposal, access }: { proposal: ProposalView; access: InterpretationAccess }) {
  const { t, i18n } = useTranslation('interpretations');
  const open = proposal.status === 'OPEN';
  const mine = proposal.author.id === access.userId;
  return (
    <li className={styles.proposal} aria-label={t('proposal.label', { author: proposal.author.displayName })}>
      <p>
        <span className="badge">{t(`status.${proposal.status}`)}</span> {proposal.text}
      </p>
      <p className="meta">
        {t('proposal.by', {
          author: proposal.author.displayName,
          date: new Date(proposal.createdAt).toLocaleDateString(i18n.language),
        })}
      </p>
      {proposal.outcome && proposal.status !== 'OPEN' && (
        <p>
          <strong>{t('proposal.outcome')}:</strong> {proposal.outcome}
          {proposal.reviewBy && <> · {t('reviewBy', { date: proposal.reviewBy })}</>}
        </p>
      )}
      <TallyBar tally={proposal.tally} />
      {proposal.positions.length > 0 && (
        <details>
          <summary>{t('positions.title', { count: proposal.positions.length })}</summary>
          <ul className={styles.positions}>
            {proposal.positions.map((p) => (
              <li key={p.id}>
                <strong>{p.municipality.name}</strong>: {t(`stance.${p.stance}`)} ({p.user.displayName})
                {p.reason && <> — {p.reason}</>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {open && access.phase === 'INTERPRETATION' && access.municipalities.length > 0 && (
        <PositionForm proposal={proposal} municipalities={access.municipalities} />
      )}
      {open && mine && access.phase === 'INTERPRETATION' && <AuthorActions proposal={proposal} />}
      {open &&
        access.isCoordinator &&
        (access.phase === 'INTERPRETATION' || access.phase === 'ANSWERING') && (
          <ResolveDialog proposal={proposal} />
        )}
    </li>
  );
}

function PositionForm({
  proposal,
  municipalities,
}: {
  proposal: ProposalView;
  municipalities: { id: string; name: string }[];
}) {
  const { t } = useTranslation('interpretations');
  const [cast] = useMutation(CAST_POSITION);
  const { run, pending, error, notice, fieldErrors, setFieldErrors } = useAction();
  const [municipalityId, setMunicipalityId] = useState(municipalities[0].id);
  const current = proposal.positions.find((p) => p.municipality.id === municipalityId);
  const [stance, setStance] = useState<Stance | ''>('');
  const [reason, setReason] = useState('');
  const id = `position-${proposal.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = { proposalId: proposal.id, municipalityId, stance, reason: reason.trim() || null };
    // the same rule as the API: a reason is needed to disagree or block
    const problems = onlyErrors({
      stance: !stance && t('position.chooseStance'),
      reason: !!stance && !castPositionSchema.safeParse(input).success && t('position.reasonRequired'),
    });
    setFieldErrors(problems);
    if (!stance || Object.keys(problems).length) return focusFirstInvalid(form);
    const done = await run(() => cast({ variables: { input: { ...input, stance } } }), {
      success: t('position.saved'),
      fields: { reason: 'interpretations:position.reasonRequired' },
    });
    if (done) setReason('');
    else focusFirstInvalid(form);
  }

  const stanceAria = fieldAria(`${id}-stance`, { error: fieldErrors.stance });
  return (
    <form onSubmit={submit} aria-label={t('position.title')} noValidate>
      {municipalities.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-municipality`}>{t('position.municipality')}</label>
          <select
            id={`${id}-municipality`}
            value={municipalityId}
            onChange={(e) => setMunicipalityId(e.target.value)}
          >
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset className={styles.stances} aria-describedby={stanceAria.control['aria-describedby']}>
        <legend>
          {t('position.title')}
          {current && (
            <span className="meta">
              {' '}
              ({t('position.current', { stance: t(`stance.${current.stance}`) })})
            </span>
          )}
        </legend>
        {STANCES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${id}-stance`}
              value={s}
              checked={stance === s}
              onChange={() => setStance(s)}
              aria-invalid={stanceAria.control['aria-invalid']}
              aria-describedby={stanceAria.control['aria-describedby']}
            />{' '}
            {t(`stance.${s}`)}
          </label>
        ))}
        <FieldError id={stanceAria.errorId} error={fieldErrors.stance} />
      </fieldset>
      <Field
        label={
          <>
            {t('position.reason')}
            {(stance === 'DISAGREE' || stance === 'BLOCK') && ` (${t('position.required')})`}
          </>
        }
        id={`${id}-reason`}
        error={fieldErrors.reason}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={2000}
          />
        )}
      </Field>
      <FormError message={error} />
      {notice && <p role="status">{notice}</p>}
      <button type="submit" disabled={pending}>
        {t('position.submit')}
      </button>
    </form>
  );
}

function AuthorActions({ proposal }: { proposal: ProposalView }) {
  const { t } = useTranslation('interpretations');
  const [edit] = useMutation(EDIT);
  const [withdraw] = useMutation(WITHDRAW);
  const { run, pending, error, fieldErrors, setFieldErrors } = useAction();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(proposal.text);
  const editable = proposal.positions.length === 0;

  async function save(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!text.trim()) {
      setFieldErrors({ text: t('proposal.textRequired') });
      return focusFirstInvalid(form);
    }
    const done = await run(() => edit({ variables: { proposalId: proposal.id, text } }), {
      fields: { text: 'interpretations:proposal.textRequired' },
    });
    if (done) setEditing(false);
    else focusFirstInvalid(form);
  }

  return (
    <div>
      <FormError message={error} />
      {editing ? (
        <form onSubmit={save} aria-label={t('proposal.edit')} noValidate>
          <Field label={t('proposal.text')} id={`edit-${proposal.id}`} error={fieldErrors.text}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={text}
                maxLength={4000}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          <div className="actions">
            <button type="submit" disabled={pending}>
              {t('proposal.save')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          {editable && (
            <button type="button" onClick={() => setEditing(true)}>
              {t('proposal.edit')}
            </button>
          )}
          <button
            type="button"
            disabled={pending}
            onClick={() => void run(() => withdraw({ variables: { proposalId: proposal.id } }))}
          >
            {t('proposal.withdraw')}
          </button>
        </div>
      )}
    </div>
  );
}
