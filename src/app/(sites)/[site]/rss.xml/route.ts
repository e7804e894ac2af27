import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { siteRss } from '@/services/content/site-feeds'
import { getSiteByHost } from '@/sites/registry'

/** /rss.xml of the request's site: its latest news and expert articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ site: string }> }) {
  const site = await getSiteByHost((await params).site)
  if (!site) return new Response('Site introuvable', { status: 404 })
  const xml = await siteRss(await getPayloadOrUnavailable(), site)
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  })
}
