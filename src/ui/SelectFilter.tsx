/** A labelled select of a GET filter form, with an "all" first option (value ""). */
export function SelectFilter({
  name,
  label,
  all,
  options,
  value,
}: {
  name: string
  label: string
  all?: string
  options: [string, string][]
  value?: string
}) {
  return (
    <p>
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value ?? ''}>
        {all ? <option value="">{all}</option> : null}
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </p>
  )
}
