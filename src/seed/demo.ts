import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import type { Role } from '@/domain/access/roles'
import type { SiteKind } from '@/domain/sites/kinds'
import type { Env } from '@/env'

import { demoLegalSettings, parentalitePages, projetsPages } from './content'
import { seedEditorial } from './editorial'
import { seedHistory } from './history-demo'
import { seedProjects } from './projects'
import { seedReceipts } from './receipts'
import { seedSignature } from './signature'
import { seedProgrammes, seedSponsors } from './sponsors'
import { seedTne } from './tne'
import { bootstrapSites } from './sites'
import { createIfMissing, idsBy } from './upsert'

/** Development only: every demo account uses this password (README, "Demo accounts"). */
export const DEMO_PASSWORD = 'demo-portail-2026'

export const DEMO_ACCOUNTS: {
  email: string
  firstName: string
  lastName: string
  roles: Role[]
  territories?: string[]
  structures?: string[]
  sponsors?: string[]
}[] = [
  { email: 'admin@portail.example', firstName: 'Alice', lastName: 'Administratrice', roles: ['admin'] },
  { email: 'editrice@portail.example', firstName: 'Emma', lastName: 'Éditrice', roles: ['editor'] },
  { email: 'moderateur@portail.example', firstName: 'Marc', lastName: 'Modérateur', roles: ['moderator'] },
  {
    email: 'coordinatrice.aisne@portail.example',
    firstName: 'Claire',
    lastName: 'Coordinatrice',
    roles: ['coordinator'],
    territories: ['aisne'],
  },
  {
    email: 'coordinateur.herault@portail.example',
    firstName: 'Hugo',
    lastName: 'Coordinateur',
    roles: ['coordinator'],
    territories: ['herault'],
  },
  {
    email: 'gestionnaire.occe95@portail.example',
    firstName: 'Gaëlle',
    lastName: 'Gestionnaire',
    roles: ['structure-manager'],
    structures: ['OCCE 95'],
  },
  {
    email: 'gestionnaire.touleuses@portail.example',
    firstName: 'Thomas',
    lastName: 'Gestionnaire',
    roles: ['structure-manager'],
    structures: ['Collège Les Touleuses (EPLE)'],
  },
  {
    email: 'gestionnaire.fonds@portail.example',
    firstName: 'Fanny',
    lastName: 'Gestionnaire',
    roles: ['structure-manager'],
    structures: ['Association Réussir ensemble (fonds solidaire)'],
  },
  { email: 'enseignante@portail.example', firstName: 'Inès', lastName: 'Enseignante', roles: ['teacher'] },
  { email: 'donateur@portail.example', firstName: 'Damien', lastName: 'Donateur', roles: ['donor'] },
  {
    email: 'mecene@portail.example',
    firstName: 'Sophie',
    lastName: 'Mécène',
    roles: ['sponsor'],
    sponsors: ['Énergies Vertes'],
  },
]

const DEMO_ESTABLISHMENTS = [
  {
    uai: '0951234A',
    name: 'École élémentaire Jean-Jaurès',
    kind: 'ecole_elementaire',
    sector: 'public',
    postcode: '95100',
    commune: 'Argenteuil',
    department: '95',
    priorityEducation: 'rep_plus',
    isolatedRural: false,
  },
  {
    uai: '0952345B',
    name: 'Collège Les Touleuses',
    kind: 'college',
    sector: 'public',
    postcode: '95000',
    commune: 'Cergy',
    department: '95',
    priorityEducation: 'rep',
    isolatedRural: false,
  },
  {
    uai: '0021234C',
    name: 'École primaire du Bourg',
    kind: 'ecole_primaire',
    sector: 'public',
    postcode: '02140',
    commune: 'Vervins',
    department: '02',
    priorityEducation: 'none',
    isolatedRural: true,
  },
  {
    uai: '0341234D',
    name: 'Lycée professionnel Jean-Mermoz',
    kind: 'lycee_pro',
    sector: 'public',
    postcode: '34000',
    commune: 'Montpellier',
    department: '34',
    priorityEducation: 'none',
    isolatedRural: false,
  },
  {
    uai: '0131234E',
    name: 'Collège Sainte-Marie',
    kind: 'college',
    sector: 'private_contract',
    postcode: '13001',
    commune: 'Marseille',
    department: '13',
    priorityEducation: 'none',
    isolatedRural: false,
  },
  {
    uai: '0591234F',
    name: 'École maternelle Les Tilleuls',
    kind: 'ecole_maternelle',
    sector: 'public',
    postcode: '59100',
    commune: 'Roubaix',
    department: '59',
    priorityEducation: 'rep_plus',
    isolatedRural: false,
  },
  {
    uai: '0691234G',
    name: 'Lycée Ampère',
    kind: 'lycee_gt',
    sector: 'public',
    postcode: '69002',
    commune: 'Lyon',
    department: '69',
    priorityEducation: 'none',
    isolatedRural: false,
  },
  {
    uai: '0291234H',
    name: 'École élémentaire de Plouguerneau',
    kind: 'ecole_elementaire',
    sector: 'public',
    postcode: '29880',
    commune: 'Plouguerneau',
    department: '29',
    priorityEducation: 'none',
    isolatedRural: true,
  },
  {
    uai: '0381234J',
    name: 'Collège Le Grésivaudan',
    kind: 'college',
    sector: 'public',
    postcode: '38330',
    commune: 'Saint-Ismier',
    department: '38',
    priorityEducation: 'none',
    isolatedRural: false,
  },
  {
    uai: '9711234K',
    name: 'École primaire Bois-Jolan',
    kind: 'ecole_primaire',
    sector: 'public',
    postcode: '97180',
    commune: 'Sainte-Anne',
    department: '971',
    priorityEducation: 'rep',
    isolatedRural: false,
  },
  {
    uai: '0941234L',
    name: 'Lycée professionnel Jean-Macé',
    kind: 'lycee_pro',
    sector: 'public',
    postcode: '94400',
    commune: 'Vitry-sur-Seine',
    department: '94',
    priorityEducation: 'none',
    isolatedRural: false,
  },
] as const

