import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { campaignOutcome } from '@/domain/statistics/campaigns'
import { countGifts, giftFigures } from '@/domain/statistics/gifts'
import { countCampaigns, yearlyTable } from '@/domain/statistics/yearly'
import { advanceCampaigns } from '@/jobs/advanceCampaigns'
import { type GeneratedCampaign, type GeneratedGift, generateLegacyExport, legacyCsv, plainYears } from '@/seed/history'
import { closePayload } from '@/services/db/close-payload'
import { sqlQuery } from '@/services/db/sql-transaction'
import { checkPayloadLedger } from '@/services/donations/ledger-check'
import { runOutcomes } from '@/services/donations/settle-campaigns'
import { type LegacyImportReport, importLegacy } from '@/services/history/import-legacy'
import { issueDueReceipts } from '@/services/receipts/receipt-jobs'
import { clearCache } from '@/services/cache/memory-cache'
import { campaignCountsByPeriod, giftCounts } from '@/services/statistics/queries'
import { loadActivityReport } from '@/services/statistics/report'
import { loadStatistics } from '@/services/statistics/statistics'
import { statisticsForUser } from '@/services/statistics/for-user'
import { tneIndicators, tneTables } from '@/services/statistics/tne'

import { createProjectIn, createSchool, createUser, idOf, testPayload, unique } from '../helpers/factories'
import { rest, tokenFor } from '../helpers/rest'
import { createConventionIn, createWorkshop } from '../helpers/tne'

let payload: Payload
// Years no other test (nor the demo history, 2018–2023) uses: the figures are this file's alone.
const FROM = 2011
const TO = 2016
const PREFIX = unique('T').replace(/-/g, '')
let campaigns: GeneratedCampaign[]
let gifts: GeneratedGift[]
let campagnes: string
let dons: string
let first: LegacyImportReport

const files = (c: string, d: string) => ({
  campaigns: { name: 'campagnes.csv', bytes: Buffer.from(c) },
  gifts: { name: 'dons.csv', bytes: Buffer.from(d) },
})

/** Adds bad rows at the end of a CSV text; returns the text and the line of each (header = line 1). */
function withBadRows(csv: string, rows: string[]): { csv: string; lines: number[] } {
  const base = csv.trimEnd().split('\n').length
  return { csv: `${csv.trimEnd()}\n${rows.join('\n')}\n`, lines: rows.map((_, i) => base + i + 1) }
}

beforeAll(async () => {
  payload = await testPayload()
  ;({ campaigns, gifts } = generateLegacyExport({ years: plainYears(FROM, TO, 350), seed: 11, idPrefix: PREFIX }))
  ;({ campagnes, dons } = legacyCsv(campaigns, gifts))
})

afterAll(async () => {
  await closePayload(payload)
})

