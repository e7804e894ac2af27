'use client'

import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * A calendar day ("YYYY-MM-DD", a day in Paris) picked with the browser's date input: campaign
 * dates are days, not instants, so they are stored as text rather than as timestamps.
 */
export const CalendarDayField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError, errorMessage, customComponents } = useField<string>({ path })
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className={`field-type text${showError ? ' error' : ''}`}>
      <FieldLabel label={field.label} path={path} required={field.required} htmlFor={id} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} message={errorMessage} />
        <input
          id={id}
          type="date"
          value={value ?? ''}
          disabled={readOnly}
          onChange={(e) => setValue(e.target.value || null)}
        />
      </div>
      {customComponents?.Description ?? <FieldDescription path={path} description={field.admin?.description} />}
    </div>
  )
}
