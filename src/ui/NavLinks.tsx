'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

type NavLink = { label: string; url: string; id?: string | null }

/** A list of links; the one for the current page carries aria-current="page". */
export function NavLinks({ links, className }: { links: NavLink[]; className?: string }) {
  const pathname = usePathname()
  const seen = new Set<string>()
  const unique = links.filter((link) => !seen.has(link.url) && seen.add(link.url))
  return (
    <ul className={className}>
      {unique.map((link) => {
        const internal = link.url.startsWith('/')
        const current = internal && (pathname === link.url || (pathname.endsWith(link.url) && link.url !== '/'))
        return (
          <li key={link.url}>
            {internal ? (
              <Link href={link.url} aria-current={current ? 'page' : undefined}>
                {link.label}
              </Link>
            ) : (
              <a href={link.url}>{link.label}</a>
            )}
          </li>
        )
      })}
    </ul>
  )
}
