import type { Metadata, Viewport } from 'next'
import type React from 'react'

import '@/ui/site.css'

export const metadata: Metadata = { title: { default: 'Portail du GIP', template: '%s' } }
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

/** Root layout of the public sites: French documents. The admin has its own root layout. */
export default function SitesRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  )
}
