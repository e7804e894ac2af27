/** A short list of labels (themes, audiences), read as a list by screen readers. */
export function Tags({ label, values }: { label: string; values: string[] }) {
  if (!values.length) return null
  return (
    <div className="tags">
      <span className="tags__label">
        {label}
        {'\u00a0'}:
      </span>
      <ul>
        {values.map((value) => (
          <li key={value}>{value}</li>
        ))}
      </ul>
    </div>
  )
}
