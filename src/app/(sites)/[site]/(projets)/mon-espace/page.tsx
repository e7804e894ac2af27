import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { hasRole } from '@/domain/access/roles'
import { NEXT_STEP_FOR_OWNER } from '@/domain/projects/next-step'
import { DONATION_STATUS_LABELS, type DonationStatus } from '@/domain/donations/status'
import { PROJECT_STATUS_LABELS, type ProjectStatus, isPublicStatus } from '@/domain/projects/status'
import { unfollowProjectAction } from '@/actions/account'
import { followedProjectsOf } from '@/services/accounts/follow-projects'
import { latestSupporterNews } from '@/services/accounts/supporter-news'
import { signOutAction } from '@/actions/auth'
import { currentUser } from '@/services/auth/session'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { giftsOf } from '@/services/donations/donor-gifts'
import { receiptsOf } from '@/services/receipts/donor-receipts'
import { publicDonors } from '@/services/donations/donors'
import { changeChoiceAction } from '@/actions/giving'
import { deleteNewsAction, saveNewsAction, withdrawAction } from '@/actions/teacher'
import { newsOfOwnProjects } from '@/services/projects/project-news'
import { isEditable } from '@/services/projects/teacher-projects'
import { formatDate, formatEuros } from '@/ui/format'
import { NewsForm } from '@/ui/forms/NewsForm'
import { ProjectProgress } from '@/ui/ProjectProgress'
import type { ProjectNew, ProjectPicture } from '@/payload-types'

export const metadata: Metadata = { title: 'Mon espace', robots: { index: false } }

type Props = {
  searchParams: Promise<{
    envoye?: string
    retire?: string
    retirer?: string
    erreur?: string
    choix?: string
    suivi?: string
    publier?: string
    actualite?: string
    'supprimer-actualite'?: string
    'actualite-publiee'?: string
    'actualite-modifiee'?: string
    'actualite-supprimee'?: string
  }>
}

const WITHDRAWABLE: ProjectStatus[] = ['draft', 'submitted', 'changes_requested']

const picturesOf = (news: ProjectNew) =>
  (news.pictures ?? [])
    .filter((p): p is ProjectPicture => typeof p === 'object' && Boolean(p.url))
    .map((p) => ({ id: p.id, url: p.sizes?.card?.url ?? p.url!, alt: p.alt }))
const formNews = (news: ProjectNew) => ({
  id: news.id,
  title: news.title,
  body: news.body,
  visibility: news.visibility,
  pictures: picturesOf(news),
})

/**
 * The teacher's and the donor's space: a teacher's projects (status, what happens next, what they can
 * do), the gifts, the news of the projects given to, the projects followed, and their personal data.
 */
