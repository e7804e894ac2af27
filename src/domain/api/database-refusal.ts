/**
 * A value the database refused, as a client's error: PostgreSQL's "data exception" class (22…:
 * "abc" for an integer, 1e99 out of range, a NUL character, a negative offset, a date that is not
 * one) and the few others only a value can cause (a row too large for an index). Whatever reached
 * the database that way came from the request: the answer is a 400 with a French message, not a
 * failure. Pure: reads the error's shape (Drizzle's DrizzleQueryError wraps pg's DatabaseError in
 * `cause`).
 */

type DatabaseError = { code: string; message: string }

function databaseErrorIn(error: unknown): DatabaseError | null {
  let current: unknown = error
  for (let i = 0; i < 4 && current && typeof current === 'object'; i += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof message === 'string') return { code, message }
    current = (current as { cause?: unknown }).cause
  }
  return null
}

const TYPE_NAMES: [RegExp, string][] = [
  [/^(integer|bigint|smallint)$/, 'un nombre entier'],
  [/^(numeric|double precision|real)$/, 'un nombre'],
  [/^(timestamp|date|time)/, 'une date'],
  [/^boolean$/, 'vrai ou faux'],
  [/^uuid$/, 'un identifiant'],
  [/^jsonb?$/, 'du JSON'],
]

const quoted = (message: string): string | null => {
  const match = /: "(.*)"$/s.exec(message) ?? /value "(.*)" is out of range/s.exec(message)
  if (!match) return null
  const value = match[1]
  return value.length > 40 ? `${value.slice(0, 40)}…` : value
}

/** The French message for a database error caused by a value, or null when the error is anything else (a failure). */
export function databaseRefusalMessage(error: unknown): string | null {
  const db = databaseErrorIn(error)
  if (!db) return null
  const { code, message } = db
  const value = quoted(message)
  const valueText = value === null ? 'Une valeur de la requête' : `La valeur « ${value} »`
  if (code === '22P02') {
    if (/invalid input value for enum/.test(message)) return `${valueText} ne fait pas partie des valeurs possibles.`
    const type = /for type ([a-z ]+)/.exec(message)?.[1]?.trim() ?? ''
    const expected = TYPE_NAMES.find(([pattern]) => pattern.test(type))?.[1]
    return expected ? `${valueText} n’est pas ${expected}.` : `${valueText} n’est pas valide.`
  }
  if (code === '22003') return `${valueText} est hors des limites permises.`
  if (code === '2201X' || code === '2201W')
    return 'La pagination demandée n’est pas valide (page et limit sont des entiers positifs).'
  if (code === '22021' || code === '22P05') return 'La requête contient un caractère nul ou invalide.'
  if (code === '22007' || code === '22008') return `${valueText} n’est pas une date valide.`
  if (code === '22001' || code === '54000') return 'Une valeur de la requête est trop longue.'
  if (code.startsWith('22')) return 'Une valeur de la requête n’est pas valide.'
  // `like` / `not_like` / `contains` on a list of choices (an enum): only a query can ask that.
  if (code === '42883' && /operator does not exist: enum_\w+ !?~~\*?/.test(message))
    return 'Un champ à liste de choix se filtre par valeur exacte (equals, in), pas par recherche de texte.'
  // The same text search on a number, a date or a boolean (a relationship's id, say).
  if (code === '42883' && /operator does not exist: [\w ]+ !?~~\*? unknown/.test(message))
    return 'Ce champ se filtre par valeur exacte (equals, in) ou par comparaison, pas par recherche de texte.'
  return null
}