const RECEIPTS = { eligibleForReceipts: true } as const
const DEMO_STRUCTURES = [
  {
    name: 'OCCE 95',
    kind: 'school_cooperative',
    legalId: 'W951000001',
    address: 'Association départementale OCCE du Val-d’Oise\n2 rue des Écoles\n95000 Cergy',
    department: '95',
    ...RECEIPTS,
    issuerCode: 'OCCE95',
    purpose:
      'Développer la coopération à l’école et soutenir les projets éducatifs des coopératives scolaires du Val-d’Oise',
    signatory: { name: 'Bernard Lefèvre', role: 'Président de l’association départementale' },
  },
  {
    name: 'Collège Les Touleuses (EPLE)',
    kind: 'eple',
    legalId: '199512345',
    address: 'Rue des Touleuses\n95000 Cergy',
    department: '95',
    ...RECEIPTS,
    issuerCode: 'TOULEUSES',
    purpose: 'Établissement public local d’enseignement : actions éducatives du collège',
    signatory: { name: 'Nadia Benali', role: 'Principale, ordonnatrice' },
  },
  {
    name: 'Association Réussir ensemble (fonds solidaire)',
    kind: 'other_association',
    legalId: 'W751000042',
    address: '10 rue de l’Éducation\n75005 Paris',
    department: '75',
    ...RECEIPTS,
    issuerCode: 'SOLIDAIRE',
    purpose: 'Porter le fonds solidaire qui abonde les projets d’écoles des territoires les moins favorisés',
    signatory: { name: 'Paul Moreau', role: 'Trésorier' },
  },
] as const

const DEMO_PARTNERS = [
  {
    name: 'Association Familles et Écrans de l’Aisne',
    kind: 'association',
    territory: 'aisne',
    siret: '12345678900011',
  },
  { name: 'Commune de Lunel', kind: 'commune', territory: 'herault', siret: '21340145100019' },
] as const

const DEMO_SITE_CONTENT = {
  projets: { pages: projetsPages, contactEmail: 'contact-projets@portail.example' },
  parentalite: { pages: parentalitePages, contactEmail: 'parentalite@portail.example' },
} as const

/**
 * The demo set: both sites with navigation and pages, one account per role, a few schools,
 * structures and partners. Creates what is missing, never changes what exists. Refuses to run in
 * production (known passwords).
 */
