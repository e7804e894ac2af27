import { randomInt } from 'node:crypto'

import type { Payload } from 'payload'

import { CONVENTION_TRANSITION } from '@/domain/write-context'
import type { PartnerKind, WorkshopAudience, WorkshopFormat, WorkshopTheme } from '@/domain/tne/options'
import { WORKSHOP_THEMES } from '@/domain/tne/options'
import type { User } from '@/payload-types'
import { transitionFundCall } from '@/services/tne/transition-fund-call'

import { idsBy } from './upsert'

/**
 * The TNE demo set. Its 2023 part reproduces the GIP's activity report exactly (domain.md):
 * 56 conventions signed with 46 associations, 4 communes, 5 communautés de communes and
 * 1 conseil départemental; 113 initiatives in 6 territories; 187 mediators trained; 268
 * professionals on the training path; 187 workshops and 2,536 parents in Aisne and Val-d'Oise.
 * Then today's activity: conventions at every stage, fund calls, upcoming public workshops (for
 * the agenda and its map) and a workshop just held with parents' answers.
 */

type Place = { commune: string; lat: number; lng: number; venue: string }
const PLACES: Record<string, Place[]> = {
  aisne: [
    { commune: 'Laon', lat: 49.5641, lng: 3.6199, venue: 'Médiathèque Suzanne-Martinet' },
    { commune: 'Saint-Quentin', lat: 49.8465, lng: 3.2876, venue: 'Maison des familles' },
    { commune: 'Soissons', lat: 49.3817, lng: 3.3236, venue: 'Centre social Saint-Crépin' },
    { commune: 'Château-Thierry', lat: 49.0464, lng: 3.403, venue: 'École élémentaire Jean-Macé' },
  ],
  'val-d-oise': [
    { commune: 'Cergy', lat: 49.0364, lng: 2.0761, venue: 'Collège Les Touleuses' },
    { commune: 'Argenteuil', lat: 48.9472, lng: 2.2467, venue: 'École élémentaire Jean-Jaurès' },
    { commune: 'Sarcelles', lat: 48.9973, lng: 2.3797, venue: 'Maison de quartier des Vignes Blanches' },
  ],
  herault: [
    { commune: 'Montpellier', lat: 43.6108, lng: 3.8767, venue: 'Médiathèque Émile-Zola' },
    { commune: 'Béziers', lat: 43.3442, lng: 3.2158, venue: 'Maison de la vie associative' },
    { commune: 'Lunel', lat: 43.6756, lng: 4.1358, venue: 'Espace Louis-Feuillade' },
  ],
  'bouches-du-rhone': [{ commune: 'Marseille', lat: 43.2965, lng: 5.3698, venue: 'Cité des associations' }],
  isere: [{ commune: 'Grenoble', lat: 45.1885, lng: 5.7245, venue: 'Maison des habitants' }],
  vosges: [{ commune: 'Épinal', lat: 48.1724, lng: 6.4496, venue: 'La Louvière' }],
}

/** 2023: conventions per territory, by partner kind (46 + 4 + 5 + 1 = 56). */
const CONVENTIONS_2023: Record<string, Partial<Record<PartnerKind, number>>> = {
  aisne: { departmental_council: 1, intercommunality: 2, association: 9 },
  'val-d-oise': { commune: 2, association: 12 },
  herault: { commune: 2, association: 15 },
  'bouches-du-rhone': { association: 5 },
  isere: { intercommunality: 1, association: 3 },
  vosges: { intercommunality: 2, association: 2 },
}
/** 2023: declared initiatives (113) and professionals on the training path (268). */
const FIGURES_2023: Record<string, [initiatives: number, professionals: number]> = {
  aisne: [25, 50],
  'val-d-oise': [30, 60],
  herault: [28, 70],
  'bouches-du-rhone': [12, 30],
  isere: [10, 30],
  vosges: [8, 28],
}
/** 2023: mediator trainings, participants per session (187 in all; Hérault's 34 as reported). */
const TRAININGS_2023: Record<string, number[]> = {
  aisne: [20, 20],
  'val-d-oise': [15, 15, 15],
  herault: [17, 17],
  'bouches-du-rhone': [12, 12],
  isere: [12, 12],
  vosges: [10, 10],
}
/** 2023: parents' workshops in the pilot territories (187, 2,536 parents). */
const PILOT_WORKSHOPS_2023: Record<string, number> = { aisne: 80, 'val-d-oise': 107 }
const PILOT_PARENTS_2023 = 2536

