/**
 * What a gift costs its donor after the tax reduction (what the giving form shows next to the
 * suggested amounts), under the rules in force for gifts to works of general interest:
 * - individuals (CGI article 200): 66 % of the gift off income tax, within 20 % of taxable income;
 * - companies (CGI article 238 bis): 60 % of the gift off corporate or income tax up to 2 M€ of gifts
 *   a year (40 % above), within 20 000 € or 5 ‰ of turnover, whichever is higher.
 * The ceilings depend on the donor's income or turnover, which the form does not ask: the cost shown
 * is the one within the ceilings, and the form says so.
 */
export type DonorType = 'individual' | 'company'

export const TAX_REDUCTION_PERCENT: Record<DonorType, number> = { individual: 66, company: 60 }

/** Each donor type's rule, in words for the form. */
export const TAX_RULE_WORDING: Record<DonorType, string> = {
  individual:
    'Particulier : 66 % du don déduits de votre impôt sur le revenu, dans la limite de 20 % de votre revenu imposable (article 200 du code général des impôts).',
  company:
    'Entreprise : 60 % du don déduits de l’impôt sur les sociétés ou sur le revenu, dans la limite de 20 000 € ou de 5 ‰ du chiffre d’affaires si ce montant est plus élevé (article 238 bis du code général des impôts).',
}

/** The reduction in cents, rounded down to the cent (the administration rounds in the donor's favour only on the total). */
export function taxReductionCents(amountCents: number, donorType: DonorType): number {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) return 0
  return Math.floor((amountCents * TAX_REDUCTION_PERCENT[donorType]) / 100)
}

/** What the gift really costs after the reduction, in cents: 50 € → 17 € for an individual, 20 € for a company. */
export function costAfterReductionCents(amountCents: number, donorType: DonorType): number {
  return Math.max(0, amountCents) - taxReductionCents(amountCents, donorType)
}

/** The amounts suggested on the giving form, in cents. */
export const SUGGESTED_AMOUNTS_CENTS = [20_00, 50_00, 100_00, 200_00] as const
