import { type Payload, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importSummaryLines } from '@/domain/history/import-summary'
import type { LegacyImportLabel, Theme, User } from '@/payload-types'
import { type GeneratedCampaign, type GeneratedGift, generateLegacyExport, legacyCsv, plainYears } from '@/seed/history'
import { closePayload } from '@/services/db/close-payload'
import { sqlQuery } from '@/services/db/sql-transaction'
import { importLegacy } from '@/services/history/import-legacy'

import { FORBIDDEN, createUser, idOf, testPayload, unique } from '../helpers/factories'

/**
 * Issue 15: the former platform's words for themes and kinds. A dry run writes nothing and lists
 * each unknown label once (with near misses proposed, never applied); once an admin gives a theme
 * and a kind those words as alternative labels, the real run accepts their rows.
 */
let payload: Payload
let admin: User & { collection: 'users' }
let moderator: User & { collection: 'users' }
let editor: User & { collection: 'users' }
let health: number
let healthBefore: Theme
let labelsBefore: LegacyImportLabel
// A year no other test (nor the demo history, 2018–2023) uses.
const YEAR = 2007
const PREFIX = unique('L').replace(/-/g, '')
const SUFFIX = PREFIX.slice(1)
const UNKNOWN_THEME = `Goûters partagés ${SUFFIX}`
const UNKNOWN_KIND = `Classe transplantée ${SUFFIX}`
let campaigns: GeneratedCampaign[]
let gifts: GeneratedGift[]

const files = (c: string, d: string) => ({
  campaigns: { name: 'campagnes.csv', bytes: Buffer.from(c) },
  gifts: { name: 'dons.csv', bytes: Buffer.from(d) },
})
const counts = async () =>
  (
    await sqlQuery(
      payload,
      `SELECT (SELECT count(*) FROM projects)::int AS projects, (SELECT count(*) FROM donations)::int AS donations, (SELECT count(*) FROM establishments)::int AS establishments`,
    )
  ).rows[0]
/** Gifts of the campaigns at these indexes. */
const giftsOf = (indexes: number[]) => gifts.filter((g) => indexes.some((i) => campaigns[i].id === g.campaignId)).length
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

beforeAll(async () => {
  payload = await testPayload()
  ;[admin, moderator, editor] = await Promise.all([
    createUser(payload, ['admin']),
    createUser(payload, ['moderator']),
    createUser(payload, ['editor']),
  ])
  health = await idOf(payload, 'themes', 'slug', 'sante-et-alimentation')
  healthBefore = await payload.findByID({ collection: 'themes', id: health, depth: 0 })
  labelsBefore = await payload.findGlobal({ slug: 'legacy-import-labels', depth: 0 })
  const generated = generateLegacyExport({ years: plainYears(YEAR, YEAR, 30), seed: 15, idPrefix: PREFIX })
  // Schools of their own (the UAIs no other test makes: 8 then 6 digits), one per campaign.
  const base = Math.floor(Math.random() * 9e5)
  campaigns = generated.campaigns.map((c, i) => ({ ...c, uai: `8${String(base + i).padStart(6, '0')}L` }))
  gifts = generated.gifts
  // Line of campaign i: i + 2 (the header is line 1). Rows 0–6 and 12: an unknown theme (row 3 in
  // capitals: the same label); 7–8: "sport !"; 9: "échanges interculturels"; 10–12: an unknown kind.
  for (const i of range(0, 6)) campaigns[i].themes = [i === 3 ? UNKNOWN_THEME.toUpperCase() : UNKNOWN_THEME]
  for (const i of [7, 8]) campaigns[i].themes = ['sport !']
  campaigns[9].themes = ['Sport', 'échanges interculturels']
  for (const i of [10, 11, 12]) campaigns[i].kind = UNKNOWN_KIND
  campaigns[12].themes = ['Sport', UNKNOWN_THEME]
})

afterAll(async () => {
  await payload.update({
    collection: 'themes',
    id: health,
    data: { alternativeLabels: healthBefore.alternativeLabels ?? [] },
  })
  await payload.updateGlobal({ slug: 'legacy-import-labels', data: { kinds: labelsBefore.kinds ?? [] } })
  await closePayload(payload)
})

