'use client'

import { SERVICE_UNAVAILABLE_DIGEST } from '@/services/availability/service-unavailable'
import { ErrorNotice } from '@/ui/ErrorNotice'

/** A site's own layout failed (e.g. its settings could not be read): the message, without the site's chrome. */
export default function SitesError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenu" className="container site-main">
      <ErrorNotice unavailable={error.digest === SERVICE_UNAVAILABLE_DIGEST} reset={reset} />
    </main>
  )
}
