import { parseYear } from '@/domain/receipts/numbering'
import { currentUser } from '@/services/auth/session'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { yearlyStatement } from '@/services/receipts/donor-receipts'
import { SITE_KINDS, getSiteByHost } from '@/sites/registry'

/** GET /mon-espace/recus/<year>: the signed-in donor's receipts of that year, in one PDF. */
export async function GET(_request: Request, { params }: { params: Promise<{ site: string; annee: string }> }) {
  const { site, annee } = await params
  if ((await getSiteByHost(site))?.kind !== SITE_KINDS.projets) return new Response('Page introuvable', { status: 404 })
  const user = await currentUser()
  if (!user) return Response.redirect(new URL('/connexion?suite=/mon-espace', _request.url), 303)
  const year = parseYear(annee)
  if (!year) return new Response('Année invalide : indiquez une année sur quatre chiffres.', { status: 400 })
  const pdf = await yearlyStatement(await getPayloadOrUnavailable(), user, year)
  if (!pdf) return new Response(`Aucun reçu fiscal pour ${year}.`, { status: 404 })
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="recus-fiscaux-${year}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
