import type { NumberField } from 'payload'

/** An amount in integer cents (money is never a float); euros appear only when rendering. */
export function centsField(name: string, label: { fr: string; en: string }, overrides: Partial<NumberField> = {}): NumberField {
  return {
    name,
    type: 'number',
    label,
    min: 0,
    admin: { description: { fr: 'En centimes (ex. : 95600 pour 956 €).', en: 'In cents.' }, step: 1 },
    validate: (value: number | null | undefined) =>
      value === null || value === undefined || (Number.isInteger(value) && value >= 0) || 'Indiquez un montant entier en centimes, positif.',
    ...overrides,
  } as NumberField
}
