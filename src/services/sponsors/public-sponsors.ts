import type { Payload } from 'payload'

import { sqlQuery } from '@/services/db/sql-transaction'

export type PublicSponsor = {
  id: number
  name: string
  slug: string
  kind: string
  description: string | null
  website: string | null
  logoUrl: string | null
}
export type SupportedProject = { title: string; slug: string; status: string; amountCents: number }

const KINDS: Record<string, string> = {
  company: 'Entreprise',
  foundation: 'Fondation',
  public_partner: 'Partenaire public',
}
export const sponsorKindLabel = (kind: string) => KINDS[kind] ?? kind

/** Sponsors with at least one programme, for the public list: only their public fields. */
export async function publicSponsors(payload: Payload): Promise<PublicSponsor[]> {
  // SQL text: a sponsor's public page totals (aggregates over the programmes' top-ups).
  const { rows } = await sqlQuery(
    payload,
    `SELECT s.id, s.name, s.slug, s.kind, s.description, s.website, m.filename AS logo FROM sponsors s LEFT JOIN media m ON m.id = s.logo_id
     WHERE EXISTS (SELECT 1 FROM programmes g WHERE g.sponsor_id = s.id) ORDER BY s.name`,
  )
  return rows.map(({ logo, ...s }) => ({
    ...(s as Omit<PublicSponsor, 'logoUrl'>),
    logoUrl: logo ? `/api/media/file/${encodeURIComponent(logo)}` : null,
  }))
}

export async function publicSponsor(
  payload: Payload,
  slug: string,
): Promise<(PublicSponsor & { projects: SupportedProject[] }) | null> {
  const sponsor = (await publicSponsors(payload)).find((s) => s.slug === slug)
  if (!sponsor) return null
  // SQL text: a sponsor's public page totals (aggregates over the programmes' top-ups).
  const { rows } = await sqlQuery(
    payload,
    `SELECT p.title, p.slug, p.status, sum(d.amount_cents)::bigint AS total FROM donations d JOIN programmes g ON g.id = d.programme_id JOIN projects p ON p.id = d.project_id
     WHERE g.sponsor_id = $1 AND d.status = 'paid' AND p.status IN ('collecting', 'settling', 'succeeded', 'funds_released', 'realised')
     GROUP BY p.id ORDER BY max(d.paid_at) DESC LIMIT 200`,
    [sponsor.id],
  )
  return {
    ...sponsor,
    projects: rows.map((r) => ({ title: r.title, slug: r.slug, status: r.status, amountCents: Number(r.total) })),
  }
}
