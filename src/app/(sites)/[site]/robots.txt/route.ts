import { renderRobots } from '@/domain/content/feeds'
import { getSiteByHost, siteUrl } from '@/sites/registry'

/** /robots.txt of the request's site, pointing at its own sitemap. */
export async function GET(_request: Request, { params }: { params: Promise<{ site: string }> }) {
  const site = await getSiteByHost((await params).site)
  if (!site) return new Response('Site introuvable', { status: 404 })
  return new Response(renderRobots(siteUrl(site, '')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  })
}
