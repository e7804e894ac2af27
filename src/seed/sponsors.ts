import type { Payload } from 'payload'

import sharp from 'sharp'

import type { Programme } from '@/payload-types'

import { demoCover } from './pictures'
import { idsBy } from './upsert'

const SPONSORS = [
  {
    name: 'Fondation Montagne pour tous',
    slug: 'fondation-montagne-pour-tous',
    kind: 'foundation',
    description:
      'Elle fait découvrir la montagne aux élèves des écoles de l’éducation prioritaire et des territoires ruraux isolés.',
    website: 'https://montagne-pour-tous.example.org',
  },
  {
    name: 'Énergies Vertes',
    slug: 'energies-vertes',
    kind: 'company',
    description:
      'Fournisseur d’électricité renouvelable, Énergies Vertes double les dons faits aux projets d’éducation au développement durable.',
    website: 'https://energies-vertes.example.com',
  },
] as const

/** The demo sponsors, created when missing, each with a drawn logo in the crowdfunding site's media; their ids by name. */
export async function seedSponsors(
  payload: Payload,
  projetsTenant: number,
): Promise<{ created: number; ids: Map<string, number> }> {
  let created = 0
  for (const [index, sponsor] of SPONSORS.entries()) {
    const found = await payload.find({
      collection: 'sponsors',
      where: { slug: { equals: sponsor.slug } },
      limit: 1,
      depth: 0,
    })
    if (found.docs[0]) continue
    const image = await sharp(await demoCover(index + 7))
      .resize(320, 160)
      .png()
      .toBuffer()
    const logo = await payload.create({
      collection: 'media',
      data: { alt: sponsor.name, tenant: projetsTenant },
      file: { data: image, mimetype: 'image/png', name: `logo-${sponsor.slug}.png`, size: image.length },
      depth: 0,
    })
    await payload.create({ collection: 'sponsors', data: { ...sponsor, logo: logo.id }, depth: 0 })
    created++
  }
  return { created, ids: await idsBy(payload, 'sponsors', 'name') }
}

/**
 * The demo programmes, modelled on the 2023 report, created once and after the demo gifts (top-ups
 * apply to new gifts only): the mountain classes (20,000 €), a 1:1 match on sustainable
 * development, and the solidarity fund's final push for Courte Échelle projects.
 */
export async function seedProgrammes(payload: Payload, sponsors: Map<string, number>): Promise<number> {
  const themes = await idsBy(payload, 'themes', 'slug')
  const programmes: Partial<Programme>[] = [
    {
      name: 'Classes de découverte en montagne',
      funding: 'sponsor',
      sponsor: sponsors.get('Fondation Montagne pour tous')!,
      criteria: {
        levels: ['ecole'],
        kinds: ['stay_with_nights'],
        minNights: 4,
        territories: ['rep', 'rep_plus', 'isolated_rural'],
      },
      mechanism: 'threshold',
      amountCents: 50_000,
      sharePercent: 40,
      minDonors: 5,
      budgetCents: 2_000_000,
    },
    {
      name: 'Développement durable : 1 € pour 1 €',
      funding: 'sponsor',
      sponsor: sponsors.get('Énergies Vertes')!,
      criteria: { themes: [themes.get('developpement-durable')!] },
      mechanism: 'match',
      ratioPercent: 100,
      capPerGiftCents: 10_000,
      capPerProjectCents: 50_000,
      budgetCents: 1_000_000,
    },
    {
      name: 'Courte Échelle : coup de pouce final',
      funding: 'solidarity_fund',
      criteria: { courteEchelleOnly: true },
      mechanism: 'gap_close',
      daysBeforeEnd: 7,
      sharePercent: 70,
      capPerProjectCents: 50_000,
    },
  ]
  // Each is created once, by its name (programmes made in the admin or by tests do not count).
  const existing = await idsBy(payload, 'programmes', 'name')
  const missing = programmes.filter((p) => !existing.has(p.name!))
  for (const data of missing) await payload.create({ collection: 'programmes', data: data as Programme, depth: 0 })
  return missing.length
}