const NAMES: Record<PartnerKind, (territory: string, i: number) => string> = {
  association: (t, i) => `Association Parents et Numérique ${t} n° ${i}`,
  commune: (t, i) => `Commune partenaire ${t} n° ${i}`,
  intercommunality: (t, i) => `Communauté de communes ${t} n° ${i}`,
  departmental_council: (t) => `Conseil départemental — ${t}`,
  school: (t, i) => `Établissement ${t} n° ${i}`,
  other: (t, i) => `Structure ${t} n° ${i}`,
}
/** The demo partners of src/seed/demo.ts take the first places of their kind. */
const EXISTING: Record<string, Partial<Record<PartnerKind, string>>> = {
  aisne: { association: 'Association Familles et Écrans de l’Aisne' },
  herault: { commune: 'Commune de Lunel' },
}

const PARENT_FORMATS: WorkshopFormat[] = [
  'workshop',
  'parents_cafe',
  'conference',
  'escape_game',
  'theatre',
  'drop_in',
  'forum',
]
const pdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
  )
const iso = (y: number, m: number, d: number, h = 17) => new Date(Date.UTC(y, m - 1, d, h - 1)).toISOString()
const inDays = (days: number, hour = 18) => {
  const date = new Date(Date.now() + days * 86_400_000)
  date.setUTCHours(hour - 2, 0, 0, 0)
  return date.toISOString()
}

export async function seedTne(
  payload: Payload,
  accounts: { admin: number; aisne: number; herault: number },
): Promise<number> {
  const territories = await idsBy(payload, 'territories', 'slug')
  const names = new Map(
    (
      await payload.find({ collection: 'territories', pagination: false, depth: 0, select: { name: true, slug: true } })
    ).docs.map((t) => [t.slug, t.name]),
  )
  let created = 0
  if ((await payload.count({ collection: 'conventions', where: { year: { equals: 2023 } } })).totalDocs === 0)
    created += await seed2023(payload, territories, names)
  created += await seedToday(payload, territories, accounts)
  return created
}

