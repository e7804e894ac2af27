import type { PayloadRequest } from 'payload'

import { type Role, hasRole } from '@/domain/access/roles'
import type { User } from '@/payload-types'
import { type ExportFormat, EXPORT_CONTENT_TYPES, tableFile } from '@/services/exports/table-file'

// The toolkit of every custom endpoint: refusals in Payload's own JSON shape, the one mapping from a
// thrown refusal to its answer, the `?format=` parser, and the table downloads (CSV or XLSX).

export type FieldError = { path: string; message: string }

/** A refusal in the shape Payload gives its own: `{ errors: [{ message, data: { errors } }] }`. */
export function refuse(status: number, message: string, fieldErrors?: FieldError[]): Response {
  return Response.json(
    { errors: [{ message, ...(fieldErrors ? { data: { errors: fieldErrors } } : {}) }] },
    { status, headers: { 'Cache-Control': 'no-store' } },
  )
}

type Refusal = Error & { status: number; data?: unknown }
type Issue = { path: PropertyKey[]; message: string }

/**
 * A refusal thrown by a service: Payload's `APIError` family (`ValidationError`, `Forbidden`,
 * `NotFound`…), recognised by its 4xx `status` rather than by `instanceof`: a production bundle may
 * hold two copies of Payload's error classes, and `instanceof` then misses one.
 */
const isRefusal = (error: unknown): error is Refusal => {
  const status = (error as { status?: unknown } | null)?.status
  return error instanceof Error && typeof status === 'number' && status >= 400 && status < 500
}

/** A zod parse error (by name, for the same reason): its issues become field errors. */
const zodIssues = (error: unknown): Issue[] | null => {
  const issues = (error as { issues?: unknown } | null)?.issues
  return error instanceof Error && error.name === 'ZodError' && Array.isArray(issues) ? (issues as Issue[]) : null
}

/** A zod schema's issues as field errors (`path` dotted). */
export const fieldErrorsOf = (issues: readonly Issue[]): FieldError[] =>
  issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))

/**
 * The one mapping from a thrown error to an answer: a refusal keeps its status, message and field
 * errors (`messages` may put a status's message in other words); a zod error is a 400 on its fields.
 * Anything else is null: the caller rethrows it and Payload answers 500 and logs it.
 */
export function refusalResponse(error: unknown, messages: Partial<Record<number, string>> = {}): Response | null {
  if (isRefusal(error)) {
    const message = messages[error.status] ?? error.message
    return Response.json(
      { errors: [{ message, ...(error.data ? { data: error.data } : {}) }] },
      { status: error.status, headers: { 'Cache-Control': 'no-store' } },
    )
  }
  const issues = zodIssues(error)
  if (issues) return refuse(400, issues[0]?.message ?? 'Requête invalide.', fieldErrorsOf(issues))
  return null
}

/** Runs a handler: a refusal it throws becomes its answer (see `refusalResponse`), anything else propagates. */
export async function answering(
  run: () => Promise<Response>,
  messages?: Partial<Record<number, string>>,
): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    const refusal = refusalResponse(error, messages)
    if (refusal) return refusal
    throw error
  }
}

export type PortalUser = User & { collection: 'users' }

/** The signed-in portal user, or the 401 to answer. */
export function userOr401(req: PayloadRequest): PortalUser | Response {
  const user = req.user as (User & { collection?: string }) | null
  if (!user || user.collection !== 'users') return refuse(401, 'Connectez-vous pour continuer.')
  return user as PortalUser
}

/** The signed-in user holding one of `roles`, or the answer to give: 401 signed out, 403 (`message`) otherwise. */
export function userWithRoleOr4xx(req: PayloadRequest, roles: readonly Role[], message: string): PortalUser | Response {
  const user = userOr401(req)
  if (user instanceof Response) return user
  return hasRole(user, ...roles) ? user : refuse(403, message)
}

/** A record id of the path (`/:id/…`): a positive integer, or null. */
export function routeId(req: PayloadRequest): number | null {
  const id = Number(req.routeParams?.id)
  return Number.isInteger(id) && id > 0 ? id : null
}

/** A positive integer query parameter: undefined when absent, NaN when malformed. */
export function idParam(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : Number.NaN
}

/** The request's JSON body, or null when it has none or it is not JSON. */
export async function jsonBody(req: PayloadRequest): Promise<unknown> {
  return req.json ? await req.json().catch(() => null) : null
}

/**
 * `?format=`: one of `allowed`, `fallback` when absent, null for anything else (an empty value
 * included); answer `formatRefusal(allowed)` then. Each endpoint states its own formats and default.
 */
export function parseFormat<F extends string>(value: unknown, allowed: readonly F[], fallback: F): F | null {
  if (value === undefined) return fallback
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as F) : null
}

/** The 400 for a format `parseFormat` did not accept: "Format inconnu : csv ou xlsx." */
export const formatRefusal = (allowed: readonly string[]): Response =>
  refuse(
    400,
    `Format inconnu : ${allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} ou ${allowed.at(-1)}` : allowed[0]}.`,
  )

type Download = { name: string; cacheControl?: string }

/** A download's name dated today: `indicateurs-tne-2026-12-06`. */
export const datedName = (name: string, now = new Date()): string => `${name}-${now.toISOString().slice(0, 10)}`

const download = (body: BodyInit, contentType: string, fileName: string, cacheControl = 'no-store') =>
  new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': cacheControl,
    },
  })

/** A table (header and rows) as a CSV or XLSX download named `<name>.<format>`. */
export async function tableResponse(
  header: readonly string[],
  rows: (string | number | null)[][],
  format: ExportFormat,
  { name, sheet = name, cacheControl }: Download & { sheet?: string },
): Promise<Response> {
  return fileResponse(await tableFile(header, rows, format, sheet), format, { name, cacheControl })
}

/** A table already written (by `tableFile` or a CSV writer) as a download named `<name>.<format>`. */
export function fileResponse(
  body: Uint8Array | string,
  format: ExportFormat,
  { name, cacheControl }: Download,
): Response {
  return download(
    typeof body === 'string' ? body : Buffer.from(body),
    EXPORT_CONTENT_TYPES[format],
    `${name}.${format}`,
    cacheControl,
  )
}
