import { siteIcon } from '@/services/media/site-icon'
import { getSiteByHost } from '@/sites/registry'

/** /icone: the site's icon for tab (favicon), uploaded in its settings or drawn from its name and colour. */
export async function GET(_request: Request, { params }: { params: Promise<{ site: string }> }) {
  const site = await getSiteByHost((await params).site)
  if (!site) return new Response('Site introuvable', { status: 404 })
  const icon = await siteIcon(site, 'favicon')
  return new Response(Buffer.from(icon.body), {
    headers: { 'Content-Type': icon.contentType, 'Cache-Control': 'public, max-age=3600' },
  })
}
