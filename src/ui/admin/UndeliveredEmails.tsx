import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, ServerProps, TypedUser } from 'payload'

import { hasRole } from '@/domain/access/roles'
import { countUndeliveredEmails, listUndeliveredEmails } from '@/services/email/undelivered'

const PATH = '/admin/emails-non-envoyes'
const when = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
})
const isAdmin = (user: unknown) => hasRole(user as { roles?: string[] } | undefined, 'admin')
const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`

/**
 * /admin/emails-non-envoyes: the e-mails the jobs queue gave up on after all its attempts (SMTP
 * down or refusing them), for admins. Others are refused, here and by the jobs collection's access.
 */
export async function UndeliveredEmailsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(PATH)}`)
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
  if (!isAdmin(user)) return template(<p role="alert">Cette page est réservée aux administrateurs.</p>)
  const { total, retrying, emails } = await listUndeliveredEmails(req.payload, user as TypedUser)
  return template(
    <>
      <h1>E-mails non envoyés</h1>
      <p>
        Chaque e-mail du portail passe par la file des tâches, qui le réessaie pendant environ 4 heures (9 tentatives,
        de plus en plus espacées) quand le serveur d’envoi (SMTP) ne répond pas ou le refuse. Ceux-ci n’ont pas pu
        partir : leurs destinataires ne les ont pas reçus. Vérifiez la configuration SMTP, puis prévenez-les ou
        faites-leur refaire la démarche (nouvelle demande de mot de passe, nouvelle inscription…).
      </p>
      <p>
        {retrying
          ? `${plural(retrying, 'e-mail attend', 'e-mails attendent')} un nouvel essai après un échec.`
          : 'Aucun e-mail n’attend de nouvel essai.'}
      </p>
      {total === 0 ? (
        <p>Aucun e-mail non envoyé.</p>
      ) : (
        <table className="table">
          <caption style={{ textAlign: 'left', marginBottom: '0.5rem' }}>
            {plural(total, 'e-mail non envoyé', 'e-mails non envoyés')}
            {total > emails.length ? `, les ${emails.length} plus récents` : ''}, du plus récent au plus ancien
          </caption>
          <thead>
            <tr>
              <th scope="col">Destinataire</th>
              <th scope="col">Objet</th>
              <th scope="col">Dernière erreur</th>
              <th scope="col">Tentatives</th>
              <th scope="col">Dernier essai</th>
              <th scope="col">Mis en file</th>
            </tr>
          </thead>
          <tbody>
            {emails.map((email) => (
              <tr key={email.jobId}>
                <td>{email.recipient}</td>
                <td>
                  <Link href={`/admin/collections/payload-jobs/${email.jobId}`}>{email.subject}</Link>
                </td>
                <td>{email.lastError}</td>
                <td>{email.attempts}</td>
                <td>{when.format(new Date(email.lastAttemptAt))}</td>
                <td>{when.format(new Date(email.queuedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>,
  )
}

/** In the admin's navigation, for admins. */
export function UndeliveredEmailsNavLink({ user }: ServerProps) {
  if (!isAdmin(user)) return null
  return (
    <Link href={PATH} className="nav__link" style={{ display: 'block', padding: '0.5rem 0' }}>
      E-mails non envoyés
    </Link>
  )
}

/** On the admins' dashboard, only when the queue gave up on some e-mail. */
export async function UndeliveredEmailsNotice({ payload, user }: ServerProps) {
  if (!isAdmin(user)) return null
  const count = await countUndeliveredEmails(payload, user as TypedUser)
  if (count === 0) return null
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby="undelivered-emails" role="status">
      <h2 id="undelivered-emails">E-mails non envoyés</h2>
      <p>
        {plural(count, 'e-mail n’a', 'e-mails n’ont')} pas pu être envoyé{count > 1 ? 's' : ''} malgré les nouvelles
        tentatives : <Link href={PATH}>voir la liste</Link>.
      </p>
    </section>
  )
}