async function seed2023(
  payload: Payload,
  territories: Map<string, number>,
  names: Map<string, string>,
): Promise<number> {
  let created = 0
  let day = 0
  for (const [slug, kinds] of Object.entries(CONVENTIONS_2023)) {
    const territory = territories.get(slug)!
    const file = await payload.create({
      collection: 'convention-files',
      data: { territory },
      file: { data: pdf(), mimetype: 'application/pdf', name: `conventions-2023-${slug}.pdf`, size: pdf().length },
      depth: 0,
    })
    created++
    for (const [kind, count] of Object.entries(kinds) as [PartnerKind, number][]) {
      for (let i = 1; i <= count; i++) {
        const existingName = i === 1 ? EXISTING[slug]?.[kind] : undefined
        const found = existingName
          ? (
              await payload.find({
                collection: 'partners',
                where: { name: { equals: existingName } },
                limit: 1,
                depth: 0,
              })
            ).docs[0]
          : undefined
        const partner =
          found ??
          (await payload.create({
            collection: 'partners',
            data: { name: NAMES[kind](names.get(slug)!, i), kind, territory, publicListing: i <= 2 },
            depth: 0,
          }))
        if (!found) created++
        day = (day % 330) + 7
        const signature = iso(2023, 1, 1 + day)
        await payload.create({
          collection: 'conventions',
          data: {
            territory,
            year: 2023,
            partner: partner.id,
            kind: 'partnership',
            object: 'Ateliers parents et numérique, formation de médiateurs',
            amountCents: (3 + ((i * 7) % 18)) * 100_000,
            signatureDate: signature,
            periodStart: iso(2023, 1, 1, 1),
            periodEnd: iso(2023, 12, 31, 1),
            planned: { workshops: 10, parents: 120, mediators: 3 },
            signedFile: file.id,
            status: i % 3 === 0 ? 'closed' : 'active',
            history: [{ from: 'sent', to: 'signed', at: signature }],
          },
          depth: 0,
          context: { [CONVENTION_TRANSITION]: true },
        })
        created++
      }
    }
    const [initiatives, professionals] = FIGURES_2023[slug]
    await payload.update({
      collection: 'territories',
      id: territory,
      data: { yearlyFigures: [{ year: 2023, initiatives, professionalsInTraining: professionals }] },
      depth: 0,
    })
  }

  // Parents' workshops in the pilots: 187 held, 2,536 parents (13 each, 14 for the first 105).
  const total = Object.values(PILOT_WORKSHOPS_2023).reduce((a, b) => a + b, 0)
  const base = Math.floor(PILOT_PARENTS_2023 / total)
  let extra = PILOT_PARENTS_2023 - base * total
  let n = 0
  for (const [slug, count] of Object.entries(PILOT_WORKSHOPS_2023)) {
    for (let i = 0; i < count; i++, n++) {
      const place = PLACES[slug][i % PLACES[slug].length]
      const theme = WORKSHOP_THEMES[n % WORKSHOP_THEMES.length]
      const participants = base + (extra-- > 0 ? 1 : 0)
      await payload.create({
        collection: 'workshops',
        data: {
          title: `${WORKSHOP_TITLES[theme]} (${place.commune}, 2023 n° ${i + 1})`,
          slug: `2023-${slug}-${i + 1}`,
          territory: territories.get(slug)!,
          format: PARENT_FORMATS[n % PARENT_FORMATS.length],
          theme,
          audience: (n % 3 === 0 ? 'parents_college' : 'parents_primary') as WorkshopAudience,
          startsAt: iso(2023, 1 + (i % 11), 3 + (i % 25)),
          commune: place.commune,
          venue: place.venue,
          latitude: place.lat,
          longitude: place.lng,
          capacity: 20,
          status: 'held',
          participants,
          published: false,
        },
        depth: 0,
      })
      created++
    }
  }
  for (const [slug, sessions] of Object.entries(TRAININGS_2023)) {
    for (const [i, participants] of sessions.entries()) {
      const place = PLACES[slug][0]
      await payload.create({
        collection: 'workshops',
        data: {
          title: `Formation de médiateurs numériques (${place.commune}, 2023 n° ${i + 1})`,
          slug: `2023-formation-${slug}-${i + 1}`,
          territory: territories.get(slug)!,
          format: 'mediator_training',
          theme: 'children_digital_uses',
          audience: 'professionals',
          startsAt: iso(2023, 3 + i * 4, 14, 9),
          commune: place.commune,
          venue: place.venue,
          capacity: 20,
          status: 'held',
          participants,
          published: false,
        },
        depth: 0,
      })
      created++
    }
  }
  return created
}

const WORKSHOP_TITLES: Record<WorkshopTheme, string> = {
  children_digital_uses: 'Écrans en famille : trouver le bon équilibre',
  school_digital_tools: 'Découvrir l’ENT et Pronote avec son enfant',
  code_robotics_ai: 'Code, robots et IA : on essaie en famille',
  video_games_esport: 'Jeux vidéo : comprendre pour accompagner',
  cyber_harassment: 'Cyberharcèlement : repérer, en parler, agir',
  safe_internet: 'Internet sans crainte : paramétrer, protéger',
}

/** Upcoming workshops of the agenda: [territory, theme, audience, format, days from today, place index]. */
const UPCOMING: [string, WorkshopTheme, WorkshopAudience, WorkshopFormat, number, number][] = [
  ['aisne', 'children_digital_uses', 'parents_primary', 'parents_cafe', 6, 0],
  ['aisne', 'cyber_harassment', 'parents_college', 'conference', 13, 1],
  ['aisne', 'code_robotics_ai', 'parents_primary', 'workshop', 27, 2],
  ['val-d-oise', 'school_digital_tools', 'parents_college', 'workshop', 9, 0],
  ['val-d-oise', 'video_games_esport', 'parents_college', 'escape_game', 20, 1],
  ['val-d-oise', 'safe_internet', 'parents_primary', 'drop_in', 34, 2],
  ['herault', 'cyber_harassment', 'parents_college', 'theatre', 11, 0],
  ['herault', 'children_digital_uses', 'parents_primary', 'forum', 24, 1],
  ['herault', 'school_digital_tools', 'parents_primary', 'workshop', 41, 2],
  ['bouches-du-rhone', 'video_games_esport', 'parents_college', 'conference', 16, 0],
]