export async function seedDemo(payload: Payload, env: Env): Promise<{ created: number }> {
  if (env.isProduction)
    throw new Error('The demo seed never runs in production: it creates accounts with a known password.')
  let created = 0
  const count = <T extends { created: boolean }>(result: T): T => {
    if (result.created) created++
    return result
  }
  const editorConfig = await editorConfigFactory.default({ config: payload.config })

  // The sites as production creates them, then the demo's texts in the pages nobody has edited yet.
  const sites = await bootstrapSites(payload, env)
  created += sites.created
  const tenantIds = sites.tenantIds
  for (const [slug, { pages, contactEmail }] of Object.entries(DEMO_SITE_CONTENT) as [
    SiteKind,
    (typeof DEMO_SITE_CONTENT)[SiteKind],
  ][]) {
    const tenantId = tenantIds[slug]
    const settings = (
      await payload.find({ collection: 'site-settings', where: { tenant: { equals: tenantId } }, limit: 1, depth: 0 })
    ).docs[0]
    if (settings && !settings.contact?.email)
      await payload.update({
        collection: 'site-settings',
        id: settings.id,
        data: { contact: { ...settings.contact, email: contactEmail } },
        depth: 0,
      })
    // The demo's declaration (an audit) and legal notice, in place of the first day's.
    if (settings && !settings.accessibility?.auditDate)
      await payload.update({
        collection: 'site-settings',
        id: settings.id,
        data: demoLegalSettings(contactEmail) as never,
        depth: 0,
      })
    for (const [pageSlug, page] of Object.entries(pages)) {
      const existing = (
        await payload.find({
          collection: 'pages',
          where: { and: [{ tenant: { equals: tenantId } }, { slug: { equals: pageSlug } }] },
          limit: 1,
          depth: 0,
        })
      ).docs[0]
      if (!existing?.placeholder) continue
      await payload.update({
        collection: 'pages',
        id: existing.id,
        data: {
          title: page.title,
          intro: page.intro,
          content: convertMarkdownToLexical({ editorConfig, markdown: page.markdown }) as never,
          layout: page.layout,
          placeholder: false,
          _status: 'published',
        },
        depth: 0,
      })
      created++
    }
  }

  const departments = await idsBy(payload, 'departments', 'code')
  const territories = await idsBy(payload, 'territories', 'slug')
  for (const { department, ...school } of DEMO_ESTABLISHMENTS) {
    count(
      await createIfMissing(
        payload,
        'establishments',
        { uai: { equals: school.uai } },
        { ...school, department: departments.get(department)! },
      ),
    )
  }
  const structures = new Map<string, number>()
  for (const { department, ...structure } of DEMO_STRUCTURES) {
    const result = count(
      await createIfMissing(
        payload,
        'structures',
        { name: { equals: structure.name } },
        { ...structure, department: departments.get(department)! },
      ),
    )
    structures.set(structure.name, Number(result.id))
    // OCCE 95's receipts print its president's signature.
    if (result.created && structure.issuerCode === 'OCCE95') await seedSignature(payload, Number(result.id))
  }
  for (const { territory, ...partner } of DEMO_PARTNERS) {
    count(
      await createIfMissing(
        payload,
        'partners',
        { name: { equals: partner.name } },
        { ...partner, territory: territories.get(territory)! },
      ),
    )
  }
  const sponsors = await seedSponsors(payload, tenantIds.projets)
  created += sponsors.created
  const accounts = new Map<string, number>()
  for (const account of DEMO_ACCOUNTS) {
    const result = count(
      await createIfMissing(
        payload,
        'users',
        { email: { equals: account.email } },
        {
          email: account.email,
          password: DEMO_PASSWORD,
          firstName: account.firstName,
          lastName: account.lastName,
          roles: account.roles,
          // Demo accounts are ready to use: no verification e-mail to open.
          _verified: true,
          territories: account.territories?.map((slug) => territories.get(slug)!),
          structures: account.structures?.map((name) => structures.get(name)!),
          sponsors: account.sponsors?.map((name) => sponsors.ids.get(name)!),
        },
      ),
    )
    accounts.set(account.email, Number(result.id))
  }
  const settings = await payload.findGlobal({ slug: 'solidarity-fund-settings', depth: 0 })
  if (!settings.holder)
    await payload.updateGlobal({
      slug: 'solidarity-fund-settings',
      data: { holder: structures.get('Association Réussir ensemble (fonds solidaire)')! },
    })
  created += await seedEditorial(payload, { projets: tenantIds.projets, parentalite: tenantIds.parentalite })
  created += await seedProjects(payload, {
    ownerId: accounts.get('enseignante@portail.example')!,
    structureId: structures.get('OCCE 95')!,
  })
  created += await seedReceipts(payload)
  created += await seedProgrammes(payload, sponsors.ids)
  created += await seedTne(payload, {
    admin: accounts.get('admin@portail.example')!,
    aisne: accounts.get('coordinatrice.aisne@portail.example')!,
    herault: accounts.get('coordinateur.herault@portail.example')!,
  })
  created += await seedHistory(payload)
  return { created }
}
