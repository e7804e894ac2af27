import type { NumberField } from 'payload'

/** The admin's money components (src/ui/admin/Money.tsx): euros with a comma in forms, euros in lists. */
export const MONEY_COMPONENTS = { Field: '/ui/admin/Money#MoneyField', Cell: '/ui/admin/Money#MoneyCell' } as const

/**
 * An amount in integer cents (money is never a float); euros appear only when rendering: the admin
 * shows and takes euros through MONEY_COMPONENTS, attached here so that every money field gets them.
 */
export function centsField(
  name: string,
  label: { fr: string; en: string },
  overrides: Partial<NumberField> = {},
): NumberField {
  return {
    name,
    type: 'number',
    label,
    min: 0,
    validate: (value: number | null | undefined) =>
      value === null ||
      value === undefined ||
      (Number.isInteger(value) && value >= 0) ||
      'Indiquez un montant positif en euros, avec au plus deux décimales (ex. : 1 250,50).',
    ...overrides,
    admin: { step: 1, ...overrides.admin, components: { ...MONEY_COMPONENTS, ...overrides.admin?.components } },
  } as NumberField
}
