/**
 * Whether a gift gets a tax receipt, from whom, and on which form (domain.md, "tax receipts").
 * A receipt is issued only when the money is final, by the structure that received it: a paid gift
 * of a campaign that succeeded (its receiving structure), or a gift moved to the solidarity fund
 * (the fund's legal holder). Never for a refunded gift, a top-up, a gift paid late past the optimum
 * (it is refunded), nor from a structure not eligible to issue receipts. A counterpart worth more
 * than the legal allowance is flagged for the issuer's manager instead.
 */
export const FINAL_PROJECT_STATUSES = ['succeeded', 'funds_released', 'realised', 'archived'] as const

/** Counterparts are tolerated up to 25 % of the gift; for individuals, also at most 73 € (BOI-IR-RICI-250-20, 2024). */
export const INDIVIDUAL_COUNTERPART_CAP_CENTS = 7_300

export type ReceiptForm = 'cerfa_11580' | 'cerfa_16216'

export type GiftForReceipt = {
  /** Imported from the former platform, which issued its receipts. */
  imported?: boolean
  status: string
  source: string
  wantsReceipt: boolean
  overflow: boolean
  donorType: 'individual' | 'company'
  amountCents: number
  counterpartValueCents: number | null
  projectStatus: string
  projectStructure: { id: number; eligible: boolean } | null
  fundHolder: { id: number; eligible: boolean } | null
}

export type ReceiptDecision =
  | { action: 'issue'; issuerId: number; form: ReceiptForm }
  | { action: 'flag'; issuerId: number; form: ReceiptForm; reason: string }
  | { action: 'refuse'; reason: string }

export function counterpartWithinAllowance(
  donorType: GiftForReceipt['donorType'],
  amountCents: number,
  valueCents: number | null,
): boolean {
  if (!valueCents) return true
  if (valueCents * 4 > amountCents) return false // over 25 %
  return donorType === 'company' || valueCents <= INDIVIDUAL_COUNTERPART_CAP_CENTS
}

export function decideReceipt(gift: GiftForReceipt): ReceiptDecision {
  if (gift.imported)
    return {
      action: 'refuse',
      reason: 'Ce don vient de l’ancienne plateforme, qui a émis ses reçus : le portail n’en émet pas.',
    }
  if (gift.source !== 'donor') return { action: 'refuse', reason: 'Un abondement ne donne pas lieu à un reçu fiscal.' }
  if (!gift.wantsReceipt) return { action: 'refuse', reason: 'Le donateur n’a pas demandé de reçu fiscal.' }
  if (gift.status === 'refunded')
    return { action: 'refuse', reason: 'Ce don a été remboursé : il ne donne pas lieu à un reçu fiscal.' }
  let issuer: GiftForReceipt['projectStructure']
  if (gift.status === 'reallocated') issuer = gift.fundHolder
  else if (
    gift.status === 'paid' &&
    !gift.overflow &&
    (FINAL_PROJECT_STATUSES as readonly string[]).includes(gift.projectStatus)
  )
    issuer = gift.projectStructure
  else
    return {
      action: 'refuse',
      reason: 'Ce don n’est pas définitif (collecte en cours ou non réussie) : pas de reçu pour l’instant.',
    }
  if (!issuer)
    return {
      action: 'refuse',
      reason:
        gift.status === 'reallocated'
          ? 'Aucune structure ne porte le fonds solidaire : désignez-la dans les réglages du fonds.'
          : 'Le projet n’a pas de structure bénéficiaire.',
    }
  if (!issuer.eligible)
    return { action: 'refuse', reason: 'La structure bénéficiaire n’est pas habilitée à délivrer des reçus fiscaux.' }
  const form: ReceiptForm = gift.donorType === 'company' ? 'cerfa_16216' : 'cerfa_11580'
  if (!counterpartWithinAllowance(gift.donorType, gift.amountCents, gift.counterpartValueCents)) {
    return {
      action: 'flag',
      issuerId: issuer.id,
      form,
      reason:
        'La valeur de la contrepartie dépasse ce que la loi tolère (25 % du don) : à vérifier par le gestionnaire avant tout reçu.',
    }
  }
  return { action: 'issue', issuerId: issuer.id, form }
}
