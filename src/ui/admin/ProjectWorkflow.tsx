'use client'

import { useAuth, useFormFields } from '@payloadcms/ui'

import { PROJECT_STATUS_LABELS, type ProjectStatus } from '@/domain/projects/status'
import { nextStatuses } from '@/domain/projects/transition'
import { useStatusTransition } from '@/ui/hooks/use-status-transition'

const ACTION_LABELS: Partial<Record<ProjectStatus, string>> = {
  submitted: 'Soumettre au GIP',
  in_review: 'Prendre en relecture',
  changes_requested: 'Demander des modifications',
  awaiting_school_validation: 'Approuver (envoi du lien à l’école)',
  rejected: 'Refuser',
  withdrawn: 'Retirer le projet',
  funds_released: 'Marquer les fonds versés',
  realised: 'Déclarer le projet réalisé',
}

/**
 * The moderation panel of a project in the admin: the transitions this user may make from the
 * current status, each through POST /api/projects/:id/transition (the only way status changes).
 */
export function ProjectWorkflow() {
  const { user } = useAuth<{ id: number; roles?: string[] }>()
  const status = useFormFields(([fields]) => fields.status?.value as ProjectStatus | undefined)
  const owner = useFormFields(([fields]) => fields.owner?.value as number | { id: number } | undefined)
  const { id, comment, setComment, error, pending, apply } = useStatusTransition('projects', 'La transition a échoué.')
  if (!id || !status || !user) return null
  const ownerId = typeof owner === 'object' ? owner?.id : owner
  const actions = nextStatuses(status, {
    kind: 'user',
    id: user.id,
    roles: user.roles ?? [],
    isOwner: ownerId === user.id,
  })

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p>
        <strong>Statut :</strong> {PROJECT_STATUS_LABELS[status]}
      </p>
      {actions.length === 0 ? (
        <p>Aucune action possible de votre part à ce stade.</p>
      ) : (
        <>
          <label htmlFor="workflow-comment">Commentaire (obligatoire pour demander des modifications ou refuser)</label>
          <textarea
            id="workflow-comment"
            rows={4}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            style={{ width: '100%' }}
          />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '0.5rem' }}>
            {actions.map((to) => (
              <button
                key={to}
                type="button"
                className="btn btn--style-secondary btn--size-small"
                disabled={pending}
                onClick={() => void apply(to)}
              >
                {ACTION_LABELS[to] ?? PROJECT_STATUS_LABELS[to]}
              </button>
            ))}
          </div>
        </>
      )}
      {error ? (
        <p id="workflow-error" role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
