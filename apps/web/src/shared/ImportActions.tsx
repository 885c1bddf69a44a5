/** The last step of an upload wizard: import what was checked (only without problems), or go back. */
export function ImportActions({
  disabled,
  onConfirm,
  onBack,
  confirmLabel,
  backLabel,
}: {
  disabled: boolean;
  onConfirm(): void;
  onBack(): void;
  confirmLabel: string;
  backLabel: string;
}) {
  return (
    <div className="actions">
      <button type="button" className="primary" disabled={disabled} onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" onClick={onBack}>
        {backLabel}
      </button>
    </div>
  );
}
