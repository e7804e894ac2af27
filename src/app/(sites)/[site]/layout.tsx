import type { Metadata } from 'next'
import Link from 'next/link'
import type React from 'react'

import { conformityStatus } from '@/domain/sites/legal-pages'
import type { Media } from '@/payload-types'
import { getSiteByHost, siteUrl } from '@/sites/registry'
import { NavLinks } from '@/ui/NavLinks'

const FOOTER_PATHS = new Set([
  '/aide',
  '/plan-du-site',
  '/recherche',
  '/contact',
  '/mentions-legales',
  '/accessibilite',
])

/** The logo uploaded in the site settings, when it has a file; else the header writes the site's name. */
function siteLogo(logo: unknown): { url: string; width?: number; height?: number } | null {
  if (!logo || typeof logo !== 'object') return null
  const media = logo as Media
  return media.url ? { url: media.url, width: media.width ?? undefined, height: media.height ?? undefined } : null
}

type Props = { children: React.ReactNode; params: Promise<{ site: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSiteByHost((await params).site)
  if (!site) return { title: 'Site introuvable' }
  return {
    title: { default: site.name, template: `%s · ${site.name}` },
    description: site.description ?? undefined,
    openGraph: { siteName: site.name, locale: 'fr_FR', type: 'website' },
    // Canonical and Open Graph URLs are absolute on the site's primary domain, whichever host served the page.
    metadataBase: new URL(siteUrl(site, '/')),
    alternates: { types: { 'application/rss+xml': [{ url: '/rss.xml', title: `${site.name} : actualités` }] } },
    // Uploaded in the site's settings, or drawn from its name and colour (src/services/media/site-icon.ts).
    icons: { icon: '/icone', apple: '/icone-tactile' },
  }
}

/** Chrome of one site: skip link, header and navigation, main content, footer with legal links. */
export default async function SiteLayout({ children, params }: Props) {
  const site = await getSiteByHost((await params).site)
  if (!site) {
    return (
      <main id="contenu" className="container">
        {children}
      </main>
    )
  }
  const logo = siteLogo(site.settings?.logo)
  const style = { '--color-primary': site.theme.primary, '--color-accent': site.theme.accent } as React.CSSProperties
  return (
    <div className="site" style={style} data-site={site.slug}>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header" role="banner">
        <div className="container site-header__inner">
          <p className="site-header__brand">
            <Link href="/">
              {logo ? (
                // eslint-disable-next-line @next/next/no-img-element -- the logo's own file, at its own size
                <img
                  className="site-header__logo"
                  src={logo.url}
                  alt={site.name}
                  width={logo.width}
                  height={logo.height}
                />
              ) : (
                site.name
              )}
            </Link>
            {site.settings?.tagline ? <span className="site-header__tagline">{site.settings.tagline}</span> : null}
          </p>
          {site.settings?.headerNav?.length ? (
            <nav aria-label="Menu principal">
              <NavLinks className="site-nav" links={site.settings.headerNav} />
            </nav>
          ) : null}
          <form
            className="site-search"
            method="get"
            action="/recherche"
            role="search"
            aria-label="Rechercher sur le site"
          >
            <label htmlFor="site-search-q" className="sr-only">
              Rechercher sur le site
            </label>
            <input id="site-search-q" name="q" type="search" placeholder="Rechercher" maxLength={100} />
            {/* A submit button by default: no type attribute, and a name other than "Rechercher", so that the
                page's own forms keep the only button[type=submit] and the only "Rechercher" button. */}
            <button>Chercher</button>
          </form>
        </div>
      </header>
      <main id="contenu" className="container site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer" role="contentinfo">
        <div className="container">
          <nav aria-label="Pied de page">
            <NavLinks
              className="footer-nav"
              links={[
                ...(site.settings?.footerNav ?? []).filter((link) => !FOOTER_PATHS.has(link.url)),
                { label: 'Aide', url: '/aide' },
                { label: 'Plan du site', url: '/plan-du-site' },
                { label: 'Recherche', url: '/recherche' },
                { label: 'Contact', url: '/contact' },
                { label: 'Mentions légales', url: '/mentions-legales' },
                // The status the declaration states, derived from its audit's rate.
                {
                  label: `Accessibilité\u00a0: ${conformityStatus(site.settings?.accessibility?.conformityRate, site.settings?.accessibility?.auditDate)}`,
                  url: '/accessibilite',
                },
              ]}
            />
          </nav>
          <p className="site-footer__owner">{site.name} — un service du GIP</p>
        </div>
      </footer>
    </div>
  )
}
