import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { RETENTION, retentionDates } from '@/domain/accounts/retention'
import { PROJECT_STATUS_LABELS } from '@/domain/projects/status'
import { eraseAccountAction } from '@/actions/account'
import { checkErasure } from '@/services/accounts/erase-account'
import { currentUser } from '@/services/auth/session'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { giftsOf } from '@/services/donations/donor-gifts'
import { formatDate } from '@/ui/format'

export const metadata: Metadata = { title: 'Effacer mon compte', robots: { index: false } }

type Props = { searchParams: Promise<{ etat?: string; erreur?: string }> }

/** What the law makes the GIP keep after an erasure, and until when (dates when the account has gifts). */
function KeptRecords({ dates }: { dates: ReturnType<typeof retentionDates> }) {
  return (
    <ul>
      <li>
        <strong>Les pièces comptables de vos dons</strong> (montant, date, projet, moyen de paiement, et votre identité
        telle que vous l’avez indiquée en donnant) : {RETENTION.accounting.years} ans à compter de la clôture de
        l’exercice comptable ({RETENTION.accounting.law})
        {dates ? <>, soit jusqu’au {formatDate(dates.accountingUntil)} au plus tard</> : null}.
      </li>
      <li>
        <strong>Les reçus fiscaux et les pièces qui les justifient</strong> (vos nom, adresse et, pour une entreprise,
        raison sociale et SIREN) : {RETENTION.taxReceipts.years} ans à compter de leur établissement (
        {RETENTION.taxReceipts.law})
        {dates ? <>, soit jusqu’au {formatDate(dates.taxReceiptsUntil)} au plus tard</> : null}.
      </li>
    </ul>
  )
}

/** "Effacer mon compte": what is erased, what the law makes the GIP keep and until when, then a confirmation. */
export default async function EraseAccountPage({ searchParams }: Props) {
  const query = await searchParams
  if (query.etat === 'efface') {
    return (
      <>
        <h1>Votre compte est effacé</h1>
        <p className="notice" role="status">
          Votre compte est effacé et vous êtes déconnecté. Vos dons apparaissent désormais comme anonymes sur les pages
          des projets.
        </p>
        <p>Comme la loi l’impose, le GIP conserve encore :</p>
        <KeptRecords dates={null} />
        <p>
          Ces données ne servent qu’à la comptabilité et aux reçus fiscaux ; elles sont supprimées à la fin de ces
          délais.
        </p>
        <p>
          <a href="/">Retour à l’accueil</a>
        </p>
      </>
    )
  }
  const user = await currentUser()
  if (!user) redirect('/connexion?suite=/mon-espace/effacer')
  const payload = await getPayloadOrUnavailable()
  const [decision, gifts] = await Promise.all([checkErasure(payload, user), giftsOf(payload, user)])
  const dates = retentionDates(gifts.filter((g) => !['failed', 'expired'].includes(g.status)).map((g) => g.createdAt))
  return (
    <>
      <h1>Effacer mon compte</h1>
      {query.erreur === 'refus' && decision.ok ? (
        <p className="error-summary" role="alert">
          Votre compte n’a pas pu être effacé. Réessayez.
        </p>
      ) : null}
      {decision.ok ? null : (
        <div className="error-summary" role="alert">
          <h2>Ce compte ne peut pas être effacé pour l’instant</h2>
          <p>{decision.message}</p>
          {decision.code === 'unfinished_projects' ? (
            <ul>
              {decision.projects.map((project) => (
                <li key={project.id}>
                  {project.title} ({PROJECT_STATUS_LABELS[project.status]})
                </li>
              ))}
            </ul>
          ) : null}
          <p>
            <a href="/mon-espace">Retour à mon espace</a> · <a href="/contact">Contacter le GIP</a>
          </p>
        </div>
      )}
      <h2>Ce qui est effacé</h2>
      <ul>
        <li>votre compte : adresse e-mail, nom, prénom et mot de passe ; vous ne pourrez plus vous connecter ;</li>
        <li>les projets que vous suivez, et les actualités qui vous étaient envoyées ;</li>
        <li>
          le lien entre votre compte et vos dons, qui apparaîtront comme anonymes sur les pages des projets ; vos
          messages aux classes.
        </li>
      </ul>
      <h2>Ce que le GIP doit conserver, et jusqu’à quand</h2>
      <p>La loi impose de garder la trace des dons, même après l’effacement du compte :</p>
      <KeptRecords dates={dates} />
      <p>
        Ces données ne servent plus qu’à la comptabilité et aux reçus fiscaux, et sont supprimées à la fin de ces
        délais. Avant d’effacer votre compte, vous pouvez{' '}
        <a href="/api/users/personal-data" download>
          télécharger vos données
        </a>
        .
      </p>
      {decision.ok ? (
        <form action={eraseAccountAction} className="form">
          <p>
            <strong>L’effacement est définitif.</strong>
          </p>
          <div className="form-actions">
            <button type="submit">Effacer définitivement mon compte</button>
            <a href="/mon-espace">Annuler</a>
          </div>
        </form>
      ) : null}
    </>
  )
}
