import type React from 'react'

export type FormState = { errors?: Record<string, string>; values?: Record<string, string>; message?: string; done?: boolean }

type FieldProps = {
  name: string
  label: string
  state?: FormState
  /** A help text under the label (format, example). */
  hint?: string
  /** The editing tip written by the GIP for this field, shown beside it. */
  tip?: string | null
  required?: boolean
  children?: (props: { id: string; name: string; 'aria-describedby'?: string; 'aria-invalid'?: true; required?: boolean; defaultValue?: string }) => React.ReactNode
  type?: string
  autoComplete?: string
  defaultValue?: string | number | null
}

/**
 * One form field: label, hint, error (announced and linked with aria-describedby) and, beside it,
 * the editing tip. Renders an <input> unless `children` renders the control.
 */
export function Field({ name, label, state, hint, tip, required, children, type = 'text', autoComplete, defaultValue }: FieldProps) {
  const id = `champ-${name.replace(/\W+/g, '-')}`
  const error = state?.errors?.[name]
  const describedBy = [hint && `${id}-aide`, tip && `${id}-conseil`, error && `${id}-erreur`].filter(Boolean).join(' ') || undefined
  const value = state?.values?.[name] ?? (defaultValue == null ? undefined : String(defaultValue))
  const control = { id, name, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}), required, defaultValue: value }
  return (
    <div className={`field${error ? ' field--error' : ''}${tip ? ' field--with-tip' : ''}`}>
      <div className="field__control">
        <label htmlFor={id}>
          {label}
          {required ? <span aria-hidden="true"> *</span> : null}
        </label>
        {hint ? (
          <p className="field__hint" id={`${id}-aide`}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="field__error" id={`${id}-erreur`}>
            {error}
          </p>
        ) : null}
        {children ? children(control) : <input type={type} autoComplete={autoComplete} {...control} />}
      </div>
      {tip ? (
        <aside className="field__tip" id={`${id}-conseil`} aria-label={`Conseil pour « ${label} »`}>
          <p>
            <strong>Conseil :</strong> {tip}
          </p>
        </aside>
      ) : null}
    </div>
  )
}

/** The list of errors at the top of a form, each linked to its field (RGAA 11.10). */
export function ErrorSummary({ state, labels }: { state?: FormState; labels: Record<string, string> }) {
  const entries = Object.entries(state?.errors ?? {})
  if (!entries.length) return null
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>{entries.length > 1 ? `${entries.length} champs sont à corriger` : 'Un champ est à corriger'}</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#champ-${name.replace(/\W+/g, '-')}`}>{labels[name] ?? name}</a> : {message}
          </li>
        ))}
      </ul>
    </div>
  )
}
