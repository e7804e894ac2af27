import type { PublicSponsor } from '@/services/sponsors/public-sponsors'

/** The sponsors on the crowdfunding site's home page, each by its name (and logo), linking to its page. */
export function SponsorsStrip({ sponsors }: { sponsors: PublicSponsor[] }) {
  if (!sponsors.length) return null
  return (
    <section aria-labelledby="mecenes" className="sponsors-strip">
      <h2 id="mecenes">Ils abondent les dons</h2>
      <ul>
        {sponsors.map((s) => (
          <li key={s.id}>
            <a href={`/mecenes/${s.slug}`}>
              {/* The name is written beside it: the logo adds nothing for a screen reader. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              {s.logoUrl ? <img src={s.logoUrl} alt="" height={64} /> : null}
              <span className="sponsors-strip__name">{s.name}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href="/mecenes">Tous nos mécènes</a>
      </p>
    </section>
  )
}
