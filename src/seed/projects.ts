import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { TRANSITION_CONTEXT } from '@/domain/write-context'
import { parisDate } from '@/domain/projects/campaign-window'
import type { ProjectStatus } from '@/domain/projects/status'
import { slugify } from '@/domain/text/slugify'
import type { Project } from '@/payload-types'

import { seedGifts, seedPendingGifts } from './gifts'
import { CLOSED_DEMO_STATUSES, closeDemoCampaign, seedFund } from './outcomes'
import { demoScene, sceneAlt } from './pictures'
import { DEFAULT_SCENES, PROJECT_STORIES } from './project-stories'
import { idsBy } from './upsert'

type Spec = {
  title: string
  uai: string
  level: 'ecole' | 'college' | 'lycee'
  kind: NonNullable<Project['kind']>
  nights?: number
  pupils: number
  themes: string[]
  summary: string
  minimum: number // euros, for readability here; stored in cents
  optimum: number
  status: ProjectStatus
  /** Campaign start, in days from today (negative: in the past), and its length in days. */
  startIn: number
  days: number
  collected?: number
  donors?: number
  courteEchelle?: boolean
  inclusive?: boolean
  /** A SEPA debit and a bank transfer on their way. */
  pendingGifts?: boolean
}

/**
 * About twenty demo projects across every state, several académies, levels and themes, with
 * campaign dates around the day the seed runs (figures in the range of the 2023 report: average
 * minimum 956 €, average optimum 2 740 €).
 */
