import config from '@payload-config'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import type React from 'react'

import { hasRole } from '@/domain/access/roles'
import { siteKindOf } from '@/domain/sites/kinds'
import { env } from '@/env'
import type { ExpertArticle, News, Page, Tenant, WorkshopKit } from '@/payload-types'
import { currentUser } from '@/services/auth/session'
import { isSchedulable } from '@/services/content/publish-scheduled'
import { ArticleView } from '@/ui/content/ArticleView'
import { KitView } from '@/ui/content/KitView'
import { NewsView } from '@/ui/content/NewsView'
import { RefreshOnSave } from '@/ui/content/RefreshOnSave'
import { PageContent } from '@/ui/PageContent'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ collection: string; id: string }> }

/**
 * The admin's live preview of a page, news item, expert article or kit: its latest draft, as
 * the public page will show it, in its site's colours. Only for signed-in editors and admins (the
 * session cookie of the admin's origin); re-rendered on each (auto)save.
 */
export default async function PreviewPage({ params }: Props) {
  const { collection, id } = await params
  const user = await currentUser()
  if (!user || !hasRole(user, 'admin', 'editor') || !isSchedulable(collection) || !/^\d+$/.test(id)) notFound()
  const payload = await getPayload({ config })
  const doc = await payload.findByID({
    collection,
    id: Number(id),
    draft: true,
    depth: 2,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!doc) notFound()
  const tenant = (doc as { tenant?: Tenant | number | null }).tenant
  const site = typeof tenant === 'object' && tenant ? tenant : null
  const style = site
    ? ({ '--color-primary': site.theme.primary, '--color-accent': site.theme.accent } as React.CSSProperties)
    : undefined
  return (
    <div className="site" style={style}>
      <RefreshOnSave serverURL={env.SERVER_URL} />
      <p className="preview-banner" role="status">
        Aperçu du brouillon{site ? ` — ${site.name}` : ''} : ce que verront les visiteurs une fois publié.
      </p>
      <main id="contenu" className="container site-main">
        {collection === 'expert-articles' ? <ArticleView article={doc as ExpertArticle} /> : null}
        {collection === 'news' ? <NewsView news={doc as News} /> : null}
        {collection === 'workshop-kits' ? <KitView kit={doc as WorkshopKit} /> : null}
        {collection === 'pages' ? (
          <PageContent page={doc as Page} site={{ id: site?.id ?? 0, kind: site ? siteKindOf(site.slug) : null }} />
        ) : null}
      </main>
    </div>
  )
}
