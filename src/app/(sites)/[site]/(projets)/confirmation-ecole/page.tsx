import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { confirmSchoolValidation, inspectSchoolLink } from '@/services/projects/confirm-school-validation'
import { formatDate } from '@/ui/format'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Confirmation du projet par l’école', robots: { index: false } }

type Props = { searchParams: Promise<{ jeton?: string; etat?: string }> }

const REFUSALS: Record<string, { title: string; text: string }> = {
  expired: {
    title: 'Ce lien a expiré',
    text: 'Les liens de confirmation sont valables 14 jours. Demandez à l’enseignant ou au GIP de vous en envoyer un nouveau.',
  },
  used: {
    title: 'Ce lien a déjà servi',
    text: 'Il a déjà été utilisé, ou un lien plus récent l’a remplacé. Aucune action n’est nécessaire de votre part.',
  },
  tampered: {
    title: 'Ce lien n’est pas valide',
    text: 'Vérifiez que vous avez ouvert l’adresse complète reçue par e-mail, sans la modifier.',
  },
  malformed: {
    title: 'Ce lien n’est pas valide',
    text: 'Vérifiez que vous avez ouvert l’adresse complète reçue par e-mail, sans la modifier.',
  },
  not_awaiting: {
    title: 'Ce projet n’attend pas de confirmation',
    text: 'Il a déjà été confirmé, retiré, ou n’a pas encore été approuvé par le GIP.',
  },
}

async function confirm(formData: FormData) {
  'use server'
  const token = String(formData.get('jeton') ?? '')
  const result = await confirmSchoolValidation(await getPayloadOrUnavailable(), token)
  redirect(`/confirmation-ecole?etat=${result.ok ? 'confirme' : result.reason}`)
}

/**
 * The school head's page: the link (from the approval e-mail) shows the project; the head confirms
 * with a button (a POST: mail scanners that follow links change nothing).
 */
export default async function SchoolConfirmationPage({ searchParams }: Props) {
  const { jeton, etat } = await searchParams
  if (etat === 'confirme') {
    return (
      <>
        <h1>Merci, le projet est confirmé</h1>
        <p>La collecte ouvrira à la date prévue. L’enseignant est prévenu par e-mail.</p>
      </>
    )
  }
  const refusal = etat ? REFUSALS[etat] : undefined
  if (refusal || !jeton) {
    const { title, text } = refusal ?? REFUSALS.malformed
    return (
      <>
        <h1>{title}</h1>
        <p>{text}</p>
      </>
    )
  }
  const check = await inspectSchoolLink(await getPayloadOrUnavailable(), jeton)
  if (!check.ok) {
    const { title, text } = REFUSALS[check.reason]
    return (
      <>
        <h1>{title}</h1>
        <p>{text}</p>
      </>
    )
  }
  const { project } = check
  const establishment = typeof project.establishment === 'object' ? project.establishment : null
  return (
    <>
      <h1>Confirmer le projet de votre école</h1>
      <dl>
        <dt>Projet</dt>
        <dd>{project.title}</dd>
        {establishment ? (
          <>
            <dt>Établissement</dt>
            <dd>
              {establishment.name} ({establishment.commune})
            </dd>
          </>
        ) : null}
        <dt>Collecte</dt>
        <dd>
          {project.startDate && project.endDate
            ? `du ${formatDate(project.startDate)} au ${formatDate(project.endDate)}`
            : 'dates à préciser par l’enseignant'}
        </dd>
      </dl>
      {project.summary ? <p>{project.summary}</p> : null}
      <form action={confirm}>
        <input type="hidden" name="jeton" value={jeton} />
        <button type="submit">Je confirme ce projet au nom de l’école</button>
      </form>
    </>
  )
}
