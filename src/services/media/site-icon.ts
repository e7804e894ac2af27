import sharp from 'sharp'

import { relationId } from '@/domain/access/ids'
import { siteIconSvg } from '@/domain/sites/icon'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import type { Media, SiteSetting } from '@/payload-types'

import { readStoredFile } from './stored-file'

export type SiteIconKind = 'favicon' | 'touchIcon'
type IconSite = { name: string; theme: { primary: string }; settings: SiteSetting | null }

/** Pixels of each icon: browsers' tabs scale a 64 px icon down; iOS asks for 180 px. */
const SIZES: Record<SiteIconKind, number> = { favicon: 64, touchIcon: 180 }

/**
 * A site's icon: the square image its editors uploaded in the site settings (as PNG, cropped to a
 * square), or the default one, the site's initial on its primary colour (SVG for the tab, PNG for
 * phones' home screens, which do not take SVG).
 */
export async function siteIcon(site: IconSite, kind: SiteIconKind): Promise<{ body: Uint8Array; contentType: string }> {
  const size = SIZES[kind]
  const id = relationId(site.settings?.icons?.[kind] ?? site.settings?.icons?.favicon)
  if (id !== null) {
    const payload = await getPayloadOrUnavailable()
    const media = (await payload.findByID({
      collection: 'media',
      id,
      depth: 0,
      overrideAccess: false,
      disableErrors: true,
    })) as Media | null
    if (media?.filename) {
      const png = await sharp(await readStoredFile('media', media.filename))
        .resize(size, size, { fit: 'cover' })
        .png()
        .toBuffer()
      return { body: new Uint8Array(png), contentType: 'image/png' }
    }
  }
  const svg = siteIconSvg(site.name, site.theme.primary, size)
  if (kind === 'favicon') return { body: new TextEncoder().encode(svg), contentType: 'image/svg+xml' }
  return { body: new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer()), contentType: 'image/png' }
}