describe('import of the former platform’s history', () => {
  it('imports a generated export of a few thousand campaigns and gifts, and reports each bad row with its file, line and reason', async () => {
    const year = FROM
    expect(campaigns.length).toBeGreaterThan(2000)
    expect(gifts.length).toBeGreaterThan(2000)
    const before = await campaignCountsByPeriod(payload, 'calendar', { from: FROM, to: TO })
    expect(before.size).toBe(0)
    const good = campaigns[0]
    const row = (changes: Partial<Record<string, string>>) => {
      const cells = {
        id: `${PREFIX}-bad-${Math.random()}`,
        titre: 'Projet',
        uai: good.uai,
        etablissement: good.school,
        niveau: 'école',
        departement: good.departmentCode,
        academie: good.academy,
        thematiques: '',
        type: '',
        objectif_minimum: '100',
        objectif_optimum: '200',
        date_publication: `01/02/${year}`,
        date_fin: `01/03/${year}`,
        statut: 'réussie',
        montant_collecte: '150',
        courte_echelle: '0',
        ...changes,
      }
      return Object.values(cells).join(';')
    }
    const badCampaigns = withBadRows(campagnes, [
      row({ niveau: 'maternelle' }),
      row({ montant_collecte: '12.5.3' }),
      row({ date_fin: `31/02/${year}` }),
      row({ id: `${PREFIX}-refused`, statut: 'annulée' }),
    ])
    const giftRow = (changes: Partial<Record<string, string>>) =>
      Object.values({
        id: `${PREFIX}-badgift-${Math.random()}`,
        campagne_id: good.id,
        date: `10/02/${year}`,
        montant: '20',
        type_donateur: 'particulier',
        email_donateur: '',
        choix_echec: '',
        statut: 'payé',
        recu_fiscal: 'non',
        ...changes,
      }).join(';')
    const badGifts = withBadRows(dons, [
      giftRow({ campagne_id: `${PREFIX}-nowhere` }),
      giftRow({ campagne_id: `${PREFIX}-refused` }),
      giftRow({ montant: '12.5.3' }),
      giftRow({ date: '31/02/2013' }),
    ])

    first = await importLegacy(payload, files(badCampaigns.csv, badGifts.csv))
    expect(first.fatal).toBe(false)
    expect(first.campaigns).toEqual({ created: campaigns.length, updated: 0, unchanged: 0, refused: 4 })
    expect(first.gifts).toEqual({ created: gifts.length, updated: 0, unchanged: 0, refused: 4 })
    expect(first.problems).toEqual([
      {
        file: 'campagnes.csv',
        line: badCampaigns.lines[0],
        reason: 'niveau inconnu « maternelle » : « école », « collège », « lycée » attendu',
      },
      {
        file: 'campagnes.csv',
        line: badCampaigns.lines[1],
        reason:
          'montant collecté : montant invalide « 12.5.3 » : un nombre en euros avec une virgule décimale est attendu (ex. 1 234,50)',
      },
      {
        file: 'campagnes.csv',
        line: badCampaigns.lines[2],
        reason: `date de fin : date impossible « 31/02/${year} » : ce jour n’existe pas`,
      },
      {
        file: 'campagnes.csv',
        line: badCampaigns.lines[3],
        reason: 'statut inconnu « annulée » : « réussie », « échouée » attendu',
      },
      {
        file: 'dons.csv',
        line: badGifts.lines[0],
        reason: `campagne inconnue « ${PREFIX}-nowhere » : absente de campagnes.csv et des imports précédents`,
      },
      {
        file: 'dons.csv',
        line: badGifts.lines[1],
        reason: `campagne « ${PREFIX}-refused » refusée (campagnes.csv, ligne ${badCampaigns.lines[3]}) : le don n’est pas importé`,
      },
      {
        file: 'dons.csv',
        line: badGifts.lines[2],
        reason:
          'montant : montant invalide « 12.5.3 » : un nombre en euros avec une virgule décimale est attendu (ex. 1 234,50)',
      },
      {
        file: 'dons.csv',
        line: badGifts.lines[3],
        reason: 'date : date impossible « 31/02/2013 » : ce jour n’existe pas',
      },
    ])
    // Imported as closed history.
    const { rows } = await sqlQuery(
      payload,
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'archived' AND imported)::int AS archived FROM projects WHERE legacy_id LIKE $1`,
      [`${PREFIX}%`],
    )
    expect(rows[0]).toEqual({ n: campaigns.length, archived: campaigns.length })
    const uai = await payload.find({ collection: 'establishments', where: { uai: { equals: good.uai } }, depth: 0 })
    expect(uai.docs[0]).toMatchObject({ uai: good.uai })
  })

  it('checks every figure of the yearly table against values computed independently from the export', async () => {
    const expected = new Map<
      number,
      { c: number; c1: number; c2: number; s: number; s1: number; s2: number; cents: number }
    >()
    for (const c of campaigns) {
      const year = Number(c.endDate.slice(0, 4))
      const e = expected.get(year) ?? { c: 0, c1: 0, c2: 0, s: 0, s1: 0, s2: 0, cents: 0 }
      expected.set(year, e)
      const won = c.outcome === 'réussie'
      const firstDegree = c.level === 'école'
      e.c++
      if (firstDegree) e.c1++
      else e.c2++
      if (won) {
        e.s++
        e.cents += c.collectedCents
        if (firstDegree) e.s1++
        else e.s2++
      }
    }
    const pct = (part: number, whole: number) => Math.floor((200 * part + whole) / (2 * whole))
    const statistics = await loadStatistics(payload, { year: TO, kind: 'calendar' })
    const table = statistics.tables.find((t) => t.id === 'activite')!
    for (let year = FROM; year <= TO; year++) {
      const e = expected.get(year)!
      expect(table.rows.find((r) => r.year === String(year))).toEqual({
        year: String(year),
        completed: e.c,
        completedFirst: e.c1,
        completedSecond: e.c2,
        averageCollectedCents: Math.round(e.cents / e.s),
        successRate: pct(e.s, e.c),
        successRateFirst: pct(e.s1, e.c1),
        successRateSecond: pct(e.s2, e.c2),
      })
    }
    // Gifts of the year's campaigns: count, total, average, smallest, largest, companies.
    const ofYear = new Set(campaigns.filter((c) => c.endDate.startsWith(String(TO))).map((c) => c.id))
    const yearGifts = gifts.filter((g) => ofYear.has(g.campaignId))
    const amounts = yearGifts.map((g) => g.amountCents)
    const total = amounts.reduce((s, a) => s + a, 0)
    const companies = yearGifts.filter((g) => g.donorType === 'entreprise')
    const giftsTable = statistics.tables.find((t) => t.id === 'dons')!
    expect(giftsTable.rows.slice(0, 4)).toEqual([
      { label: 'Dons', count: yearGifts.length, cents: total, share: null },
      { label: 'Don moyen', count: null, cents: Math.round(total / yearGifts.length), share: null },
      { label: 'Plus petit don', count: null, cents: Math.min(...amounts), share: null },
      { label: 'Plus grand don', count: null, cents: Math.max(...amounts), share: null },
    ])
    expect(giftsTable.rows[4]).toMatchObject({
      count: companies.length,
      cents: companies.reduce((s, g) => s + g.amountCents, 0),
    })
    // Reallocated gifts reach the solidarity fund's table.
    const reallocated = yearGifts.filter((g) => g.status === 'réaffecté')
    expect(statistics.tables.find((t) => t.id === 'fonds-solidaire')!.rows[1]).toMatchObject({
      count: reallocated.length,
      cents: reallocated.reduce((s, g) => s + g.amountCents, 0),
    })
    // Only aggregates: no donor's address appears anywhere in what the public page shows.
    expect(JSON.stringify(statistics)).not.toMatch(/@exemple\.fr/)
  })

  it('updates instead of duplicating when run again', async () => {
    const again = await importLegacy(payload, files(campagnes, dons))
    expect(again.campaigns).toEqual({ created: 0, updated: 0, unchanged: campaigns.length, refused: 0 })
    expect(again.gifts).toEqual({ created: 0, updated: 0, unchanged: gifts.length, refused: 0 })
    const changed = legacyCsv(
      campaigns.map((c, i) => (i === 0 ? { ...c, title: `${c.title} (corrigé)` } : c)),
      gifts.map((g, i) => (i === 0 ? { ...g, amountCents: g.amountCents + 100 } : g)),
    )
    const third = await importLegacy(payload, files(changed.campagnes, changed.dons))
    expect(third.campaigns).toMatchObject({ created: 0, updated: 1 })
    expect(third.gifts).toMatchObject({ created: 0, updated: 1 })
    const { rows } = await sqlQuery(payload, `SELECT count(*)::int AS n FROM donations WHERE legacy_id LIKE $1`, [
      `${PREFIX}%`,
    ])
    expect(rows[0].n).toBe(gifts.length)
    const project = await payload.find({
      collection: 'projects',
      where: { legacyId: { equals: campaigns[0].id } },
      depth: 0,
    })
    expect(project.docs[0].title).toBe(`${campaigns[0].title} (corrigé)`)
  })

  it('refuses a whole file with another separator, another encoding or missing columns, and imports nothing', async () => {
    const count = async () =>
      (await sqlQuery(payload, `SELECT count(*)::int AS n FROM projects WHERE legacy_id LIKE 'Z%'`)).rows[0].n
    const other = generateLegacyExport({ years: plainYears(2010, 2010, 3), idPrefix: 'Z' })
    const csv = legacyCsv(other.campaigns, other.gifts)
    const commas = await importLegacy(payload, files(csv.campagnes.replace(/;/g, ','), csv.dons))
    expect(commas).toMatchObject({
      fatal: true,
      problems: [
        {
          file: 'campagnes.csv',
          line: 1,
          reason:
            'séparateur « virgule » : les colonnes doivent être séparées par des points-virgules (;) ; rien n’a été importé',
        },
      ],
    })
    const latin1 = Buffer.from(csv.dons, 'latin1')
    const wrongEncoding = await importLegacy(payload, {
      campaigns: { name: 'campagnes.csv', bytes: Buffer.from(csv.campagnes) },
      gifts: { name: 'dons.csv', bytes: latin1 },
    })
    expect(wrongEncoding.fatal).toBe(true)
    expect(wrongEncoding.problems[0]).toMatchObject({ file: 'dons.csv', line: 2 })
    expect(wrongEncoding.problems[0].reason).toMatch(/^fichier non encodé en UTF-8/)
    const missing = await importLegacy(payload, files(csv.campagnes.replace('courte_echelle', 'courte'), csv.dons))
    expect(missing.problems[0].reason).toMatch(/^colonne manquante : courte_echelle/)
    expect(await count()).toBe(0)
  })

  it('leaves imported history alone: no job moves it, no e-mail, no receipt', async () => {
    const snapshot = `SELECT p.status, p.collected_cents, d.status AS gift_status, d.refund_requested_at, d.choice_deadline
      FROM projects p JOIN donations d ON d.project_id = p.id WHERE p.legacy_id LIKE $1 ORDER BY d.id`
    const before = (await sqlQuery(payload, snapshot, [`${PREFIX}%`])).rows
    const jobsBefore = (await sqlQuery(payload, `SELECT count(*)::int AS n FROM payload_jobs`)).rows[0].n
    await advanceCampaigns(payload)
    await runOutcomes(payload, { notify: false })
    await issueDueReceipts(payload)
    expect((await sqlQuery(payload, snapshot, [`${PREFIX}%`])).rows).toEqual(before)
    const receipts = await sqlQuery(
      payload,
      `SELECT count(*)::int AS n FROM fiscal_receipts r JOIN donations d ON d.id = r.donation_id WHERE d.imported`,
    )
    expect(receipts.rows[0].n).toBe(0)
    const mails = await sqlQuery(
      payload,
      `SELECT count(*)::int AS n FROM payload_jobs WHERE task_slug = 'sendEmail' AND input::text LIKE '%exemple.fr%'`,
    )
    expect(mails.rows[0].n).toBe(0)
    expect((await sqlQuery(payload, `SELECT count(*)::int AS n FROM payload_jobs`)).rows[0].n).toBeGreaterThanOrEqual(
      jobsBefore,
    )
    // The ledger's invariants are about this portal's money: imported history is outside them.
    const ids = (
      await sqlQuery(payload, `SELECT id FROM projects WHERE legacy_id LIKE $1 LIMIT 50`, [`${PREFIX}%`])
    ).rows.map((r) => r.id as number)
    expect(await checkPayloadLedger(payload, { projectIds: ids })).toEqual([])
  })
})

describe('the SQL aggregates follow the definitions', () => {
  it('classifies this portal’s campaigns (archived included) and locates companies like the pure rules', async () => {
    const school = await createSchool(payload) // Sarcelles, Val-d'Oise
    const YEAR = '2009'
    const specs = [
      { status: 'succeeded', collectedCents: 150_000, level: 'ecole' },
      { status: 'funds_released', collectedCents: 120_000, level: 'college' },
      { status: 'failed', collectedCents: 20_000, level: 'lycee' },
      { status: 'archived', collectedCents: 100_000, level: 'ecole' }, // reached its minimum: a success
      { status: 'archived', collectedCents: 99_999, level: 'college' }, // did not: a failure
      { status: 'rejected', collectedCents: 500_000, level: 'ecole' }, // not completed (and never picked by a job: the database is shared)
    ] as const
    const projects = []
    for (const [i, s] of specs.entries()) {
      projects.push(
        await createProjectIn(payload, s.status, {
          ...school,
          level: s.level,
          collectedCents: s.collectedCents,
          minimumGoalCents: 100_000,
          startDate: `${YEAR}-0${i + 1}-01`,
          endDate: `${YEAR}-0${i + 2}-01`,
        }),
      )
    }
    const gift = (projectId: number, amount: number, extra: string, values: unknown[]) =>
      sqlQuery(
        payload,
        `INSERT INTO donations (reference, project_id, amount_cents, status, source, donor_type, payment_method, provider, ${extra}) VALUES ($1, $2, $3, $4, 'donor', 'company', 'card', 'test', ${values.map((_, i) => `$${i + 5}`).join(', ')})`,
        [unique('SQL'), projectId, amount, extra === 'overflow' ? 'refunded' : 'paid', ...values],
      )
    await gift(projects[0].id, 50_000, 'identity_postcode, identity_city', ['95200', 'SARCELLES'])
    await gift(projects[0].id, 20_000, 'identity_postcode, identity_city', ['95100', 'Argenteuil'])
    await gift(projects[1].id, 30_000, 'identity_postcode, identity_city', ['75001', 'Paris'])
    await gift(projects[2].id, 1_000, 'overflow', [true]) // paid late past the optimum: never counted

    const expected = yearlyTable(
      countCampaigns(
        projects.map((p) => ({ ...p, legacyOutcome: null })),
        'calendar',
      ),
    )
    expect(expected[0]).toMatchObject({ completed: 5, averageCollectedCents: 123_333, successRate: 60 })
    expect(projects.map((p) => campaignOutcome({ ...p }))).toEqual([
      'succeeded',
      'succeeded',
      'failed',
      'succeeded',
      'failed',
      null,
    ])
    const byPeriod = await campaignCountsByPeriod(payload, 'calendar', { from: 2009, to: 2009 })
    expect(yearlyTable(byPeriod)).toEqual(expected)
    expect(await giftCounts(payload, 2009, 'calendar')).toEqual(
      countGifts([
        {
          status: 'paid',
          source: 'donor',
          donorType: 'company',
          amountCents: 50_000,
          projectId: 1,
          donorPostcode: '95200',
          donorCity: 'SARCELLES',
          schoolDepartmentCode: '95',
          schoolCommune: 'Sarcelles',
        },
        {
          status: 'paid',
          source: 'donor',
          donorType: 'company',
          amountCents: 20_000,
          projectId: 1,
          donorPostcode: '95100',
          donorCity: 'Argenteuil',
          schoolDepartmentCode: '95',
          schoolCommune: 'Sarcelles',
        },
        {
          status: 'paid',
          source: 'donor',
          donorType: 'company',
          amountCents: 30_000,
          projectId: 2,
          donorPostcode: '75001',
          donorCity: 'Paris',
          schoolDepartmentCode: '95',
          schoolCommune: 'Sarcelles',
        },
        { status: 'refunded', overflow: true, source: 'donor', donorType: 'company', amountCents: 1_000, projectId: 3 },
      ]),
    )
    expect(giftFigures(await giftCounts(payload, 2009, 'calendar'))).toMatchObject({
      companyLocated: 3,
      companySameDepartmentShare: 67,
      companySameCommuneShare: 33,
    })
  })
})

describe('top-ups and TNE figures come from their records', () => {
  it('lists top-ups per programme: the fund’s, then each sponsor’s, with a total per origin', async () => {
    const school = await createSchool(payload)
    const sponsor = await payload.create({
      collection: 'sponsors',
      data: { name: unique('Fondation'), slug: unique('fondation'), kind: 'foundation' },
      depth: 0,
    })
    const programme = (name: string, funding: 'sponsor' | 'solidarity_fund') =>
      payload.create({
        collection: 'programmes',
        data: {
          name,
          funding,
          sponsor: funding === 'sponsor' ? sponsor.id : undefined,
          mechanism: 'match',
          ratioPercent: 100,
          budgetCents: 1_000_000,
          active: false,
        },
        depth: 0,
      })
    const green = await programme(unique('Écoles vertes'), 'sponsor')
    const mountain = await programme(unique('Classes de montagne'), 'solidarity_fund')
    // Year 2008: no other test uses it. Two succeeded campaigns and one still collecting (never counted).
    const [a, b, open] = await Promise.all([
      createProjectIn(payload, 'succeeded', {
        ...school,
        collectedCents: 100_000,
        minimumGoalCents: 50_000,
        startDate: '2008-01-01',
        endDate: '2008-03-01',
      }),
      createProjectIn(payload, 'funds_released', {
        ...school,
        collectedCents: 80_000,
        minimumGoalCents: 50_000,
        startDate: '2008-02-01',
        endDate: '2008-04-01',
      }),
      createProjectIn(payload, 'collecting', {
        ...school,
        collectedCents: 1_000,
        minimumGoalCents: 50_000,
        startDate: '2008-02-01',
        endDate: '2008-12-31',
      }),
    ])
    const topUp = (projectId: number, cents: number, source: 'sponsor' | 'solidarity', programmeId: number | null) =>
      sqlQuery(
        payload,
        `INSERT INTO donations (reference, project_id, amount_cents, status, source, donor_type, payment_method, provider, programme_id) VALUES ($1, $2, $3, 'paid', $4, 'company', 'card', 'test', $5)`,
        [unique('TOP'), projectId, cents, source, programmeId],
      )
    await topUp(a.id, 5_000, 'sponsor', green.id)
    await topUp(b.id, 7_000, 'sponsor', green.id)
    await topUp(a.id, 3_000, 'solidarity', mountain.id)
    await topUp(b.id, 20_000, 'solidarity', null) // decided by the GIP outside any programme
    await topUp(open.id, 9_000, 'sponsor', green.id) // campaign not completed: not counted
    // The programme's budget holds what it paid, as the engine would have reserved it (ledger:check runs on the shared database).
    await sqlQuery(payload, 'UPDATE programmes SET reserved_cents = 21000 WHERE id = $1', [green.id])
    const table = (await loadStatistics(payload, { year: 2008, kind: 'calendar' })).tables.find(
      (t) => t.id === 'abondements',
    )!
    expect(table.rows).toEqual([
      {
        origin: 'Fonds solidaire',
        programme: 'Abondements décidés par le GIP (hors programme)',
        campaigns: 1,
        count: 1,
        cents: 20_000,
      },
      { origin: 'Fonds solidaire', programme: mountain.name, campaigns: 1, count: 1, cents: 3_000 },
      { origin: sponsor.name, programme: green.name, campaigns: 2, count: 2, cents: 12_000 },
      { origin: 'Total', programme: 'Fonds solidaire', campaigns: 2, count: 2, cents: 23_000 },
      { origin: 'Total', programme: 'Mécènes', campaigns: 2, count: 2, cents: 12_000 },
    ])
  })

  it('computes a year’s TNE indicators from the territories’ conventions and workshops, with their partners by kind', async () => {
    const aisne = await idOf(payload, 'territories', 'slug', 'aisne')
    // Year 2021: no other test nor the demo set has TNE records then.
    const signed = { signatureDate: '2021-03-01T10:00:00.000Z', year: 2021 }
    await createConventionIn(payload, aisne, 'active', signed)
    await createConventionIn(payload, aisne, 'closed', signed)
    await createConventionIn(payload, aisne, 'sent', { year: 2021 }) // not signed: not counted
    await createWorkshop(payload, aisne, { startsAt: '2021-05-10T16:00:00.000Z', status: 'held', participants: 14 })
    await createWorkshop(payload, aisne, {
      startsAt: '2021-06-10T16:00:00.000Z',
      status: 'held',
      participants: 9,
      format: 'mediator_training',
      audience: 'professionals',
    })
    await createWorkshop(payload, aisne, { startsAt: '2021-06-11T16:00:00.000Z', status: 'cancelled' })
    clearCache()
    const indicators = await tneIndicators(payload, 2021)
    expect(indicators?.source).toMatch(/^Calculés à partir des conventions signées/)
    expect(indicators?.rows).toEqual([
      { territory: 'Aisne', conventions: 2, partners: 2, initiatives: 0, workshops: 1, parents: 14, mediators: 9 },
      {
        territory: 'Ensemble des territoires',
        conventions: 2,
        partners: 2,
        initiatives: 0,
        workshops: 1,
        parents: 14,
        mediators: 9,
      },
    ])
    const [, partners] = tneTables(indicators!, 2021)
    expect(partners.rows).toEqual([{ kind: 'Association', partners: 2 }])
    // A year with no record and no published figures has none.
    expect(await tneIndicators(payload, 2010)).toBeNull()
  })
})

describe('who sees what', () => {
  it('the statistics API and dashboard refuse anonymous visitors and anyone outside the GIP’s staff', async () => {
    expect((await rest('GET', '/statistics?annee=2013')).status).toBe(401)
    await expect(statisticsForUser(payload, null, {})).rejects.toMatchObject({ status: 401 })
    for (const roles of [['teacher'], ['donor'], ['coordinator'], ['structure-manager'], ['sponsor']] as const) {
      const user = await createUser(payload, [...roles])
      const response = await rest('GET', '/statistics?annee=2013', { token: await tokenFor(payload, user.email) })
      expect(response.status).toBe(403)
      expect(response.json.errors?.[0].message).toBe('Les statistiques sont réservées à l’équipe du GIP.')
      await expect(statisticsForUser(payload, user, {})).rejects.toMatchObject({ status: 403 })
    }
    const editor = await createUser(payload, ['editor'])
    const token = await tokenFor(payload, editor.email)
    const ok = await rest('GET', `/statistics?annee=${TO}`, { token })
    expect(ok.status).toBe(200)
    expect((ok.json.tables as { id: string }[]).map((t) => t.id)).toContain('activite')
    const { restResponse } = await import('../helpers/rest')
    const csv = await restResponse('GET', `/statistics?annee=${TO}&tableau=activite&format=csv`, { token })
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // BOM: French spreadsheets open it as UTF-8
    expect(new TextDecoder().decode(bytes).split('\n')[0]).toBe(
      'Année;Collectes terminées;dont 1er degré (école);dont 2nd degré (collège, lycée);Montant moyen collecté par projet (€);Taux de réussite (%);Taux de réussite, 1er degré (%);Taux de réussite, 2nd degré (%)',
    )
  })

  it('the report shows only the published text of the editors; drafts stay with the editors', async () => {
    const editor = await createUser(payload, ['editor'])
    await payload.create({
      collection: 'activity-reports',
      data: { year: TO, title: 'Brouillon secret', introduction: 'Texte en cours.' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const draftReport = await loadActivityReport(payload, TO)
    expect(draftReport).toMatchObject({ title: `Rapport d’activité ${TO}`, hasNarrative: false })
    const teacher = await createUser(payload, ['teacher'])
    await expect(
      payload.create({
        collection: 'activity-reports',
        data: { year: 2010, title: 'x' },
        user: teacher,
        overrideAccess: false,
      }),
    ).rejects.toThrow('Vous n’êtes pas autorisé à effectuer cette action.')
    const found = await payload.find({
      collection: 'activity-reports',
      where: { year: { equals: TO } },
      overrideAccess: false,
    })
    expect(found.docs).toHaveLength(0)
  })

  it('the report’s text is kept in memory, and an editor’s publication or change shows at once', async () => {
    const editor = await createUser(payload, ['editor'])
    const year = TO - 1
    expect(await loadActivityReport(payload, year)).toMatchObject({ hasNarrative: false }) // kept: no text
    const report = await payload.create({
      collection: 'activity-reports',
      data: { year, title: `Bilan ${year}`, introduction: 'Première version.', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(await loadActivityReport(payload, year)).toMatchObject({ title: `Bilan ${year}`, hasNarrative: true })
    await payload.update({
      collection: 'activity-reports',
      id: report.id,
      data: { title: `Bilan ${year}, version revue` },
      user: editor,
      overrideAccess: false,
    })
    expect(await loadActivityReport(payload, year)).toMatchObject({ title: `Bilan ${year}, version revue` })
    await payload.delete({ collection: 'activity-reports', id: report.id, user: editor, overrideAccess: false })
    expect(await loadActivityReport(payload, year)).toMatchObject({ hasNarrative: false })
  })
})