async function createIfAbsent(payload: Payload, slug: string, create: () => Promise<unknown>): Promise<number> {
  if ((await payload.count({ collection: 'workshops', where: { slug: { equals: slug } } })).totalDocs > 0) return 0
  await create()
  return 1
}

/** The public presentation of the two territories that have demo coordinators, when still empty. */
const PRESENTATIONS: Record<
  string,
  {
    summary: string
    structure: { name: string; email: string; website: string }
    timeline: { schoolYear: string; title: string; description: string }[]
  }
> = {
  aisne: {
    summary:
      'Territoire pilote depuis 2020, l’Aisne accompagne les parents des écoles et des collèges dans les usages numériques de leurs enfants, avec les associations, les communes et le conseil départemental.',
    structure: {
      name: 'Coordination départementale TNE de l’Aisne',
      email: 'tne-aisne@portail.example',
      website: 'https://www.aisne.example',
    },
    timeline: [
      {
        schoolYear: '2020-2021',
        title: 'Lancement du programme',
        description: 'Premières conventions et formation des premiers médiateurs.',
      },
      {
        schoolYear: '2022-2023',
        title: 'Des ateliers dans tout le département',
        description: 'Cafés des parents et conférences dans les quatre arrondissements.',
      },
      {
        schoolYear: '2023-2024',
        title: 'Fin de la phase pilote',
        description: 'Bilan et transmission des formats aux partenaires.',
      },
    ],
  },
  herault: {
    summary:
      'Dans l’Hérault, 17 partenaires proposent des ateliers aux parents de 109 écoles sur 6 thèmes, dans 11 zones cibles.',
    structure: {
      name: 'Coordination départementale TNE de l’Hérault',
      email: 'tne-herault@portail.example',
      website: 'https://www.herault.example',
    },
    timeline: [
      {
        schoolYear: '2022-2023',
        title: 'Entrée dans le programme',
        description: 'Huit rencontres territoriales et 34 médiateurs formés.',
      },
      {
        schoolYear: '2023-2024',
        title: '145 ateliers proposés aux parents',
        description:
          'Usages numériques, outils de l’école, code et IA, jeux vidéo, cyberharcèlement, internet sans crainte.',
      },
    ],
  },
}

