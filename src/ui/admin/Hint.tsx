import type { UIFieldServerProps } from 'payload'

/** A line of help in an admin form, from the field's `admin.custom.text`. */
export function Hint({ field }: UIFieldServerProps) {
  const text = (field.admin?.custom as { text?: string } | undefined)?.text
  return text ? <p className="field-description">{text}</p> : null
}
