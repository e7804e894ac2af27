// The state a public form's server action returns and its components show: neither 'use server' (which
// may export only async functions) nor 'use client', so that both sides import it.

/** Errors by field name, the values to show again after a refusal, a message, and whether it is done. */
export type FormState = {
  errors?: Record<string, string>
  values?: Record<string, string>
  message?: string
  done?: boolean
}
