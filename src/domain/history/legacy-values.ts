/**
 * The values of the former platform's export (issue 9): decimal comma amounts, `dd/mm/yyyy` dates,
 * French words. Each parser returns the value or a French reason naming what was expected.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string }

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const fail = (reason: string): Parsed<never> => ({ ok: false, reason })

/** Case, accents and surrounding spaces ignored: "École" = "ecole", "Échouée" = "echouee". */
export function fold(text: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII (\x00-\x7f) needs no folding
  const plain = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  return plain.trim().toLowerCase()
}

/** Each list of choices folded once (parsers run on every row of large files). */
const foldedChoices = new WeakMap<object, Map<string, string>>()

/**
 * "1234", "1234,5", "1 234,56" (space, no-break space or dot between thousands), "12 €" → cents.
 * Refused: "12.5.3", "12.50" (the decimal separator is the comma), "1,234", negative amounts.
 */
export function parseAmountCents(text: string): Parsed<number> {
  const cleaned = text.replace(/€/g, '').trim()
  const shown = `« ${text} »`
  if (!cleaned) return fail('montant manquant')
  const grouped = /^\d{1,3}([ \u00a0\u202f.]\d{3})+(,\d{1,2})?$/.test(cleaned)
  if (!grouped && !/^\d+(,\d{1,2})?$/.test(cleaned))
    return fail(`montant invalide ${shown} : un nombre en euros avec une virgule décimale est attendu (ex. 1 234,50)`)
  const [units, decimals = ''] = cleaned.replace(/[ \u00a0\u202f.]/g, '').split(',')
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) return fail(`montant invalide ${shown} : trop grand`)
  return ok(cents)
}

/** "31/01/2023" → "2023-01-31"; refused: "31/02/2023", "2023-01-31", "1/2/23". */
export function parseFrenchDate(text: string): Parsed<string> {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim())
  if (!match) return fail(`date invalide « ${text} » : le format jj/mm/aaaa est attendu`)
  const [, dd, mm, yyyy] = match
  const date = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)))
  if (
    date.getUTCFullYear() !== Number(yyyy) ||
    date.getUTCMonth() !== Number(mm) - 1 ||
    date.getUTCDate() !== Number(dd)
  ) {
    return fail(`date impossible « ${text} » : ce jour n’existe pas`)
  }
  return ok(`${yyyy}-${mm}-${dd}`)
}

/** One of the listed French words (case and accents ignored) → its value. */
export function parseChoice<T>(text: string, column: string, choices: Record<string, T>): Parsed<T> {
  let keys = foldedChoices.get(choices)
  if (!keys) {
    keys = new Map(Object.keys(choices).map((word) => [fold(word), word]))
    foldedChoices.set(choices, keys)
  }
  const key = keys.get(fold(text))
  if (key !== undefined) return ok(choices[key])
  const expected = Object.keys(choices)
    .map((c) => `« ${c} »`)
    .join(', ')
  return fail(
    text.trim()
      ? `${column} inconnu « ${text.trim()} » : ${expected} attendu`
      : `${column} manquant : ${expected} attendu`,
  )
}
