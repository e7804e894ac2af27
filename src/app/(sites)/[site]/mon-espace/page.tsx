import config from '@payload-config'
import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { hasRole } from '@/domain/access/roles'
import { NEXT_STEP_FOR_OWNER } from '@/domain/projects/next-step'
import { DONATION_STATUS_LABELS, type DonationStatus } from '@/domain/donations/status'
import { PROJECT_STATUS_LABELS, type ProjectStatus } from '@/domain/projects/status'
import { signOutAction } from '@/services/auth/actions'
import { currentUser } from '@/services/auth/session'
import { giftsOf } from '@/services/donations/donor-gifts'
import { publicDonors } from '@/services/donations/donors'
import { changeChoiceAction } from '@/services/donations/giving-actions'
import { withdrawAction } from '@/services/projects/teacher-actions'
import { isEditable } from '@/services/projects/teacher-projects'
import { crowdfundingSite } from '@/sites/crowdfunding-site'
import { formatDate, formatEuros } from '@/ui/format'

export const metadata: Metadata = { title: 'Mon espace', robots: { index: false } }

type Props = { params: Promise<{ site: string }>; searchParams: Promise<{ envoye?: string; retire?: string; retirer?: string; erreur?: string; choix?: string }> }

const WITHDRAWABLE: ProjectStatus[] = ['draft', 'submitted', 'changes_requested']
const PUBLIC: ProjectStatus[] = ['collecting', 'settling', 'succeeded', 'funds_released', 'realised']

