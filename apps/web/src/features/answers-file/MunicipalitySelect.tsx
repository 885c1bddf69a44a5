/** Which municipality's answers: a select when there are several, else a line naming the one. */
export function MunicipalitySelect({
  id,
  label,
  municipalities,
  value,
  onChange,
  only,
}: {
  id: string;
  label: string;
  municipalities: { id: string; name: string }[];
  value: string;
  onChange(id: string): void;
  /** the line shown when there is one municipality (none: nothing) */
  only?: string;
}) {
  if (municipalities.length < 2) return only ? <p className="meta">{only}</p> : null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {municipalities.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