export default async function MySpacePage({ searchParams }: Props) {
  const user = await currentUser()
  if (!user) redirect('/connexion?suite=/mon-espace')
  const query = await searchParams
  const payload = await getPayloadOrUnavailable()
  const { docs: projects } = await payload.find({
    collection: 'projects',
    where: { or: [{ owner: { equals: user.id } }, { coOwners: { contains: user.id } }] },
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    // The owners are selected with the history, which only they (and the staff) may read.
    select: {
      title: true,
      slug: true,
      status: true,
      history: true,
      owner: true,
      coOwners: true,
      startDate: true,
      endDate: true,
      updatedAt: true,
    },
    user,
    overrideAccess: false,
  })
  const [gifts, news, followed, receipts] = await Promise.all([
    giftsOf(payload, user),
    latestSupporterNews(payload, user),
    followedProjectsOf(payload, user),
    receiptsOf(payload, user),
  ])
  const receiptYears = [...new Set(receipts.map((r) => r.year!))]
  const publicProjects = projects.filter((p) => isPublicStatus(p.status))
  const projectNews = hasRole(user, 'teacher')
    ? await newsOfOwnProjects(
        payload,
        user,
        publicProjects.map((p) => p.id),
      )
    : new Map<number, ProjectNew[]>()
  const donors = new Map(
    await Promise.all(
      projects
        .filter((p) => isPublicStatus(p.status))
        .map(async (p) => [p.id, await publicDonors(payload, p.id)] as const),
    ),
  )
  return (
    <>
      <h1>Mon espace</h1>
      <p>Connecté en tant que {user.firstName ? `${user.firstName} ${user.lastName ?? ''}`.trim() : user.email}. </p>
      <form action={signOutAction} className="inline-form">
        <button type="submit" className="button-secondary">
          Se déconnecter
        </button>
      </form>
      {query.envoye ? (
        <p className="notice" role="status">
          Votre projet est envoyé au GIP. Vous recevrez un e-mail après sa relecture.
        </p>
      ) : null}
      {query.retire ? (
        <p className="notice" role="status">
          Le projet est retiré.
        </p>
      ) : null}
      {query.erreur === 'retrait' ? (
        <p className="error-summary" role="alert">
          Ce projet ne peut plus être retiré.
        </p>
      ) : null}
      {query.erreur === 'choix' ? (
        <p className="error-summary" role="alert">
          Ce choix ne peut plus être modifié : la collecte est terminée.
        </p>
      ) : null}
      {query.choix ? (
        <p className="notice" role="status">
          Votre choix est enregistré.
        </p>
      ) : null}
      {query['actualite-publiee'] ? (
        <p className="notice" role="status">
          Votre actualité est publiée. Les donateurs qui l’ont demandé la recevront par e-mail.
        </p>
      ) : null}
      {query['actualite-modifiee'] ? (
        <p className="notice" role="status">
          L’actualité est modifiée.
        </p>
      ) : null}
      {query['actualite-supprimee'] ? (
        <p className="notice" role="status">
          L’actualité est supprimée.
        </p>
      ) : null}
      {query.erreur === 'actualite' ? (
        <p className="error-summary" role="alert">
          Cette actualité ne peut pas être supprimée.
        </p>
      ) : null}
      {query.suivi === 'retire' ? (
        <p className="notice" role="status">
          Vous ne suivez plus ce projet : ses actualités ne vous seront plus envoyées.
        </p>
      ) : null}
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
                  <li key={project.id} id={`projet-${project.id}`}>
                    <h3>{project.title}</h3>
                    <p>
                      <strong>Statut : {PROJECT_STATUS_LABELS[project.status]}.</strong>{' '}
                      {NEXT_STEP_FOR_OWNER[project.status]}
                    </p>
                    {last?.comment && (project.status === 'changes_requested' || project.status === 'rejected') ? (
                      <blockquote>
                        <p>Message du GIP : {last.comment}</p>
                      </blockquote>
                    ) : null}
                    <p>
                      {isEditable(project) ? (
                        <a
                          href={`/proposer-un-projet?projet=${project.id}&etape=${project.status === 'changes_requested' ? 'projet' : 'etablissement'}`}
                        >
                          Modifier<span className="sr-only"> « {project.title} »</span>
                        </a>
                      ) : isPublicStatus(project.status) ? (
                        <a href={`/projets/${project.slug}`}>
                          Voir la page publique<span className="sr-only"> de « {project.title} »</span>
                        </a>
                      ) : null}
                      {WITHDRAWABLE.includes(project.status) && !confirming ? (
                        <>
                          {' · '}
                          <a href={`/mon-espace?retirer=${project.id}`}>
                            Retirer<span className="sr-only"> « {project.title} »</span>
                          </a>
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
                    {isPublicStatus(project.status) ? (
                      <div className="project-news">
                        <h4 id={`actualites-${project.id}`}>Actualités du projet</h4>
                        {(projectNews.get(project.id) ?? []).length ? (
                          <ul>
                            {(projectNews.get(project.id) ?? []).map((news) => (
                              <li key={news.id} id={`actualite-${news.id}`}>
                                <strong>{news.title}</strong>, le {formatDate(news.createdAt.slice(0, 10))}
                                {news.visibility === 'donors' ? ' · réservée aux donateurs' : ''}
                                {picturesOf(news).length
                                  ? ` · ${picturesOf(news).length} photo${picturesOf(news).length > 1 ? 's' : ''}`
                                  : ''}{' '}
                                :{' '}
                                <a href={`/mon-espace?actualite=${news.id}#actualite-${news.id}`}>
                                  Modifier<span className="sr-only"> l’actualité « {news.title} »</span>
                                </a>
                                {' · '}
                                <a href={`/mon-espace?supprimer-actualite=${news.id}#actualite-${news.id}`}>
                                  Supprimer<span className="sr-only"> l’actualité « {news.title} »</span>
                                </a>
                                {query['supprimer-actualite'] === String(news.id) ? (
                                  <form action={deleteNewsAction}>
                                    <input type="hidden" name="actualite" value={news.id} />
                                    <p>Supprimer l’actualité « {news.title} » ? Ses photos seront supprimées aussi.</p>
                                    <button type="submit">Oui, supprimer l’actualité</button>{' '}
                                    <a href={`/mon-espace#projet-${project.id}`}>Annuler</a>
                                  </form>
                                ) : null}
                                {query.actualite === String(news.id) ? (
                                  <NewsForm
                                    action={saveNewsAction}
                                    projectId={project.id}
                                    projectTitle={project.title}
                                    news={formNews(news)}
                                  />
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <p>Aucune actualité publiée pour l’instant.</p>
                        )}
                        {query.publier === String(project.id) ? (
                          <div id={`nouvelle-${project.id}`}>
                            <NewsForm action={saveNewsAction} projectId={project.id} projectTitle={project.title} />
                          </div>
                        ) : (
                          <p>
                            <a href={`/mon-espace?publier=${project.id}#nouvelle-${project.id}`}>
                              Publier une actualité<span className="sr-only"> du projet « {project.title} »</span>
                            </a>
                          </p>
                        )}
                      </div>
                    ) : null}
                    {confirming && WITHDRAWABLE.includes(project.status) ? (
                      <form action={withdrawAction}>
                        <input type="hidden" name="projet" value={project.id} />
                        <p>
                          Retirer « {project.title} » ? Le projet ne pourra plus être envoyé ; il faudra en proposer un
                          nouveau.
                        </p>
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
                <strong>{formatEuros(gift.amountCents)}</strong> au projet{' '}
                <a href={`/projets/${gift.project.slug}`}>{gift.project.title}</a>, le{' '}
                {formatDate(gift.createdAt.slice(0, 10))} (référence {gift.reference}) :{' '}
                {DONATION_STATUS_LABELS[gift.status as DonationStatus]}.
              </p>
              {gift.choiceDeadline ? (
                <p>
                  La collecte n’a pas atteint son objectif : choisissez avant le{' '}
                  {formatDate(gift.choiceDeadline.slice(0, 10))} ce que devient votre don. Sans réponse, il vous sera
                  remboursé.
                </p>
              ) : null}
              {gift.choiceDeadline ||
              (['pending', 'paid'].includes(gift.status) &&
                ['collecting', 'settling'].includes(gift.project.status)) ? (
                <form action={changeChoiceAction} className="filters">
                  <input type="hidden" name="don" value={gift.id} />
                  <p>
                    <label htmlFor={`choix-${gift.id}`}>
                      {gift.choiceDeadline ? 'Que faire de ce don ?' : 'Si la collecte échoue'}
                    </label>
                    <select id={`choix-${gift.id}`} name="choix" defaultValue={gift.failureChoice ?? ''}>
                      {gift.failureChoice ? null : <option value="">— pas encore choisi —</option>}
                      <option value="refund">me rembourser</option>
                      <option value="solidarity">donner au fonds solidaire</option>
                    </select>
                  </p>
                  <p>
                    <button type="submit">
                      Enregistrer<span className="sr-only"> le choix pour le don {gift.reference}</span>
                    </button>
                  </p>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Vous n’avez pas encore fait de don depuis ce compte.</p>
      )}
      {news.length ? (
        <>
          <h2 id="actualites">Des nouvelles des projets que vous soutenez</h2>
          <ul className="status-list">
            {news.map((item) => (
              <li key={item.id}>
                <h3>{item.title}</h3>
                <p className="card__meta">
                  <a href={`/projets/${item.project.slug}`}>{item.project.title}</a>, le{' '}
                  <time dateTime={item.createdAt}>{formatDate(item.createdAt.slice(0, 10))}</time>
                  {item.donorsOnly ? ' · réservée aux donateurs' : ''}
                </p>
                <p style={{ whiteSpace: 'pre-line' }}>{item.body}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 id="projets-suivis">Projets suivis</h2>
      {followed.length ? (
        <ul className="status-list">
          {followed.map((project) => (
            <li key={project.id}>
              <h3>
                <a href={`/projets/${project.slug}`}>{project.title}</a>
              </h3>
              <p>{PROJECT_STATUS_LABELS[project.status]}</p>
              <ProjectProgress
                id={`suivi-${project.id}`}
                collectedCents={project.collectedCents}
                minimumGoalCents={project.minimumGoalCents}
                optimumGoalCents={project.optimumGoalCents}
              />
              <form action={unfollowProjectAction}>
                <input type="hidden" name="projet" value={project.id} />
                <input type="hidden" name="retour" value="espace" />
                <button type="submit" className="button-secondary">
                  Ne plus suivre<span className="sr-only"> « {project.title} »</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          Vous ne suivez aucun projet. Sur la page d’un projet, « Suivre ce projet » vous envoie ses actualités par
          e-mail. <a href="/projets">Voir les projets</a>
        </p>
      )}
      <h2 id="mes-recus">Mes reçus fiscaux</h2>
      {receipts.length ? (
        <>
          <ul className="status-list">
            {receipts.map((receipt) => (
              <li key={receipt.id}>
                Reçu n° {receipt.number} du {formatDate(String(receipt.issuedAt).slice(0, 10))} :{' '}
                {formatEuros(receipt.amountCents)}
                {typeof receipt.issuer === 'object' ? `, délivré par ${receipt.issuer.name}` : ''}.{' '}
                {typeof receipt.file === 'object' && receipt.file?.filename ? (
                  <a href={`/api/receipt-files/file/${encodeURIComponent(receipt.file.filename)}`} download>
                    Télécharger le PDF<span className="sr-only"> du reçu {receipt.number}</span>
                  </a>
                ) : receipt.fileDeletedAt ? (
                  'PDF supprimé au terme de sa durée de conservation (6 ans).'
                ) : (
                  'PDF en préparation.'
                )}
              </li>
            ))}
          </ul>
          <p>
            Tous vos reçus d’une année en un seul PDF, pour votre déclaration de revenus :{' '}
            {receiptYears.map((year, i) => (
              <span key={year}>
                {i > 0 ? ', ' : ''}
                <a href={`/mon-espace/recus/${year}`} download>
                  {year}
                </a>
              </span>
            ))}
            .
          </p>
        </>
      ) : (
        <p>
          Vous n’avez pas encore de reçu fiscal. Il est délivré quand la collecte que vous avez soutenue réussit (ou
          quand votre don va au fonds solidaire), si vous l’avez demandé.
        </p>
      )}
      <h2 id="mes-donnees">Mes données personnelles</h2>
      <ul>
        <li>
          <a href="/api/users/personal-data" download>
            Télécharger mes données
          </a>{' '}
          (fichier JSON : votre compte, vos dons, les projets suivis{hasRole(user, 'teacher') ? ', vos projets' : ''})
        </li>
        <li>
          <a href="/mon-espace/effacer">Effacer mon compte</a>
        </li>
      </ul>
    </>
  )
}
