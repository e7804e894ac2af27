/**
 * The accessibility declaration (RGAA 4.1, in the format the State's model declaration sets) and
 * the legal notice (LCEN, article 6) of a site, as structured fields edited by staff. The
 * conformity status is derived from the rate, never typed: 100 % → totalement conforme, 50 % or
 * more → partiellement conforme, below 50 % or without an audit → non conforme.
 */
export type ConformityStatus = 'totalement conforme' | 'partiellement conforme' | 'non conforme'

export function conformityStatus(
  rate: number | null | undefined,
  auditDate: string | null | undefined,
): ConformityStatus {
  if (!auditDate || rate === null || rate === undefined) return 'non conforme'
  if (rate >= 100) return 'totalement conforme'
  return rate >= 50 ? 'partiellement conforme' : 'non conforme'
}

type Item = { text?: string | null }

export type AccessibilityDeclaration = {
  establishedOn?: string | null
  auditDate?: string | null
  auditor?: string | null
  conformityRate?: number | null
  sample?: { title?: string | null; url?: string | null }[] | null
  nonConformities?: Item[] | null
  derogations?: { text?: string | null; reason?: string | null }[] | null
  exemptions?: Item[] | null
  contactEmail?: string | null
  contactUrl?: string | null
}

export type LegalNotice = {
  publisherName?: string | null
  publisherStatus?: string | null
  publisherAddress?: string | null
  publisherContact?: string | null
  directorName?: string | null
  directorRole?: string | null
  hostName?: string | null
  hostAddress?: string | null
  hostContact?: string | null
}

export type FieldProblem = { path: string; message: string }

const blank = (value: string | null | undefined) => !value || value.trim() === ''

/** What the declaration lacks or contradicts, with the field's path: [] when it may be published. */
export function declarationProblems(
  declaration: AccessibilityDeclaration | null | undefined,
  prefix = 'accessibility',
): FieldProblem[] {
  const d = declaration ?? {}
  const problems: FieldProblem[] = []
  const at = (field: string, message: string) => problems.push({ path: `${prefix}.${field}`, message })
  const nonConformities = (d.nonConformities ?? []).filter((n) => !blank(n.text))
  if (blank(d.establishedOn)) at('establishedOn', 'Indiquez la date d’établissement de la déclaration.')
  if (blank(d.contactEmail) && blank(d.contactUrl))
    at('contactEmail', 'Indiquez au moins un moyen de contact (adresse électronique ou page de contact).')
  if (blank(d.auditDate)) {
    if (d.conformityRate !== null && d.conformityRate !== undefined)
      at('auditDate', 'Un taux de conformité suppose un audit : indiquez sa date, ou effacez le taux.')
    return problems
  }
  if (d.conformityRate === null || d.conformityRate === undefined)
    at('conformityRate', 'Indiquez le taux de conformité mesuré par l’audit.')
  else if (d.conformityRate < 0 || d.conformityRate > 100)
    at('conformityRate', 'Le taux de conformité est compris entre 0 et 100 %.')
  else if (d.conformityRate < 100 && nonConformities.length === 0)
    at('nonConformities', 'Un taux inférieur à 100 % suppose des non-conformités : énumérez-les.')
  else if (d.conformityRate >= 100 && nonConformities.length > 0)
    at('conformityRate', 'Un site totalement conforme n’a pas de non-conformité : corrigez le taux ou la liste.')
  if (blank(d.auditor)) at('auditor', 'Indiquez qui a réalisé l’audit (interne ou organisme).')
  if (!(d.sample ?? []).some((page) => !blank(page.title) && !blank(page.url)))
    at('sample', 'Indiquez l’échantillon de pages audité.')
  for (const [index, derogation] of (d.derogations ?? []).entries()) {
    if (!blank(derogation.text) && blank(derogation.reason))
      at(`derogations.${index}.reason`, 'Justifiez la dérogation (charge disproportionnée).')
  }
  return problems
}

const LEGAL_NOTICE_REQUIRED: [keyof LegalNotice, string][] = [
  ['publisherName', 'Indiquez le nom de l’éditeur du site.'],
  ['publisherAddress', 'Indiquez l’adresse de l’éditeur.'],
  ['publisherContact', 'Indiquez un moyen de contacter l’éditeur (téléphone ou adresse électronique).'],
  ['directorName', 'Indiquez le directeur ou la directrice de la publication.'],
  ['hostName', 'Indiquez l’hébergeur du site.'],
  ['hostAddress', 'Indiquez l’adresse de l’hébergeur.'],
  ['hostContact', 'Indiquez le téléphone de l’hébergeur.'],
]

/** The legal notice's missing mentions: [] when complete. */
export function legalNoticeProblems(notice: LegalNotice | null | undefined, prefix = 'legalNotice'): FieldProblem[] {
  return LEGAL_NOTICE_REQUIRED.filter(([field]) => blank(notice?.[field])).map(([field, message]) => ({
    path: `${prefix}.${field}`,
    message,
  }))
}
