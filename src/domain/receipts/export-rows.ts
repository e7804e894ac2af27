/** A receipt as the managers' export needs it. */
export type ExportableReceipt = {
  number: string | null
  status: string
  issuedAt: string | null
  issuer: string | null
  donorName: string | null
  form: string
  address: string | null
  amountCents: number
  giftDate: string | null
  paymentMethod: string | null
  replaces: string | null
  replacedBy: string | null
}

export const RECEIPTS_HEADER = [
  'Numéro',
  'Statut',
  'Émis le',
  'Émetteur',
  'Donateur',
  'Type',
  'Adresse',
  'Montant (€)',
  'Date du don',
  'Mode de versement',
  'Remplace',
  'Remplacé par',
] as const

const STATUS: Record<string, string> = { live: 'Valide', cancelled: 'Annulé', flagged: 'À vérifier' }
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null)

/** The rows of the receipts table, in RECEIPTS_HEADER order; amounts in euros with two decimals. */
export function toReceiptRows(receipts: readonly ExportableReceipt[]): (string | number | null)[][] {
  return receipts.map((r) => [
    r.number,
    STATUS[r.status] ?? r.status,
    day(r.issuedAt),
    r.issuer,
    r.donorName,
    r.form === 'cerfa_16216' ? 'Entreprise' : 'Particulier',
    r.address,
    r.amountCents / 100,
    day(r.giftDate),
    r.paymentMethod,
    r.replaces,
    r.replacedBy,
  ])
}

export const DECLARATION_HEADER = [
  'Année',
  'Émetteur',
  'SIREN ou RNA',
  'Code émetteur',
  'Reçus émis',
  'Montant total (€)',
] as const