describe('history import: the former platform’s labels', () => {
  it('dry run: writes nothing, not even a school, and lists each unknown label once, with its count, first lines and proposal', async () => {
    const { campagnes, dons } = legacyCsv(campaigns, gifts)
    const before = await counts()
    const report = await importLegacy(payload, files(campagnes, dons), { dryRun: true })
    expect(await counts()).toEqual(before)

    const refused = range(0, 12)
    expect(report).toMatchObject({
      dryRun: true,
      fatal: false,
      establishmentsCreated: campaigns.length - refused.length,
    })
    expect(report.campaigns).toEqual({
      created: campaigns.length - refused.length,
      updated: 0,
      unchanged: 0,
      refused: refused.length,
    })
    expect(report.gifts).toEqual({
      created: gifts.length - giftsOf(refused),
      updated: 0,
      unchanged: 0,
      refused: giftsOf(refused),
    })
    expect(report.unknownLabels).toEqual([
      { column: 'thematiques', label: UNKNOWN_THEME, count: 8, lines: [2, 3, 4, 5, 6], proposals: [] },
      { column: 'type', label: UNKNOWN_KIND, count: 3, lines: [12, 13, 14], proposals: [] },
      { column: 'thematiques', label: 'sport !', count: 2, lines: [9, 10], proposals: ['Sport'] },
      {
        column: 'thematiques',
        label: 'échanges interculturels',
        count: 1,
        lines: [11],
        proposals: ['Échanges interculturels et international'],
      },
    ])
    // Each refused row is still reported on its own, after the summary.
    expect(report.problems.find((p) => p.line === 9)).toEqual({
      file: 'campagnes.csv',
      line: 9,
      reason: expect.stringContaining('thématique inconnue « sport ! »'),
    })
    const summary = importSummaryLines({ ...report, campaignsFile: 'campagnes.csv' })
    expect(summary.filter((line) => line.includes(UNKNOWN_THEME))).toEqual([
      `  thématique « ${UNKNOWN_THEME} » : 8 lignes (campagnes.csv, lignes 2, 3, 4, 5, 6…)`,
    ])
    expect(summary).toContain(
      '  thématique « sport ! » : 2 lignes (campagnes.csv, lignes 9, 10) ; proposition : « Sport »',
    )
  })

  it('only an admin gives a theme or a kind alternative labels; others are refused, and the public does not see them', async () => {
    const labels = [{ label: UNKNOWN_THEME }]
    await expect(
      payload.update({
        collection: 'themes',
        id: health,
        data: { alternativeLabels: labels },
        user: moderator,
        overrideAccess: false,
      }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(
      payload.update({
        collection: 'themes',
        id: health,
        data: { alternativeLabels: labels },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(FORBIDDEN)
    const kinds = [{ label: UNKNOWN_KIND, kind: 'outing' as const }]
    await expect(
      payload.updateGlobal({ slug: 'legacy-import-labels', data: { kinds }, user: moderator, overrideAccess: false }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(
      payload.updateGlobal({ slug: 'legacy-import-labels', data: { kinds }, user: editor, overrideAccess: false }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(
      payload.findGlobal({ slug: 'legacy-import-labels', user: editor, overrideAccess: false }),
    ).rejects.toThrow(FORBIDDEN)
    expect((await payload.findByID({ collection: 'themes', id: health, depth: 0 })).alternativeLabels ?? []).toEqual(
      healthBefore.alternativeLabels ?? [],
    )
    expect((await payload.findGlobal({ slug: 'legacy-import-labels', depth: 0 })).kinds ?? []).toEqual(
      labelsBefore.kinds ?? [],
    )
    // A label that already names another theme or kind is refused: the import could not tell which.
    const clash = await payload
      .update({
        collection: 'themes',
        id: health,
        data: { alternativeLabels: [{ label: 'sport' }] },
        user: admin,
        overrideAccess: false,
      })
      .catch((e) => e)
    expect(clash).toBeInstanceOf(ValidationError)
    expect(clash.data.errors).toMatchObject([
      { path: 'alternativeLabels.0.label', message: '« sport » désigne déjà la thématique « Sport ».' },
    ])
    const kindClash = await payload
      .updateGlobal({
        slug: 'legacy-import-labels',
        data: { kinds: [{ label: 'Matériel', kind: 'other' }] },
        user: admin,
        overrideAccess: false,
      })
      .catch((e) => e)
    expect(kindClash).toBeInstanceOf(ValidationError)
    expect(kindClash.data.errors).toMatchObject([
      { path: 'kinds.0.label', message: '« Matériel » désigne déjà le type « Équipement ».' },
    ])
  })

  it('after an admin adds the alternative labels, the real run accepts those rows; near misses stay refused', async () => {
    await payload.update({
      collection: 'themes',
      id: health,
      data: { alternativeLabels: [...(healthBefore.alternativeLabels ?? []), { label: UNKNOWN_THEME }] },
      user: admin,
      overrideAccess: false,
    })
    await payload.updateGlobal({
      slug: 'legacy-import-labels',
      data: { kinds: [...(labelsBefore.kinds ?? []), { label: UNKNOWN_KIND, kind: 'outing' }] },
      user: admin,
      overrideAccess: false,
    })
    // Visible to admins only.
    expect(
      (await payload.findByID({ collection: 'themes', id: health, depth: 0, overrideAccess: false, user: admin }))
        .alternativeLabels,
    ).toMatchObject([{ label: UNKNOWN_THEME }])
    expect(
      (await payload.findByID({ collection: 'themes', id: health, depth: 0, overrideAccess: false }))
        .alternativeLabels ?? [],
    ).toEqual([])

    const { campagnes, dons } = legacyCsv(campaigns, gifts)
    const before = await counts()
    const report = await importLegacy(payload, files(campagnes, dons))
    const refused = [7, 8, 9]
    expect(report.dryRun).toBe(false)
    expect(report.campaigns).toEqual({
      created: campaigns.length - refused.length,
      updated: 0,
      unchanged: 0,
      refused: refused.length,
    })
    expect(report.gifts).toEqual({
      created: gifts.length - giftsOf(refused),
      updated: 0,
      unchanged: 0,
      refused: giftsOf(refused),
    })
    expect(report.unknownLabels.map((u) => [u.label, u.count, u.proposals])).toEqual([
      ['sport !', 2, ['Sport']],
      ['échanges interculturels', 1, ['Échanges interculturels et international']],
    ])
    expect(await counts()).toEqual({
      projects: before.projects + campaigns.length - refused.length,
      donations: before.donations + gifts.length - giftsOf(refused),
      establishments: before.establishments + campaigns.length - refused.length,
    })
    const sport = await idOf(payload, 'themes', 'slug', 'sport')
    const { docs } = await payload.find({
      collection: 'projects',
      where: { legacyId: { in: [campaigns[3].id, campaigns[12].id, campaigns[7].id] } },
      depth: 0,
      sort: 'legacyId',
    })
    expect(docs.map((p) => ({ legacyId: p.legacyId, themes: p.themes, kind: p.kind }))).toEqual([
      { legacyId: campaigns[3].id, themes: [health], kind: expect.any(String) },
      { legacyId: campaigns[12].id, themes: [sport, health], kind: 'outing' },
    ])
  })

  it('a dry run counts creations and updates as the real run then makes them', async () => {
    const own = generateLegacyExport({ years: plainYears(YEAR, YEAR, 12), seed: 16, idPrefix: `${PREFIX}u` })
    const base = Math.floor(Math.random() * 9e5)
    const ownCampaigns = own.campaigns.map((c, i) => ({ ...c, uai: `8${String(base + i).padStart(6, '0')}M` }))
    const first = legacyCsv(ownCampaigns, own.gifts)
    const changed = legacyCsv(
      ownCampaigns.map((c, i) => (i === 0 ? { ...c, title: `${c.title} (corrigé)` } : c)),
      own.gifts.map((g, i) => (i < 2 ? { ...g, amountCents: g.amountCents + 100 } : g)),
    )
    const reals = []
    for (const csv of [first, changed]) {
      const before = await counts()
      const preview = await importLegacy(payload, files(csv.campagnes, csv.dons), { dryRun: true })
      expect(await counts()).toEqual(before)
      const real = await importLegacy(payload, files(csv.campagnes, csv.dons))
      expect(preview).toMatchObject({
        campaigns: real.campaigns,
        gifts: real.gifts,
        establishmentsCreated: real.establishmentsCreated,
      })
      reals.push(real)
    }
    expect(reals[0]).toMatchObject({
      campaigns: { created: ownCampaigns.length, refused: 0 },
      gifts: { created: own.gifts.length, refused: 0 },
      establishmentsCreated: ownCampaigns.length,
    })
    expect(reals[1]).toMatchObject({
      campaigns: { created: 0, updated: 1, unchanged: ownCampaigns.length - 1 },
      gifts: { created: 0, updated: 2 },
      establishmentsCreated: 0,
    })
    const again = await importLegacy(payload, files(changed.campagnes, changed.dons), { dryRun: true })
    expect(again.campaigns).toEqual({ created: 0, updated: 0, unchanged: ownCampaigns.length, refused: 0 })
  })
})
