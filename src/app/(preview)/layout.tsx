import type { Metadata, Viewport } from 'next'
import type React from 'react'

import '@/ui/site.css'

export const metadata: Metadata = { title: 'Aperçu', robots: { index: false, follow: false } }
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

/** Root layout of the admin's previews (live preview of drafts), served on the admin's origin. */
export default function PreviewRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  )
}
