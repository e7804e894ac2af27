import type { PayloadRequest } from 'payload'

import { hasRole } from '@/domain/access/roles'
import type { User } from '@/payload-types'

/** The TNE reports' reader: a coordinator or an admin; otherwise the answer to give (401, 403). */
export function tneReaderOr4xx(req: PayloadRequest): User | Response {
  const user = req.user as (User & { collection?: string }) | null
  if (!user || user.collection !== 'users') return Response.json({ errors: [{ message: 'Connectez-vous pour continuer.' }] }, { status: 401 })
  if (!hasRole(user, 'admin', 'coordinator')) return Response.json({ errors: [{ message: 'Réservé aux coordinateurs TNE et au GIP.' }] }, { status: 403 })
  return user
}

/** `?format=` of a report: json (default) or csv; null for anything else. */
export function reportFormat(req: PayloadRequest): 'json' | 'csv' | null {
  const format = req.query?.format
  return format === undefined || format === 'json' ? 'json' : format === 'csv' ? 'csv' : null
}

export function csvResponse(body: string, name: string): Response {
  return new Response(body, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`, 'Cache-Control': 'no-store' },
  })
}

/** A positive integer query parameter, undefined when absent, NaN when malformed. */
export function idParam(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : Number.NaN
}
