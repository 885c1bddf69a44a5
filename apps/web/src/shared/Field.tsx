import { useId, type ReactNode } from 'react';

/** What a field's control (input, select, textarea) needs to be found and understood by a screen reader. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * The ids and aria attributes of a field with an optional hint and error (WCAG 3.3.1): the
 * control is `aria-invalid` while there is an error and described by the hint and the error.
 */
export function fieldAria(id: string, { hint, error }: { hint?: unknown; error?: unknown }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const control: ControlProps = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
  };
  return { control, hintId, errorId };
}

/** A field's error text, with the id its control points at. Renders nothing without an error. */
export function FieldError({ id, error }: { id: string | undefined; error?: string | null }) {
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {error}
    </p>
  );
}

interface FieldProps {
  label: ReactNode;
  /** Help under the control; read with it. */
  hint?: ReactNode;
  /** What is wrong with the value, in the reader's language; the control is then aria-invalid. */
  error?: string | null;
  /** The control's id (generated when absent). */
  id?: string;
  /** The control, given its id and aria attributes: `{(control) => <select {...control} …/>}`. */
  children(control: ControlProps): ReactNode;
}

/**
 * One labelled form field of any control: the label, the control, its hint and its error, wired
 * together with `aria-invalid` and `aria-describedby`. Every form of the web app uses it (or
 * TextField, built on it), so a field with an error always says so to a screen reader.
 */
export function Field({ label, hint, error, id, children }: FieldProps) {
  const generated = useId();
  const { control, hintId, errorId } = fieldAria(id ?? generated, { hint, error });
  return (
    <div className="field">
      <label htmlFor={control.id}>{label}</label>
      {children(control)}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/**
 * After a refused submit, the first field with an error in `container` (the form, or the section
 * whose fields the form sends) gets focus, once React has marked it.
 */
export function focusFirstInvalid(container: Element | null): void {
  requestAnimationFrame(() => container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
