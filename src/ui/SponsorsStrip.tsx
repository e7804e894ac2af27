import type { PublicSponsor } from '@/services/sponsors/public-sponsors'

/** The sponsors' logos (or names) on the crowdfunding site's home page, each linking to its page. */
export function SponsorsStrip({ sponsors }: { sponsors: PublicSponsor[] }) {
  if (!sponsors.length) return null
  return (
    <section aria-labelledby="mecenes" className="sponsors-strip">
      <h2 id="mecenes">Ils abondent les dons</h2>
      <ul>
        {sponsors.map((s) => (
          <li key={s.id}>
            <a href={`/mecenes/${s.slug}`}>
              {/* eslint-disable-next-line @next/next/no-img-element */}
              {s.logoUrl ? <img src={s.logoUrl} alt={s.name} height={64} /> : s.name}
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
