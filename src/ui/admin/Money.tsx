'use client'

import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { DefaultCellComponentProps, NumberFieldClient, NumberFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

import { centsToInput, parseEuros } from '@/domain/money/euros'
import { formatEuros } from '@/ui/format'

/**
 * Every money field of the admin (src/fields/money.ts attaches it): typed and shown in euros with a
 * decimal comma ("1 250,50"), stored as integer cents. A text that is not an amount is kept in the
 * form as it was typed, which the field's validation (run on the server too) refuses in French.
 */
export const MoneyField: NumberFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError, errorMessage, customComponents, formProcessing } = useField<
    number | string | null
  >({ path })
  const [text, setText] = useState(() => (typeof value === 'string' ? value : centsToInput(value)))
  const [editing, setEditing] = useState(false)
  // Another change of the value (a reset, a document loaded) shows it, unless the person is typing.
  useEffect(() => {
    if (!editing && typeof value !== 'string') setText(centsToInput(value))
  }, [value, editing])
  const id = `field-${path.replace(/\./g, '__')}`
  const disabled = readOnly || field.admin?.readOnly || formProcessing
  return (
    <div
      className={`field-type number money-field${showError ? ' error' : ''}${disabled ? ' read-only' : ''}`}
      style={field.admin?.width ? { flex: `0 1 ${field.admin.width}` } : undefined}
    >
      <FieldLabel label={field.label} path={path} required={field.required} htmlFor={id} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} message={errorMessage} />
        <div style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={text}
            disabled={disabled}
            onFocus={() => setEditing(true)}
            onBlur={() => setEditing(false)}
            onChange={(event) => {
              setText(event.target.value)
              const cents = parseEuros(event.target.value)
              setValue(Number.isNaN(cents) ? event.target.value : cents)
            }}
          />
          <span aria-hidden="true">€</span>
        </div>
      </div>
      {customComponents?.Description ?? <FieldDescription path={path} description={field.admin?.description} />}
    </div>
  )
}

/** A money column of a list: "12 000 €", "75,50 €". */
export function MoneyCell({ cellData }: DefaultCellComponentProps<NumberFieldClient>) {
  return (
    <span className="money-cell">
      {typeof cellData === 'number' && Number.isFinite(cellData) ? formatEuros(cellData) : '—'}
    </span>
  )
}
