/** The states of a project (domain.md, "State machine"), with their French labels. */
export const PROJECT_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'awaiting_school_validation',
  'scheduled',
  'collecting',
  'settling',
  'succeeded',
  'failed',
  'funds_released',
  'realised',
  'rejected',
  'withdrawn',
  'archived',
] as const

export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  draft: 'Brouillon',
  submitted: 'Soumis',
  in_review: 'En cours de relecture',
  changes_requested: 'Modifications demandées',
  awaiting_school_validation: 'En attente de la direction de l’école',
  scheduled: 'Programmé',
  collecting: 'Collecte en cours',
  settling: 'Collecte terminée, en cours de clôture',
  succeeded: 'Réussi',
  failed: 'Non financé',
  funds_released: 'Fonds versés',
  realised: 'Réalisé',
  rejected: 'Refusé',
  withdrawn: 'Retiré',
  archived: 'Archivé',
}

/**
 * Statuses in which a project is public (its campaign is or was open). A failed campaign stays public:
 * its donors, e-mailed about it, find on its page what happens to their gifts.
 */
export const PUBLIC_STATUSES = [
  'collecting',
  'settling',
  'succeeded',
  'failed',
  'funds_released',
  'realised',
] as const satisfies readonly ProjectStatus[]

/** Statuses in which the owner may still edit the project. */
export const EDITABLE_STATUSES = ['draft', 'changes_requested'] as const satisfies readonly ProjectStatus[]

export const isPublicStatus = (status: string): boolean => (PUBLIC_STATUSES as readonly string[]).includes(status)
export const isEditableStatus = (status: string): boolean => (EDITABLE_STATUSES as readonly string[]).includes(status)
