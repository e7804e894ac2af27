import type { LivePreviewConfig } from 'payload'

import { env } from '@/env'

/** The admin's preview of a document (latest draft): /apercu/<collection>/<id> on the admin's origin (SERVER_URL). */
export function previewPath(collection: string, id: number | string): string {
  return `/apercu/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}`
}

/** Live preview beside the edit form; the page re-renders on each (auto)save. */
export const livePreview: LivePreviewConfig = {
  url: ({ data, collectionConfig }) =>
    data?.id && collectionConfig ? `${env.SERVER_URL}${previewPath(collectionConfig.slug, data.id)}` : '',
  breakpoints: [
    { label: 'Mobile', name: 'mobile', width: 375, height: 667 },
    { label: 'Tablette', name: 'tablet', width: 768, height: 1024 },
    { label: 'Ordinateur', name: 'desktop', width: 1280, height: 800 },
  ],
}