/** The teacher's space: their projects, each with its status, what happens next and what they can do. */
export default async function MySpacePage({ params, searchParams }: Props) {
  await crowdfundingSite(params)
  const user = await currentUser()
  if (!user) redirect('/connexion?suite=/mon-espace')
  const query = await searchParams
  const payload = await getPayload({ config })
  const { docs: projects } = await payload.find({
    collection: 'projects',
    where: { or: [{ owner: { equals: user.id } }, { coOwners: { contains: user.id } }] },
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    select: { title: true, slug: true, status: true, history: true, startDate: true, endDate: true, updatedAt: true },
    user,
    overrideAccess: false,
  })
  const gifts = await giftsOf(payload, user)
  const donors = new Map(await Promise.all(projects.filter((p) => PUBLIC.includes(p.status)).map(async (p) => [p.id, await publicDonors(payload, p.id)] as const)))
  return (
    <>
      <h1>Mon espace</h1>
      <p>
        Connecté en tant que {user.firstName ? `${user.firstName} ${user.lastName ?? ''}`.trim() : user.email}.{' '}
      </p>
      <form action={signOutAction} className="inline-form">
        <button type="submit" className="button-secondary">
          Se déconnecter
        </button>
      </form>
      {query.envoye ? <p className="notice" role="status">Votre projet est envoyé au GIP. Vous recevrez un e-mail après sa relecture.</p> : null}
      {query.retire ? <p className="notice" role="status">Le projet est retiré.</p> : null}
      {query.erreur === 'retrait' ? <p className="error-summary" role="alert">Ce projet ne peut plus être retiré.</p> : null}
      {query.erreur === 'choix' ? <p className="error-summary" role="alert">Ce choix ne peut plus être modifié : la collecte est terminée.</p> : null}
      {query.choix ? <p className="notice" role="status">Votre choix est enregistré.</p> : null}
      {hasRole(user, 'teacher') ? (
        <>
          <h2>Mes projets</h2>
          <p>
            <a href="/proposer-un-projet">Proposer un nouveau projet</a>
          </p>
          {projects.length ? (
            <ul className="status-list">
              {projects.map((project) => {
                const last = project.history?.at(-1)
                const confirming = query.retirer === String(project.id)
                return (
                  <li key={project.id}>
                    <h3>{project.title}</h3>
                    <p>
                      <strong>Statut : {PROJECT_STATUS_LABELS[project.status]}.</strong> {NEXT_STEP_FOR_OWNER[project.status]}
                    </p>
                    {last?.comment && (project.status === 'changes_requested' || project.status === 'rejected') ? (
                      <blockquote>
                        <p>Message du GIP : {last.comment}</p>
                      </blockquote>
                    ) : null}
                    <p>
                      {isEditable(project) ? (
                        <a href={`/proposer-un-projet?projet=${project.id}&etape=${project.status === 'changes_requested' ? 'projet' : 'etablissement'}`}>Modifier<span className="sr-only"> « {project.title} »</span></a>
                      ) : PUBLIC.includes(project.status) ? (
                        <a href={`/projets/${project.slug}`}>Voir la page publique<span className="sr-only"> de « {project.title} »</span></a>
                      ) : null}
                      {WITHDRAWABLE.includes(project.status) && !confirming ? (
                        <>
                          {' · '}
                          <a href={`/mon-espace?retirer=${project.id}`}>Retirer<span className="sr-only"> « {project.title} »</span></a>
                        </>
                      ) : null}
                    </p>
                    {donors.get(project.id)?.length ? (
                      <details>
                        <summary>Mes donateurs ({donors.get(project.id)!.length})</summary>
                        <ul>
                          {donors.get(project.id)!.map((d, i) => (
                            <li key={i}>
                              {d.name}
                              {d.amountCents !== null ? ` — ${formatEuros(d.amountCents)}` : ''}
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                    {confirming && WITHDRAWABLE.includes(project.status) ? (
                      <form action={withdrawAction}>
                        <input type="hidden" name="projet" value={project.id} />
                        <p>Retirer « {project.title} » ? Le projet ne pourra plus être envoyé ; il faudra en proposer un nouveau.</p>
                        <button type="submit">Oui, retirer le projet</button> <a href="/mon-espace">Annuler</a>
                      </form>
                    ) : null}
                  </li>
                )
              })}
            </ul>
          ) : (
            <p>Vous n’avez pas encore de projet.</p>
          )}
        </>
      ) : null}
      <h2 id="mes-dons">Mes dons</h2>
      {gifts.length ? (
        <ul className="status-list">
          {gifts.map((gift) => (
            <li key={gift.id}>
              <p>
                <strong>{formatEuros(gift.amountCents)}</strong> au projet <a href={`/projets/${gift.project.slug}`}>{gift.project.title}</a>, le {formatDate(gift.createdAt.slice(0, 10))} (référence {gift.reference}) :{' '}
                {DONATION_STATUS_LABELS[gift.status as DonationStatus]}.
              </p>
              {gift.choiceDeadline ? (
                <p>
                  La collecte n’a pas atteint son objectif : choisissez avant le {formatDate(gift.choiceDeadline.slice(0, 10))} ce que devient votre don. Sans réponse, il vous sera
                  remboursé.
                </p>
              ) : null}
              {gift.choiceDeadline || (['pending', 'paid'].includes(gift.status) && ['collecting', 'settling'].includes(gift.project.status)) ? (
                <form action={changeChoiceAction} className="filters">
                  <input type="hidden" name="don" value={gift.id} />
                  <p>
                    <label htmlFor={`choix-${gift.id}`}>{gift.choiceDeadline ? 'Que faire de ce don ?' : 'Si la collecte échoue'}</label>
                    <select id={`choix-${gift.id}`} name="choix" defaultValue={gift.failureChoice ?? ''}>
                      {gift.failureChoice ? null : <option value="">— pas encore choisi —</option>}
                      <option value="refund">me rembourser</option>
                      <option value="solidarity">donner au fonds solidaire</option>
                    </select>
                  </p>
                  <p>
                    <button type="submit">Enregistrer<span className="sr-only"> le choix pour le don {gift.reference}</span></button>
                  </p>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Vous n’avez pas encore fait de don depuis ce compte.</p>
      )}
    </>
  )
}
