import type { Payload, Where } from 'payload'

import { relationId } from '@/domain/access/ids'
import { INDICATOR_HEADER, type IndicatorRow, computeIndicators, indicatorCsvRows } from '@/domain/tne/indicators'
import type { PartnerKind } from '@/domain/tne/options'
import type { User } from '@/payload-types'
import { frenchCsv } from '@/services/exports/table-file'

/**
 * Indicators per territory and year. On behalf of a user: the records they may read (a coordinator
 * their territories, an admin all). `{ public: true }`: aggregates only, for the territories' public
 * pages — the records stay private, the counts are published (the GIP's activity report does).
 */
export async function loadIndicators(
  payload: Payload,
  reader: { user: User } | { public: true },
  territoryIds?: number[],
): Promise<IndicatorRow[]> {
  const access = 'user' in reader ? { user: reader.user, overrideAccess: false } : { overrideAccess: true }
  const scope: Where = territoryIds ? { territory: { in: territoryIds } } : {}
  const [territories, conventions, workshops] = await Promise.all([
    payload.find({
      collection: 'territories',
      where: territoryIds ? { id: { in: territoryIds } } : {},
      pagination: false,
      depth: 0,
      select: { name: true, yearlyFigures: true },
      overrideAccess: false,
    }),
    payload.find({
      collection: 'conventions',
      where: scope,
      pagination: false,
      depth: 1,
      select: { territory: true, status: true, signatureDate: true, partner: true },
      populate: { partners: { kind: true } },
      ...access,
    }),
    payload.find({
      collection: 'workshops',
      where: { and: [scope, { status: { equals: 'held' } }] },
      pagination: false,
      depth: 0,
      select: { territory: true, status: true, startsAt: true, format: true, audience: true, participants: true },
      ...access,
    }),
  ])
  // Declared figures: only for the territories the reader acts on (public: all).
  const mine =
    'user' in reader && !(reader.user.roles ?? []).includes('admin')
      ? new Set((reader.user.territories ?? []).map((t) => relationId(t)))
      : null
  return computeIndicators({
    territories: territories.docs.map((t) => ({ id: t.id, name: t.name })),
    conventions: conventions.docs.map((c) => {
      const partner =
        typeof c.partner === 'object' && c.partner ? { id: c.partner.id, kind: c.partner.kind as PartnerKind } : null
      return {
        territory: relationId(c.territory) as number,
        status: c.status ?? 'draft',
        signatureDate: c.signatureDate ?? null,
        partner,
      }
    }),
    workshops: workshops.docs.map((w) => ({
      territory: relationId(w.territory) as number,
      status: w.status,
      startsAt: w.startsAt,
      format: w.format,
      audience: w.audience,
      participants: w.participants ?? null,
    })),
    declared: territories.docs
      .filter((t) => !mine || mine.has(t.id))
      .flatMap((t) =>
        (t.yearlyFigures ?? []).map((f) => ({ territory: t.id, year: f.year, initiatives: f.initiatives })),
      ),
  })
}

export function indicatorsCsv(rows: IndicatorRow[]): string {
  return frenchCsv([[...INDICATOR_HEADER], ...indicatorCsvRows(rows)])
}
