'use client'

import { useDocumentInfo } from '@payloadcms/ui'

/**
 * On a programme (for admins and the sponsor's staff): its statement of top-ups, as plain download
 * links (no form: this panel sits inside the admin's edit form).
 */
export function ProgrammeStatementLinks() {
  const { id } = useDocumentInfo()
  if (!id) return null
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem', display: 'grid', gap: '0.5rem' }}>
      <p style={{ margin: 0 }}>
        <strong>Relevé des abondements</strong> (ce que le mécène doit, ce qui est réservé, ce qui est revenu) :
      </p>
      {(['csv', 'xlsx'] as const).map((format) => (
        <a
          key={format}
          href={`/api/programmes/${id}/statement?format=${format}`}
          download
          className="btn btn--style-secondary btn--size-small"
        >
          Télécharger le relevé ({format.toUpperCase()})
        </a>
      ))}
    </div>
  )
}
