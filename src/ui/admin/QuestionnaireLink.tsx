import type { UIFieldServerProps } from 'payload'

import { SITE_KINDS } from '@/domain/sites/kinds'
import { siteOfKind, siteUrl } from '@/services/sites/registry'

/**
 * In a workshop's sidebar: the address of its parents' questionnaire on the TNE site, to share
 * after the event, and its results (aggregated, CSV).
 */
export async function QuestionnaireLink({ data, id, payload }: UIFieldServerProps) {
  const slug = (data as { slug?: string } | undefined)?.slug
  if (!id || !slug) return null
  const link = siteUrl(await siteOfKind(payload, SITE_KINDS.parentalite), `/questionnaire/${slug}`)
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p>
        <strong>Questionnaire des parents</strong> (ouvert 30 jours après l’atelier, s’il est publié) :
      </p>
      <p>
        <a href={link}>{link}</a>
      </p>
      <p>
        <a href={`/api/form-submissions/results?workshop=${id}&format=csv`}>Résultats (CSV)</a>
      </p>
    </div>
  )
}
