/**
 * The summary `npm run import:legacy` prints before the rows it refused (issue 15): what the import
 * did, or with `--dry-run` would do, and each unknown theme or kind once, with how many rows carry
 * it, where it first appears and which of ours it probably means.
 */
import { labelKey, proposeLabels } from './legacy-labels'
import type { LegacyReference, UnknownLabel } from './legacy-rows'

export type Tally = { created: number; updated: number; unchanged: number; refused: number }

export type UnknownLabelSummary = UnknownLabel & {
  /** Rows that carry it (the first spelling met is shown). */
  count: number
  /** The first lines that carry it, in the file's order. */
  lines: number[]
  /** Names of ours it probably means: a proposal, never applied. */
  proposals: string[]
}

const SHOWN_LINES = 5

/** Each unknown label once (same `labelKey`, same column), most frequent first. */
export function summariseUnknownLabels(
  occurrences: Iterable<UnknownLabel & { line: number }>,
  ref: Pick<LegacyReference, 'themes' | 'kinds'>,
): UnknownLabelSummary[] {
  const byLabel = new Map<string, UnknownLabelSummary>()
  for (const { column, label, line } of occurrences) {
    const key = `${column}\u0000${labelKey(label)}`
    const known = byLabel.get(key)
    if (!known) byLabel.set(key, { column, label, count: 1, lines: [line], proposals: [] })
    else {
      known.count++
      if (known.lines.length < SHOWN_LINES) known.lines.push(line)
    }
  }
  const summaries = [...byLabel.values()]
  for (const s of summaries)
    s.proposals = s.column === 'thematiques' ? proposeLabels(ref.themes, s.label) : proposeLabels(ref.kinds, s.label)
  return summaries.sort((a, b) => b.count - a.count || a.lines[0] - b.lines[0])
}

export type ImportSummary = {
  dryRun: boolean
  campaigns: Tally
  gifts: Tally
  establishmentsCreated: number
  unknownLabels: UnknownLabelSummary[]
  /** Name of the campaigns file, where unknown labels are. */
  campaignsFile: string
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`
const quoted = (names: readonly string[]) => names.map((n) => `« ${n} »`).join(' ou ')
const COLUMN_NAMES: Record<UnknownLabel['column'], string> = { thematiques: 'thématique', type: 'type de projet' }

/** The summary's lines, in French. */
export function importSummaryLines(s: ImportSummary): string[] {
  const tally = (what: string, t: Tally) =>
    s.dryRun
      ? `${what} : ${t.created} à créer, ${t.updated} à mettre à jour, ${t.unchanged} inchangé(s), ${t.refused} refusé(s)`
      : `${what} : ${t.created} créé(s), ${t.updated} mis à jour, ${t.unchanged} inchangé(s), ${t.refused} refusé(s)`
  const lines = [
    ...(s.dryRun ? ['Import à blanc (--dry-run) : rien n’a été enregistré. Ce que l’import ferait :'] : []),
    tally('Campagnes', s.campaigns),
    tally('Dons', s.gifts),
    `Établissements ${s.dryRun ? 'à créer' : 'créés'} (UAI et nom seulement, à compléter par npm run import:establishments) : ${s.establishmentsCreated}`,
  ]
  if (!s.unknownLabels.length) return [...lines, 'Libellés inconnus : aucun']
  lines.push(
    `Libellés inconnus : ${s.unknownLabels.length} (chacun une fois ; les lignes qui en portent un sont refusées)`,
  )
  for (const u of s.unknownLabels) {
    const more = u.count > u.lines.length ? '…' : ''
    const where = `${plural(u.count, 'ligne', 'lignes')} (${s.campaignsFile}, ${u.lines.length > 1 ? 'lignes' : 'ligne'} ${u.lines.join(', ')}${more})`
    lines.push(
      `  ${COLUMN_NAMES[u.column]} « ${u.label} » : ${where}${u.proposals.length ? ` ; proposition : ${quoted(u.proposals)}` : ''}`,
    )
  }
  lines.push(
    'Pour accepter un ancien nom, ajoutez-le dans l’administration (« Anciens noms » de la thématique, ou « Correspondances de l’import » pour un type de projet), puis relancez l’import. Une proposition n’est jamais appliquée d’office.',
  )
  return lines
}
