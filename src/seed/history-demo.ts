import type { Payload } from 'payload'

import { importLegacy } from '@/services/history/import-legacy'

import { REPORT_2018_2023, generateLegacyExport, legacyCsv } from './history'

const FIRST_ID = 'C2018-00001'

const REPORT_2023_TEXT = {
  title: 'Rapport d’activité 2023',
  introduction:
    'En 2023, la plateforme a accompagné plus de mille collectes terminées, un record depuis son lancement.\n\nCe rapport présente les chiffres de l’année, calculés à partir des données du portail.',
  activity: 'Le nombre de collectes terminées a doublé par rapport à 2022, porté par les écoles.',
  donors:
    'Les particuliers restent les premiers donateurs ; les entreprises du territoire de l’école s’engagent aussi.',
  conclusion: 'Merci aux enseignants, aux familles, aux entreprises et aux partenaires qui font vivre ces projets.',
}

/**
 * Demo history (development and browser tests): the former platform's export for 2018–2023, generated
 * to match the GIP's published activity table, imported through the real import; and the text of the
 * 2023 report. Skipped when the history is already there. Returns how many records it created.
 */
export async function seedHistory(payload: Payload): Promise<number> {
  const existing = await payload.find({
    collection: 'projects',
    where: { legacyId: { equals: FIRST_ID } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  let created = 0
  if (existing.docs.length === 0) {
    const { campaigns, gifts } = generateLegacyExport({ years: REPORT_2018_2023 })
    const { campagnes, dons } = legacyCsv(campaigns, gifts)
    const report = await importLegacy(payload, {
      campaigns: { name: 'campagnes.csv', bytes: Buffer.from(campagnes) },
      gifts: { name: 'dons.csv', bytes: Buffer.from(dons) },
    })
    if (report.problems.length)
      throw new Error(
        `Demo history refused: ${report.problems
          .slice(0, 3)
          .map((p) => `${p.file}:${p.line} ${p.reason}`)
          .join('; ')}`,
      )
    created += report.campaigns.created + report.gifts.created
  }
  const text = await payload.find({
    collection: 'activity-reports',
    where: { year: { equals: 2023 } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  if (text.docs.length === 0) {
    await payload.create({
      collection: 'activity-reports',
      data: { year: 2023, ...REPORT_2023_TEXT, _status: 'published' },
      depth: 0,
    })
    created++
  }
  return created
}
