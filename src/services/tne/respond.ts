import { APIError, ValidationError } from 'payload'

/** A refusal thrown by a service, as the JSON answer Payload itself gives (message, field errors, status). */
export function refusalResponse(error: unknown): Response | null {
  if (error instanceof ValidationError || error instanceof APIError) {
    return Response.json({ errors: [{ message: error.message, data: error.data }] }, { status: error.status })
  }
  return null
}

/** The signed-in portal user of an endpoint's request, or a 401 answer. */
export function userOr401<U extends { collection?: string }>(user: U | null | undefined): U | Response {
  if (!user || user.collection !== 'users') return Response.json({ errors: [{ message: 'Connectez-vous pour continuer.' }] }, { status: 401 })
  return user
}
