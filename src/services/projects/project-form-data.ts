import type { Payload, Where } from 'payload'

import { withoutControlCharacters } from '@/domain/text/control-characters'
import type { Establishment } from '@/payload-types'

const UAI = /^\d{7}[a-z]$/i

/** Schools matching a UAI code exactly, or a name or commune; at most 20. Searches of more than 100 characters find nothing. */
export async function searchEstablishments(payload: Payload, query: string): Promise<Establishment[]> {
  const q = withoutControlCharacters(query).trim()
  if (q.length < 2 || q.length > 100) return []
  const where: Where = UAI.test(q)
    ? { uai: { equals: q.toUpperCase() } }
    : { or: [{ name: { like: q } }, { commune: { like: q } }] }
  const { docs } = await payload.find({
    collection: 'establishments',
    where,
    limit: 20,
    depth: 1,
    sort: 'name',
    overrideAccess: false,
  })
  return docs
}

/**
 * Receiving structures a teacher may choose: those of the school's département first, then those
 * without a département (national). Names and kinds of legal bodies are public information.
 */
export async function structureChoices(
  payload: Payload,
  departmentId: number | null,
): Promise<{ value: string; label: string }[]> {
  const { docs } = await payload.find({
    collection: 'structures',
    where: departmentId ? { or: [{ department: { equals: departmentId } }, { department: { exists: false } }] } : {},
    limit: 300,
    depth: 0,
    sort: 'name',
    select: { name: true, department: true },
  })
  return docs
    .sort((a, b) => Number(Boolean(b.department)) - Number(Boolean(a.department)))
    .map((s) => ({ value: String(s.id), label: s.name }))
}

export async function editingTips(payload: Payload): Promise<Partial<Record<string, string | null>>> {
  return (await payload.findGlobal({ slug: 'editing-tips', depth: 0 })) as unknown as Partial<
    Record<string, string | null>
  >
}

export async function themeChoices(payload: Payload): Promise<{ value: string; label: string }[]> {
  const { docs } = await payload.find({ collection: 'themes', limit: 100, depth: 0, sort: 'name' })
  return docs.map((t) => ({ value: String(t.id), label: t.name }))
}