const SPECS: Spec[] = [
  {
    title: 'Classe de mer à Plouguerneau',
    uai: '0291234H',
    level: 'ecole',
    kind: 'stay_with_nights',
    nights: 4,
    pupils: 24,
    themes: ['sciences', 'developpement-durable'],
    summary: 'Cinq jours sur l’estran pour découvrir la faune et la flore marines.',
    minimum: 1_800,
    optimum: 3_200,
    status: 'collecting',
    startIn: -10,
    days: 45,
    collected: 1_240,
    donors: 23,
    courteEchelle: true,
  },
  {
    title: 'Une chorale pour l’école Jean-Jaurès',
    uai: '0951234A',
    level: 'ecole',
    kind: 'creation_show',
    pupils: 52,
    themes: ['arts-et-culture'],
    summary: 'Des séances avec un chef de chœur et un concert de fin d’année ouvert aux familles.',
    minimum: 900,
    optimum: 1_600,
    status: 'collecting',
    startIn: -20,
    days: 30,
    collected: 870,
    donors: 19,
    courteEchelle: true,
  },
  {
    title: 'Robots et codage au collège',
    uai: '0952345B',
    level: 'college',
    kind: 'equipment',
    pupils: 90,
    themes: ['numerique', 'sciences'],
    summary: 'Six robots programmables pour initier les élèves de 5e au code.',
    minimum: 1_200,
    optimum: 2_000,
    status: 'collecting',
    startIn: -3,
    days: 40,
    collected: 150,
    donors: 4,
    courteEchelle: true,
  },
  {
    title: 'Le potager de la maternelle',
    uai: '0591234F',
    level: 'ecole',
    kind: 'equipment',
    pupils: 75,
    themes: ['developpement-durable', 'sante-et-alimentation'],
    summary: 'Des bacs, des outils à leur taille et des graines pour un potager cultivé toute l’année.',
    minimum: 450,
    optimum: 800,
    status: 'collecting',
    startIn: -25,
    days: 35,
    collected: 610,
    donors: 14,
    courteEchelle: true,
  },
  {
    title: 'Échange avec un lycée de Séville',
    uai: '0691234G',
    level: 'lycee',
    kind: 'international_trip',
    nights: 6,
    pupils: 30,
    themes: ['echanges-interculturels-et-international'],
    summary: 'Une semaine d’échange linguistique et culturel avec nos correspondants andalous.',
    minimum: 4_500,
    optimum: 8_000,
    status: 'collecting',
    startIn: -5,
    days: 60,
    collected: 950,
    donors: 12,
  },
  {
    title: 'Classe de neige en Isère',
    uai: '0381234J',
    level: 'college',
    kind: 'stay_with_nights',
    nights: 5,
    pupils: 48,
    themes: ['sport'],
    summary: 'Ski de fond, raquettes et découverte de la montagne pour deux classes de 6e.',
    minimum: 3_000,
    optimum: 5_500,
    status: 'collecting',
    startIn: -30,
    days: 38,
    collected: 2_750,
    donors: 41,
    pendingGifts: true,
  },
  {
    title: 'Jardin créole pédagogique',
    uai: '9711234K',
    level: 'ecole',
    kind: 'outing',
    pupils: 28,
    themes: ['sante-et-alimentation', 'developpement-durable'],
    summary: 'Des sorties au jardin botanique et la création d’un jardin créole dans la cour.',
    minimum: 700,
    optimum: 1_200,
    status: 'collecting',
    startIn: -12,
    days: 30,
    collected: 320,
    donors: 9,
    courteEchelle: true,
  },
  {
    title: 'Atelier de réparation de vélos',
    uai: '0941234L',
    level: 'lycee',
    kind: 'equipment',
    pupils: 36,
    themes: ['developpement-durable', 'citoyennete'],
    summary: 'Un atelier de mécanique cycle ouvert aux habitants du quartier, animé par les élèves.',
    minimum: 2_200,
    optimum: 3_500,
    status: 'collecting',
    startIn: -8,
    days: 50,
    collected: 400,
    donors: 7,
    courteEchelle: true,
    inclusive: true,
  },
  {
    title: 'Classe de découverte dans le Vercors',
    uai: '0951234A',
    level: 'ecole',
    kind: 'stay_with_nights',
    nights: 5,
    pupils: 26,
    themes: ['sport', 'sciences'],
    summary: 'Cinq jours en montagne pour découvrir la forêt, les alpages et la vie d’un refuge.',
    minimum: 2_400,
    optimum: 3_600,
    status: 'collecting',
    startIn: -6,
    days: 45,
    collected: 980,
    donors: 14,
    courteEchelle: true,
  },
  {
    title: 'Théâtre et langue des signes',
    uai: '0021234C',
    level: 'ecole',
    kind: 'creation_show',
    pupils: 22,
    themes: ['inclusion-et-handicap', 'arts-et-culture'],
    summary: 'Une pièce jouée en français et en langue des signes avec une compagnie professionnelle.',
    minimum: 1_100,
    optimum: 1_900,
    status: 'scheduled',
    startIn: 5,
    days: 30,
    courteEchelle: true,
    inclusive: true,
  },
  {
    title: 'Sortie au planétarium',
    uai: '0131234E',
    level: 'college',
    kind: 'outing',
    pupils: 60,
    themes: ['sciences'],
    summary: 'Une journée au planétarium et un atelier d’astronomie.',
    minimum: 600,
    optimum: 1_000,
    status: 'awaiting_school_validation',
    startIn: 15,
    days: 30,
  },
  {
    title: 'Webradio du collège',
    uai: '0952345B',
    level: 'college',
    kind: 'equipment',
    pupils: 40,
    themes: ['numerique', 'citoyennete'],
    summary: 'Micros, table de mixage et formation pour lancer la webradio des élèves.',
    minimum: 1_500,
    optimum: 2_400,
    status: 'in_review',
    startIn: 20,
    days: 45,
  },
  {
    title: 'Des livres pour la BCD',
    uai: '0951234A',
    level: 'ecole',
    kind: 'equipment',
    pupils: 180,
    themes: ['arts-et-culture'],
    summary: 'Renouveler les albums et les documentaires de la bibliothèque de l’école.',
    minimum: 800,
    optimum: 1_500,
    status: 'submitted',
    startIn: 25,
    days: 40,
  },
  {
    title: 'Olympiades inter-écoles',
    uai: '0291234H',
    level: 'ecole',
    kind: 'outing',
    pupils: 110,
    themes: ['sport'],
    summary: 'Une journée sportive avec trois écoles rurales voisines.',
    minimum: 500,
    optimum: 900,
    status: 'changes_requested',
    startIn: 30,
    days: 30,
  },
  {
    title: 'Court-métrage sur le harcèlement',
    uai: '0691234G',
    level: 'lycee',
    kind: 'creation_show',
    pupils: 25,
    themes: ['citoyennete', 'numerique'],
    summary: 'Écrire, tourner et monter un court-métrage de prévention.',
    minimum: 1_300,
    optimum: 2_200,
    status: 'draft',
    startIn: 40,
    days: 45,
  },
  {
    title: 'Voyage à la mer de la maternelle',
    uai: '0591234F',
    level: 'ecole',
    kind: 'outing',
    pupils: 50,
    themes: ['developpement-durable'],
    summary: 'Une première fois à la mer pour les enfants de grande section.',
    minimum: 950,
    optimum: 1_700,
    status: 'succeeded',
    startIn: -70,
    days: 45,
    collected: 1_420,
    donors: 31,
    courteEchelle: true,
  },
  {
    title: 'Fresque participative',
    uai: '0341234D',
    level: 'lycee',
    kind: 'creation_show',
    pupils: 32,
    themes: ['arts-et-culture'],
    summary: 'Une fresque réalisée avec un artiste du quartier sur le mur du préau.',
    minimum: 1_600,
    optimum: 2_800,
    status: 'funds_released',
    startIn: -120,
    days: 40,
    collected: 2_050,
    donors: 38,
    courteEchelle: true,
  },
  {
    title: 'Découverte de la Corse',
    uai: '0131234E',
    level: 'college',
    kind: 'stay_with_nights',
    nights: 3,
    pupils: 45,
    themes: ['echanges-interculturels-et-international', 'sport'],
    summary: 'Randonnée et patrimoine pour deux classes de 4e.',
    minimum: 4_800,
    optimum: 7_000,
    status: 'failed',
    startIn: -90,
    days: 60,
    collected: 2_100,
    donors: 29,
  },
  {
    title: 'Imprimante 3D pour la SEGPA',
    uai: '0381234J',
    level: 'college',
    kind: 'equipment',
    pupils: 16,
    themes: ['numerique', 'inclusion-et-handicap'],
    summary: 'Fabriquer des objets utiles pour l’école et apprendre la modélisation.',
    minimum: 900,
    optimum: 1_400,
    status: 'realised',
    startIn: -200,
    days: 30,
    collected: 1_400,
    donors: 26,
    inclusive: true,
    courteEchelle: true,
  },
  {
    title: 'Classe verte dans les Vosges',
    uai: '0021234C',
    level: 'ecole',
    kind: 'stay_with_nights',
    nights: 2,
    pupils: 20,
    themes: ['sciences', 'sport'],
    summary: 'Deux nuits en gîte pour observer la forêt.',
    minimum: 1_000,
    optimum: 1_800,
    status: 'settling',
    startIn: -40,
    days: 39,
    collected: 1_050,
    donors: 22,
    courteEchelle: true,
  },
  {
    title: 'Atelier cuisine du monde',
    uai: '9711234K',
    level: 'ecole',
    kind: 'other',
    pupils: 26,
    themes: ['sante-et-alimentation', 'echanges-interculturels-et-international'],
    summary: 'Cuisiner avec les familles des recettes de tous les continents.',
    minimum: 400,
    optimum: 700,
    status: 'rejected',
    startIn: 10,
    days: 20,
  },
  {
    title: 'Tablettes pour la classe ULIS',
    uai: '0941234L',
    level: 'lycee',
    kind: 'equipment',
    pupils: 12,
    themes: ['numerique', 'inclusion-et-handicap'],
    summary: 'Des tablettes adaptées aux élèves en situation de handicap.',
    minimum: 2_000,
    optimum: 3_000,
    status: 'withdrawn',
    startIn: 20,
    days: 30,
    inclusive: true,
  },
]

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** Creates the demo projects that are missing (matched by title), owned by the demo teacher. */
export async function seedProjects(
  payload: Payload,
  { ownerId, structureId }: { ownerId: number; structureId: number },
  now = new Date(),
): Promise<number> {
  const existing = await idsBy(payload, 'projects', 'title')
  const establishments = await idsBy(payload, 'establishments', 'uai')
  const themes = await idsBy(payload, 'themes', 'slug')
  const today = parisDate(now)
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  let created = 0
  for (const spec of SPECS) {
    if (existing.has(spec.title)) continue
    const startDate = addDays(today, spec.startIn)
    const story = PROJECT_STORIES[spec.title]
    const scene = story?.scene ?? DEFAULT_SCENES[spec.kind]
    // A cover, and two more pictures for the projects whose story is written.
    const pictureCount = story?.description ? 3 : 1
    const pictures: number[] = []
    for (let variant = 0; variant < pictureCount; variant++) {
      const picture = await demoScene(scene, variant + spec.title.length)
      const doc = await payload.create({
        collection: 'project-pictures',
        data: { alt: sceneAlt(scene, variant, pictureCount) },
        file: {
          data: picture,
          mimetype: 'image/png',
          name: `${slugify(spec.title)}-${variant + 1}.png`,
          size: picture.length,
        },
        depth: 0,
      })
      pictures.push(doc.id)
    }
    const [coverId, ...galleryIds] = pictures
    const project = await payload.create({
      collection: 'projects',
      data: {
        title: spec.title,
        slug: slugify(spec.title),
        owner: ownerId,
        establishment: establishments.get(spec.uai)!,
        structure: structureId,
        level: spec.level,
        kind: spec.kind,
        nights: spec.nights,
        pupils: spec.pupils,
        themes: spec.themes.map((slug) => themes.get(slug)!),
        summary: spec.summary,
        description: story?.description
          ? (convertMarkdownToLexical({ editorConfig, markdown: story.description }) as never)
          : undefined,
        pedagogicalGoals: story?.goals,
        budgetLines: (story?.budget ?? [['Budget prévisionnel', spec.optimum]]).map(([label, euros]) => ({
          label,
          amountCents: euros * 100,
        })),
        minimumGoalCents: spec.minimum * 100,
        optimumGoalCents: spec.optimum * 100,
        minimumCapOverride: spec.minimum > 5_000,
        startDate,
        endDate: addDays(startDate, spec.days - 1),
        stopAtOptimum: true,
        schoolHead: { name: 'La direction', email: `direction.${spec.uai.toLowerCase()}@example.org` },
        status: CLOSED_DEMO_STATUSES.includes(spec.status) ? 'settling' : spec.status,
        // The demo gifts below bring the totals up, through the real payment path.
        collectedCents: 0,
        donorCount: 0,
        courteEchelle: Boolean(spec.courteEchelle),
        inclusive: Boolean(spec.inclusive),
        cover: coverId,
        gallery: galleryIds,
      },
      depth: 0,
      // Demo data: put each project straight into its state, as the machine would have.
      context: { [TRANSITION_CONTEXT]: true },
    })
    await payload.update({
      collection: 'project-pictures',
      where: { id: { in: pictures } },
      data: { project: project.id },
      depth: 0,
    })
    // Before the gifts: nobody is e-mailed the demo's news.
    for (const news of story?.news ?? []) {
      await payload.create({
        collection: 'project-news',
        data: { project: project.id, title: news.title, body: news.body, visibility: 'public', author: ownerId },
        depth: 0,
      })
      created++
    }
    created +=
      1 +
      (await seedGifts(payload, project.id, {
        collectedCents: (spec.collected ?? 0) * 100,
        donors: spec.donors ?? 0,
        seed: created,
      }))
    if (spec.pendingGifts) created += await seedPendingGifts(payload, project.id, now)
    if (CLOSED_DEMO_STATUSES.includes(spec.status)) await closeDemoCampaign(payload, project.id, ownerId, spec.status)
  }
  const [seaClass] = (
    await payload.find({
      collection: 'projects',
      where: { slug: { equals: 'classe-de-mer-a-plouguerneau' } },
      limit: 1,
      depth: 0,
    })
  ).docs
  created += await seedFund(payload, seaClass?.status === 'collecting' ? seaClass.id : undefined)
  if (
    seaClass &&
    (await payload.count({ collection: 'project-news', where: { project: { equals: seaClass.id } } })).totalDocs === 0
  ) {
    await payload.create({
      collection: 'project-news',
      data: {
        project: seaClass.id,
        title: 'Le car est réservé !',
        body: 'Grâce à vos premiers dons, le transport jusqu’à Plouguerneau est assuré. Merci !',
        visibility: 'public',
        author: ownerId,
      },
      depth: 0,
    })
    created++
  }
  return created
}
