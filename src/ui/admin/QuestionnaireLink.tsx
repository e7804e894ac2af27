import type { UIFieldServerProps } from 'payload'

import { env } from '@/env'
import { siteOrigin } from '@/sites/origins'

/**
 * In a workshop's sidebar: the address of its parents' questionnaire on the TNE site, to share
 * after the event, and its results (aggregated, CSV).
 */
export function QuestionnaireLink({ data, id }: UIFieldServerProps) {
  const slug = (data as { slug?: string } | undefined)?.slug
  if (!id || !slug) return null
  const link = `${siteOrigin(env, env.SITE_HOSTS_PARENTALITE[0])}/questionnaire/${slug}`
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
