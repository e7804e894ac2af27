import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { siteSitemap } from '@/services/content/site-feeds'
import { getSiteByHost } from '@/sites/registry'

/** /sitemap.xml of the request's site: its published pages only, on its primary domain. */
export async function GET(_request: Request, { params }: { params: Promise<{ site: string }> }) {
  const site = await getSiteByHost((await params).site)
  if (!site) return new Response('Site introuvable', { status: 404 })
  const xml = await siteSitemap(await getPayloadOrUnavailable(), site)
  return new Response(xml, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  })
}
