import { staticPageHtml } from '@/domain/web/static-page'

/** What a visitor reads while the portal cannot reach its database (the proxy's 503, and the error boundary's fallback). */
export const UNAVAILABLE_TITLE = 'Service momentanément indisponible'
export const UNAVAILABLE_TEXT = 'Le site ne peut pas répondre pour le moment. Veuillez réessayer dans quelques minutes.'

/** The whole page the proxy answers with its 503, with a link to try the same address again. */
export function unavailablePageHtml(path: string): string {
  return staticPageHtml({ title: UNAVAILABLE_TITLE, text: UNAVAILABLE_TEXT, link: { href: path, label: 'Réessayer' } })
}
