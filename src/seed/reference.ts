import type { Payload } from 'payload'

import { academies } from './data/academies'
import { departments } from './data/departments'
import { territories } from './data/territories'
import { themes } from './data/themes'
import { seedParentsQuestionnaire } from './questionnaire'
import { idsBy } from './upsert'

/**
 * Reference data (académies, départements, themes, TNE territories, the parents' questionnaire): the real lists, created when
 * missing (a partial run is completed by the next one). Safe in production: it is data, not demo content.
 */
export async function seedReferenceData(payload: Payload): Promise<{ created: number }> {
  let created = 0
  const academyIds = await idsBy(payload, 'academies', 'code')
  for (const academy of academies) {
    if (academyIds.has(academy.code)) continue
    const doc = await payload.create({ collection: 'academies', data: academy, depth: 0 })
    academyIds.set(academy.code, doc.id)
    created++
  }
  const departmentIds = await idsBy(payload, 'departments', 'code')
  for (const { academyCode, ...department } of departments) {
    if (departmentIds.has(department.code)) continue
    const academy = academyIds.get(academyCode)
    if (!academy) throw new Error(`Seed: unknown académie ${academyCode} for département ${department.code}`)
    const doc = await payload.create({ collection: 'departments', data: { ...department, academy }, depth: 0 })
    departmentIds.set(department.code, doc.id)
    created++
  }
  const themeIds = await idsBy(payload, 'themes', 'slug')
  for (const theme of themes) {
    if (themeIds.has(theme.slug)) continue
    await payload.create({ collection: 'themes', data: theme, depth: 0 })
    created++
  }
  const territoryIds = await idsBy(payload, 'territories', 'slug')
  for (const { departmentCode, ...territory } of territories) {
    if (territoryIds.has(territory.slug)) continue
    const department = departmentIds.get(departmentCode)
    if (!department) throw new Error(`Seed: unknown département ${departmentCode} for territory ${territory.slug}`)
    await payload.create({ collection: 'territories', data: { ...territory, department }, depth: 0 })
    created++
  }
  created += (await seedParentsQuestionnaire(payload)).created
  return { created }
}