async function seedToday(
  payload: Payload,
  territories: Map<string, number>,
  accounts: { admin: number; aisne: number; herault: number },
): Promise<number> {
  let created = 0
  for (const [slug, presentation] of Object.entries(PRESENTATIONS)) {
    const id = territories.get(slug)!
    const current = await payload.findByID({ collection: 'territories', id, depth: 0, joins: false })
    if (current.summary || current.coordinatingStructure?.name) continue
    await payload.update({
      collection: 'territories',
      id,
      data: {
        summary: presentation.summary,
        coordinatingStructure: presentation.structure,
        timeline: presentation.timeline,
      },
      depth: 0,
    })
  }
  for (const [i, [slug, theme, audience, format, days, place]] of UPCOMING.entries()) {
    const p = PLACES[slug][place]
    created += await createIfAbsent(payload, `demo-${i + 1}-${slug}`, () =>
      payload.create({
        collection: 'workshops',
        data: {
          title: `${WORKSHOP_TITLES[theme]} — ${p.commune}`,
          slug: `demo-${i + 1}-${slug}`,
          territory: territories.get(slug)!,
          format,
          theme,
          audience,
          startsAt: inDays(days),
          durationMinutes: 120,
          description:
            'Un temps d’échange entre parents, animé par un médiateur numérique, avec des conseils concrets à appliquer à la maison. Gratuit.',
          commune: p.commune,
          venue: p.venue,
          latitude: p.lat,
          longitude: p.lng,
          capacity: 25,
          registration: 'Entrée libre, inscription conseillée auprès de la structure d’accueil.',
          status: 'planned',
          published: true,
        },
        depth: 0,
      }),
    )
  }
  // A workshop held three days ago, with parents' answers to its questionnaire.
  const held = 'demo-atelier-realise-laon'
  if ((await payload.count({ collection: 'workshops', where: { slug: { equals: held } } })).totalDocs === 0) {
    const p = PLACES.aisne[0]
    const workshop = await payload.create({
      collection: 'workshops',
      data: {
        title: 'Écrans en famille — atelier réalisé à Laon',
        slug: held,
        territory: territories.get('aisne')!,
        format: 'workshop',
        theme: 'children_digital_uses',
        audience: 'parents_primary',
        startsAt: inDays(-3),
        commune: p.commune,
        venue: p.venue,
        latitude: p.lat,
        longitude: p.lng,
        capacity: 20,
        status: 'held',
        participants: 16,
        published: true,
      },
      depth: 0,
    })
    created++
    const form = (
      await payload.find({
        collection: 'forms',
        where: { isParentsQuestionnaire: { equals: true } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]
    if (form) {
      const answers: [string, string, string][] = [
        ['4', 'oui', 'oui'],
        ['4', 'oui', 'oui'],
        ['3', 'un-peu', 'oui'],
        ['3', 'oui', 'oui'],
        ['2', 'un-peu', 'non'],
        ['4', 'oui', 'oui'],
      ]
      for (const [satisfaction, utilite, recommandation] of answers) {
        await payload.create({
          collection: 'form-submissions',
          data: {
            form: form.id,
            workshop: workshop.id,
            submissionData: [
              { field: 'satisfaction', value: satisfaction },
              { field: 'utilite', value: utilite },
              { field: 'recommandation', value: recommandation },
              { field: 'enfants', value: String(1 + randomInt(3)) },
            ],
          },
          depth: 0,
        })
        created++
      }
    }
  }
  // Conventions of the current year at several stages, with fund calls.
  const year = new Date().getFullYear()
  if ((await payload.count({ collection: 'conventions', where: { year: { equals: year } } })).totalDocs === 0) {
    const aisne = territories.get('aisne')!
    const herault = territories.get('herault')!
    const partnerOf = async (territory: number) =>
      (
        await payload.find({
          collection: 'partners',
          where: { territory: { equals: territory } },
          limit: 1,
          depth: 0,
          sort: 'createdAt',
        })
      ).docs[0]!.id
    for (const [territory, status] of [
      [aisne, 'draft'],
      [aisne, 'sent'],
      [herault, 'draft'],
    ] as const) {
      // As the lifecycle requires: a convention sent to its partner has its amount and its period, and says when it went.
      const sent = status === 'sent'
      await payload.create({
        collection: 'conventions',
        data: {
          territory,
          year,
          partner: await partnerOf(territory),
          kind: 'partnership',
          object: 'Ateliers parents et numérique',
          amountCents: 800_000,
          status,
          ...(sent
            ? {
                periodStart: inDays(30, 12),
                periodEnd: inDays(395, 12),
                history: [{ from: 'draft', to: 'sent', at: inDays(-7, 12) }],
              }
            : { history: [] }),
        },
        depth: 0,
        context: { [CONVENTION_TRANSITION]: true },
      })
      created++
    }
    for (const [territory, requester] of [
      [aisne, accounts.aisne],
      [herault, accounts.herault],
    ] as const) {
      const file = await payload.create({
        collection: 'convention-files',
        data: { territory },
        file: {
          data: pdf(),
          mimetype: 'application/pdf',
          name: `convention-${year}-territoire-${territory}.pdf`,
          size: pdf().length,
        },
        depth: 0,
      })
      const convention = await payload.create({
        collection: 'conventions',
        data: {
          territory,
          year,
          partner: await partnerOf(territory),
          kind: 'partnership',
          object: 'Parcours de formation des médiateurs',
          amountCents: 1_200_000,
          signatureDate: inDays(-60, 12),
          periodStart: inDays(-60, 12),
          periodEnd: inDays(300, 12),
          signedFile: file.id,
          status: 'active',
          history: [],
        },
        depth: 0,
        context: { [CONVENTION_TRANSITION]: true },
      })
      const call = (label: string, amountCents: number) =>
        payload.create({
          collection: 'fund-calls',
          data: { convention: convention.id, label, amountCents, requestDate: inDays(-20, 12), requestedBy: requester },
          depth: 0,
        })
      const admin = (await payload.findByID({ collection: 'users', id: accounts.admin, depth: 0 })) as User
      const first = await call('Premier versement (50 %)', 600_000)
      await transitionFundCall(payload, { fundCallId: first.id, to: 'approved', user: admin })
      await transitionFundCall(payload, { fundCallId: first.id, to: 'paid', user: admin })
      await call('Second versement (solde)', 600_000)
      created += 4
    }
  }
  return created
}
