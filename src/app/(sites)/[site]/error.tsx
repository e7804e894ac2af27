'use client'

import { SERVICE_UNAVAILABLE_DIGEST } from '@/services/availability/service-unavailable'
import { ErrorNotice } from '@/ui/ErrorNotice'

/** A page of a site failed: the site's header and footer stay, the message replaces the content. */
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice unavailable={error.digest === SERVICE_UNAVAILABLE_DIGEST} reset={reset} />
}
