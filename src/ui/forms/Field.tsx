'use client'

import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from 'react'

import type { FormState } from '@/actions/form-state'

const FormStateContext = createContext<FormState>({})

const idOf = (name: string) => `champ-${name.replace(/\W+/g, '-')}`

type Option = { value: string; label: string }

type FieldProps = {
  name: string
  label: string
  /** The form's state; read from the enclosing <ActionForm> when omitted. */
  state?: FormState
  /** A help text under the label (format, example). */
  hint?: string
  /** The editing tip written by the GIP for this field, shown beside it. */
  tip?: string | null
  required?: boolean
  as?: 'input' | 'textarea' | 'select'
  type?: string
  autoComplete?: string
  inputMode?: 'numeric' | 'decimal' | 'email'
  defaultValue?: string | number | null
  options?: Option[]
  maxLength?: number
}

/** The error of a field, and the value to show again after a refused submission (`submitted`: the form came back refused). */
export function useFieldState(name: string, state?: FormState) {
  const context = useContext(FormStateContext)
  const current = state ?? context
  return { error: current.errors?.[name], value: current.values?.[name], submitted: current.values !== undefined }
}

function Tip({ id, label, tip }: { id: string; label: string; tip: string }) {
  return (
    <aside className="field__tip" id={`${id}-conseil`} aria-label={`Conseil pour « ${label} »`}>
      <p>
        <strong>Conseil :</strong> {tip}
      </p>
    </aside>
  )
}

/**
 * One form field: label, hint, error (linked with aria-describedby) and, beside it, the editing tip.
 */
export function Field({
  name,
  label,
  state,
  hint,
  tip,
  required,
  as = 'input',
  type = 'text',
  autoComplete,
  inputMode,
  defaultValue,
  options = [],
  maxLength,
}: FieldProps) {
  const id = idOf(name)
  const { error, value } = useFieldState(name, state)
  const describedBy =
    [hint && `${id}-aide`, tip && `${id}-conseil`, error && `${id}-erreur`].filter(Boolean).join(' ') || undefined
  const shown = value ?? (defaultValue == null ? undefined : String(defaultValue))
  const control = {
    id,
    name,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    required,
    defaultValue: shown,
  }
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
        {as === 'textarea' ? (
          <textarea {...control} maxLength={maxLength} />
        ) : as === 'select' ? (
          <select {...control}>
            <option value="">— Choisir —</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input type={type} autoComplete={autoComplete} inputMode={inputMode} maxLength={maxLength} {...control} />
        )}
      </div>
      {tip ? <Tip id={id} label={label} tip={tip} /> : null}
    </div>
  )
}

/** A group of checkboxes or radio buttons in a fieldset with its legend, error and tip. */
export function Choices({
  name,
  legend,
  options,
  type,
  checked = [],
  tip,
  hint,
  state,
}: {
  name: string
  legend: string
  options: Option[]
  type: 'checkbox' | 'radio'
  checked?: string[]
  tip?: string | null
  hint?: string
  state?: FormState
}) {
  const id = idOf(name)
  const { error, value, submitted } = useFieldState(name, state)
  // After a refused submission, a radio group or a single box shows what was sent (an unticked box
  // sends nothing); a group of several boxes (one value kept per name) keeps its initial state.
  const ticked =
    submitted && (type === 'radio' || options.length === 1) ? (value === undefined ? [] : [value]) : checked
  const describedBy =
    [hint && `${id}-aide`, tip && `${id}-conseil`, error && `${id}-erreur`].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${error ? ' field--error' : ''}${tip ? ' field--with-tip' : ''}`}>
      <fieldset className="choices" id={id} aria-describedby={describedBy} tabIndex={-1}>
        <legend>{legend}</legend>
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
        {options.map((o, i) => (
          <p key={o.value} className="choice">
            <input
              type={type}
              id={`${id}-${i}`}
              name={name}
              value={o.value}
              defaultChecked={ticked.includes(o.value)}
            />{' '}
            <label htmlFor={`${id}-${i}`}>{o.label}</label>
          </p>
        ))}
      </fieldset>
      {tip ? <Tip id={id} label={legend} tip={tip} /> : null}
    </div>
  )
}

/**
 * The list of errors at the top of a form, each linked to its field (RGAA 11.10). Each refused
 * submission moves the focus to it, so that keyboard and screen reader users start from the list
 * of what to correct.
 */
export function ErrorSummary({ state, labels = {} }: { state?: FormState; labels?: Record<string, string> }) {
  const context = useContext(FormStateContext)
  const errors = (state ?? context).errors
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const node = summary.current
    if (!node || !errors || !Object.keys(errors).length) return
    node.focus()
    // The router may handle focus and scroll once the action's answer is committed: take the focus back then.
    const frame = requestAnimationFrame(() => {
      if (document.activeElement !== node) node.focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [errors])
  const entries = Object.entries(errors ?? {})
  if (!entries.length) return null
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
      <h2>{entries.length > 1 ? `${entries.length} points sont à corriger` : 'Un point est à corriger'}</h2>
      <ul>
        {entries.map(([name, message]) =>
          name === '_form' ? (
            <li key={name}>{message}</li>
          ) : (
            <li key={name}>
              <a href={`#${idOf(name)}`}>{labels[name] ?? 'Champ'}</a> : {message}
            </li>
          ),
        )}
      </ul>
    </div>
  )
}

type Action = (state: FormState, form: FormData) => Promise<FormState>

/**
 * A form posting to a server action (it works without JavaScript); its fields, rendered by the
 * server, read the action's result (errors, values typed) from context. React posts file inputs as
 * multipart by itself. A result marked `done` replaces the form with its message.
 */
export function ActionForm({
  action,
  labels,
  children,
  className = 'form',
}: {
  action: Action
  labels?: Record<string, string>
  children: ReactNode
  className?: string
}) {
  const [state, formAction, pending] = useActionState(action, {})
  // Once done (answers recorded, promise sent), the message alone: no blank form inviting a second send.
  if (state.done)
    return (
      <p className="notice" role="status">
        {state.message}
      </p>
    )
  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} className={className} noValidate aria-busy={pending || undefined}>
        <ErrorSummary labels={labels} />
        {state.message ? (
          <p className="notice" role="status">
            {state.message}
          </p>
        ) : null}
        {children}
      </form>
    </FormStateContext.Provider>
  )
}
