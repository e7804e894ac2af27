import { toCardinal } from 'n2words/fr-FR'

/**
 * An amount of cents in French words, as a tax receipt writes it ("cent vingt-trois euros et
 * quarante-cinq centimes"): `n2words` spells the numbers; the units follow French grammar
 * ("un million d’euros", "un euro", "un centime").
 */
export function amountInWords(cents: number): string {
  if (!Number.isInteger(cents) || cents < 0) throw new RangeError('amount must be a non-negative integer of cents')
  const euros = Math.floor(cents / 100)
  const rest = cents % 100
  const parts: string[] = []
  if (euros > 0 || rest === 0) {
    const words = toCardinal(String(euros))
    const unit = euros > 1 ? 'euros' : 'euro'
    parts.push(/(millions?|milliards?)$/.test(words) ? `${words} d’euros` : `${words} ${unit}`)
  }
  if (rest > 0) parts.push(`${toCardinal(String(rest))} ${rest > 1 ? 'centimes' : 'centime'}`)
  return parts.join(' et ')
}
