import { staticPageHtml } from '@/domain/web/static-page'

/** What a visitor reads when a form was sent to the portal from another site (the proxy's 403). */
export const CROSS_SITE_TITLE = 'Envoi refusé'
export const CROSS_SITE_TEXT =
  'Ce formulaire a été envoyé depuis un autre site que celui du portail : par sécurité, il n’a pas été pris en compte. Rouvrez la page du portail et envoyez le formulaire depuis celle-ci.'

/** The whole page the proxy answers a cross-site form post with, and a way back. */
export function crossSitePostPageHtml(): string {
  return staticPageHtml({
    title: CROSS_SITE_TITLE,
    text: CROSS_SITE_TEXT,
    link: { href: '/', label: 'Retour à l’accueil du site' },
  })
}
