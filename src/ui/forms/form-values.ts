import { withoutControlCharacters } from '@/domain/text/control-characters'

/**
 * The text values of a posted form, without React's own `$ACTION…` fields (files left aside), and
 * without control characters (a NUL would fail the database's query: a 500 instead of an answer).
 */
export function formTextValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries())
    if (typeof value === 'string' && !key.startsWith('$')) values[key] = withoutControlCharacters(value)
  return values
}

/** One text value of a posted form ('' when absent), without control characters. */
export const formText = (form: FormData, name: string): string => withoutControlCharacters(String(form.get(name) ?? ''))
