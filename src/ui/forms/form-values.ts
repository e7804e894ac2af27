/** The text values of a posted form, without React's own `$ACTION…` fields (files left aside). */
export function formTextValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !key.startsWith('$')) values[key] = value
  return values
}
