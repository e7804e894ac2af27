import { PROJECT_STATUS_LABELS, type ProjectStatus } from './status'

/** A project as the export needs it (relations already resolved to names). */
export type ExportableProject = {
  title: string
  establishment: string | null
  uai: string | null
  structure: string | null
  status: ProjectStatus
  startDate: string | null
  endDate: string | null
  minimumGoalCents: number | null
  optimumGoalCents: number | null
  collectedCents: number | null
  donorCount: number | null
}

export const EXPORT_HEADER = [
  'Projet',
  'Établissement',
  'UAI',
  'Structure bénéficiaire',
  'Statut',
  'Début de collecte',
  'Fin de collecte',
  'Objectif minimum (€)',
  'Objectif optimum (€)',
  'Collecté (€)',
  'Donateurs',
] as const

/** Euros with two decimals as a number, for spreadsheets (money is cents everywhere else). */
const euros = (cents: number | null) => (cents === null ? null : Math.round(cents) / 100)

/** The rows of the projects table a federation needs, one per project, in EXPORT_HEADER order. */
export function toExportRows(projects: readonly ExportableProject[]): (string | number | null)[][] {
  return projects.map((p) => [
    p.title,
    p.establishment,
    p.uai,
    p.structure,
    PROJECT_STATUS_LABELS[p.status],
    p.startDate,
    p.endDate,
    euros(p.minimumGoalCents),
    euros(p.optimumGoalCents),
    euros(p.collectedCents ?? 0),
    p.donorCount ?? 0,
  ])
}
