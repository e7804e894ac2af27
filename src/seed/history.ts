/**
 * A generated export of the former platform (issue 9), in the exact layout `npm run import:legacy`
 * reads: deterministic (seeded), with the structured rows beside the CSV text so that tests compute
 * the expected figures on their own. Used by the demo seed (the 2018–2023 figures of the GIP's
 * report), the integration test and `npm run bench:stats`.
 */
import { stringify } from 'csv-stringify/sync'

import { CAMPAIGN_COLUMNS, GIFT_COLUMNS } from '@/domain/history/legacy-rows'

import { academies } from './data/academies'
import { departments } from './data/departments'
import { themes } from './data/themes'

/** Targets of one year: campaigns completed by degree, successes by degree, average collected. */
export type YearTarget = {
  year: number
  first: number
  second: number
  succeededFirst: number
  succeededSecond: number
  averageCollectedEuros: number
}

/**
 * The report's table (../shared/data/activity-report-2023.md): completed campaigns by degree and
 * average collected as published; successes chosen so that each degree's rounded rate is the
 * published one (the published overall rates do not always follow from those: source figures).
 */
export const REPORT_2018_2023: YearTarget[] = [
  { year: 2018, first: 102, second: 52, succeededFirst: 92, succeededSecond: 31, averageCollectedEuros: 1010 },
  { year: 2019, first: 329, second: 305, succeededFirst: 276, succeededSecond: 189, averageCollectedEuros: 1237 },
  { year: 2020, first: 216, second: 175, succeededFirst: 166, succeededSecond: 103, averageCollectedEuros: 1187 },
  { year: 2021, first: 109, second: 73, succeededFirst: 105, succeededSecond: 71, averageCollectedEuros: 1414 },
  { year: 2022, first: 341, second: 178, succeededFirst: 307, succeededSecond: 155, averageCollectedEuros: 1424 },
  { year: 2023, first: 640, second: 402, succeededFirst: 614, succeededSecond: 354, averageCollectedEuros: 1406 },
]

export type GeneratedCampaign = {
  id: string
  title: string
  uai: string
  school: string
  level: 'école' | 'collège' | 'lycée'
  departmentCode: string
  academy: string
  themes: string[]
  kind: string
  minimumCents: number
  optimumCents: number
  startDate: string
  endDate: string
  outcome: 'réussie' | 'échouée'
  collectedCents: number
  courteEchelle: boolean
}

export type GeneratedGift = {
  id: string
  campaignId: string
  date: string
  amountCents: number
  donorType: 'particulier' | 'entreprise'
  email: string
  choice: 'remboursement' | 'fonds_solidaire' | ''
  status: 'payé' | 'remboursé' | 'réaffecté'
  receipt: boolean
}

/** mulberry32: a small seeded generator, the same rows on every machine. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The report's top départements first (more projects), then a few others. */
const DEPARTMENT_WEIGHTS: [string, number][] = [
  ['95', 14],
  ['59', 11],
  ['94', 10],
  ['75', 9],
  ['91', 8],
  ['13', 7],
  ['69', 6],
  ['33', 5],
  ['92', 5],
  ['93', 5],
  ['02', 3],
  ['34', 3],
  ['29', 2],
  ['38', 2],
  ['86', 2],
  ['971', 2],
  ['2A', 1],
  ['25', 1],
  ['88', 1],
  ['18', 1],
  ['44', 2],
  ['31', 2],
  ['67', 2],
  ['35', 2],
]
const KINDS = ['Sortie', 'Séjour avec nuitées', 'Voyage à l’étranger', 'Équipement', 'Création ou spectacle', 'Autre']
const GIFT_EUROS = [10, 15, 20, 20, 25, 30, 30, 40, 50, 50, 50, 50, 60, 80, 100, 100, 150]
const COMPANY_EUROS = [10, 50, 100, 150, 200, 250, 300, 300, 500, 1000]

const euros = (cents: number) =>
  cents % 100 === 0 ? String(cents / 100) : `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`
const frenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`
const isoDay = (date: Date) => date.toISOString().slice(0, 10)
const addDays = (iso: string, days: number) => isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000))

export type GenerateOptions = {
  years: YearTarget[]
  /** Seeds the generator. */
  seed?: number
  /** Prefix of the former platform's ids (several exports can live in one database). */
  idPrefix?: string
  /** Multiplies every campaign count (benchmarks). */
  scale?: number
}

/** Years of `count` campaigns each, half école, with fixed success rates: for tests and benchmarks. */
export function plainYears(from: number, to: number, count: number): YearTarget[] {
  const years: YearTarget[] = []
  for (let year = from; year <= to; year++) {
    const first = Math.ceil(count * 0.55)
    const second = count - first
    years.push({
      year,
      first,
      second,
      succeededFirst: Math.round(first * 0.9),
      succeededSecond: Math.round(second * 0.8),
      averageCollectedEuros: 1200 + (year % 7) * 40,
    })
  }
  return years
}

export function generateLegacyExport({ years, seed = 2023, idPrefix = 'C', scale = 1 }: GenerateOptions): {
  campaigns: GeneratedCampaign[]
  gifts: GeneratedGift[]
} {
  const rand = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]
  const totalWeight = DEPARTMENT_WEIGHTS.reduce((s, [, w]) => s + w, 0)
  const pickDepartment = () => {
    let r = rand() * totalWeight
    for (const [code, w] of DEPARTMENT_WEIGHTS) if ((r -= w) < 0) return code
    return '95'
  }
  const campaigns: GeneratedCampaign[] = []
  const gifts: GeneratedGift[] = []
  let giftId = 0
  for (const target of years) {
    const n = (k: number) => Math.round(k * scale)
    const plan: { level: GeneratedCampaign['level']; won: boolean }[] = []
    for (let i = 0; i < n(target.first); i++) plan.push({ level: 'école', won: i < n(target.succeededFirst) })
    for (let i = 0; i < n(target.second); i++)
      plan.push({ level: rand() < 0.65 ? 'collège' : 'lycée', won: i < n(target.succeededSecond) })
    const winners = plan.filter((p) => p.won).length
    // Collected amounts of the winners add up to exactly average × winners.
    let remaining = target.averageCollectedEuros * 100 * winners
    let winnersLeft = winners
    for (const [index, { level, won }] of plan.entries()) {
      const id = `${idPrefix}${target.year}-${String(index + 1).padStart(5, '0')}`
      const code = pickDepartment()
      const department = departments.find((d) => d.code === code)!
      const academy = academies.find((a) => a.code === department.academyCode)!
      const uaiPrefix = code === '2A' ? '620' : code === '2B' ? '720' : code.padStart(3, '0')
      const schoolNumber = Math.floor(rand() * 400)
      const uai = `${uaiPrefix}${String(schoolNumber).padStart(4, '0')}${'ABCDEFGHJKLMNPRSTUVWXYZ'[schoolNumber % 23]}`
      const month = 1 + Math.floor(rand() * 12)
      const endDate = `${target.year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`
      const startDate = addDays(endDate, -(30 + Math.floor(rand() * 45)))
      let collected: number
      if (won) {
        winnersLeft--
        collected =
          winnersLeft === 0
            ? remaining
            : Math.max(1000, Math.round((target.averageCollectedEuros * (0.5 + rand())) / 10) * 1000)
        collected = Math.min(collected, remaining - winnersLeft * 1000)
        remaining -= collected
      } else collected = (100 + Math.floor(rand() * 60) * 10) * 100
      const minimum = won
        ? Math.max(1000, Math.floor((collected * (0.5 + rand() * 0.5)) / 1000) * 1000)
        : collected + (200 + Math.floor(rand() * 80) * 10) * 100
      const optimum = minimum * 2
      const themeCount = 1 + Math.floor(rand() * 2)
      const campaignThemes = [...new Set(Array.from({ length: themeCount }, () => pick(themes).name))]
      campaigns.push({
        id,
        title: `${pick(['Classe de découverte', 'Sortie au musée', 'Projet théâtre', 'Jardin pédagogique', 'Échange linguistique', 'Atelier robotique', 'Classe de mer', 'Journal de l’école'])} ${index + 1}`,
        uai,
        school: `${level === 'école' ? 'École' : level === 'collège' ? 'Collège' : 'Lycée'} ${pick(['Jean-Jaurès', 'Victor-Hugo', 'Jules-Ferry', 'Louise-Michel', 'Pablo-Picasso', 'Jean-Moulin'])} ${schoolNumber}`,
        level,
        departmentCode: code,
        academy: academy.name,
        themes: campaignThemes,
        kind: pick(KINDS),
        minimumCents: minimum,
        optimumCents: optimum,
        startDate,
        endDate,
        outcome: won ? 'réussie' : 'échouée',
        collectedCents: collected,
        courteEchelle: rand() < 0.42,
      })
      // Gifts adding up to the collected amount.
      let left = collected
      while (left > 0) {
        const company = rand() < 0.03
        let amount = Math.min(left, (company ? pick(COMPANY_EUROS) : pick(GIFT_EUROS)) * 100)
        if (left - amount > 0 && left - amount < 1000) amount = left // no gift below 10 €
        left -= amount
        giftId++
        const choice = rand() < 0.24 ? 'fonds_solidaire' : rand() < 0.8 ? 'remboursement' : ''
        gifts.push({
          id: `${idPrefix}D${giftId}`,
          campaignId: id,
          date: addDays(startDate, Math.floor(rand() * 28)),
          amountCents: amount,
          donorType: company ? 'entreprise' : 'particulier',
          email: `donateur${giftId}@exemple.fr`,
          choice,
          status: won ? 'payé' : choice === 'fonds_solidaire' ? 'réaffecté' : 'remboursé',
          receipt: rand() < 0.6,
        })
      }
    }
  }
  return { campaigns, gifts }
}

/** The two files, as the former platform exports them (`;`, decimal comma, dd/mm/yyyy, UTF-8). */
export function legacyCsv(
  campaigns: readonly GeneratedCampaign[],
  gifts: readonly GeneratedGift[],
): { campagnes: string; dons: string } {
  const campagnes = stringify(
    [
      [...CAMPAIGN_COLUMNS],
      ...campaigns.map((c) => [
        c.id,
        c.title,
        c.uai,
        c.school,
        c.level,
        c.departmentCode,
        c.academy,
        c.themes.join('|'),
        c.kind,
        euros(c.minimumCents),
        euros(c.optimumCents),
        frenchDate(c.startDate),
        frenchDate(c.endDate),
        c.outcome,
        euros(c.collectedCents),
        c.courteEchelle ? '1' : '0',
      ]),
    ],
    { delimiter: ';' },
  )
  const dons = stringify(
    [
      [...GIFT_COLUMNS],
      ...gifts.map((g) => [
        g.id,
        g.campaignId,
        frenchDate(g.date),
        euros(g.amountCents),
        g.donorType,
        g.email,
        g.choice,
        g.status,
        g.receipt ? 'oui' : 'non',
      ]),
    ],
    { delimiter: ';' },
  )
  return { campagnes, dons }
}
