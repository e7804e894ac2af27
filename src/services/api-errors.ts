import { APIError, ValidationError } from 'payload'

type FieldError = { path: string; message: string }

/**
 * Payload's API errors, recognised by their shape as well as by their class: a production bundle
 * may hold two copies of Payload's error classes (one in the server action's chunk, one in the
 * config's), so `instanceof` alone can miss a refusal and turn a 400 into a crash.
 */
export function apiErrorStatus(error: unknown): number | null {
  if (error instanceof APIError) return error.status
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' && error instanceof Error ? status : null
}

/** The field errors of a validation refusal, or null when `error` is not one. */
export function validationErrors(error: unknown): FieldError[] | null {
  if (error instanceof ValidationError) return error.data.errors
  const errors = (error as { data?: { errors?: unknown } } | null)?.data?.errors
  return apiErrorStatus(error) === 400 && Array.isArray(errors) ? (errors as FieldError[]) : null
}
