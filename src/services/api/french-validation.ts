import { type Config, type FlattenedField, ValidationError } from 'payload'

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]
type Label = unknown

/** The French label of the field at a path ("budgetLines.2.amountCents" → "Montant"), or null. */
export function labelAtPath(fields: readonly FlattenedField[] | undefined, path: string): string | null {
  let current = fields
  let found: FlattenedField | undefined
  for (const segment of path.split('.').filter((s) => !/^\d+$/.test(s))) {
    found = current?.find((f) => f.name === segment)
    if (!found) return null
    current = 'flattenedFields' in found ? found.flattenedFields : undefined
  }
  return found ? frenchText(found.label) : null
}

function frenchText(label: Label): string | null {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'fr' in label && typeof (label as { fr: unknown }).fr === 'string')
    return (label as { fr: string }).fr
  return null
}

/**
 * A refused save names its fields by their French labels, in French ("Le champ suivant n’est pas
 * valide : Montant"), not by their paths in English ("The following field is invalid: amountCents"):
 * our hooks throw ValidationError without Payload's translator, and with paths rather than labels.
 * Each field's own message (data.errors) is left as it is, and kept in the answer.
 */
export const frenchValidationMessage: AfterErrorHook = ({ error, req, result, collection }) => {
  if (!(error instanceof ValidationError) || !result?.errors?.length) return
  const problems = error.data.errors
  const global = error.data.global ? req.payload.config.globals.find((g) => g.slug === error.data.global) : undefined
  const collections = req.payload.collections as Record<
    string,
    { config: { flattenedFields: FlattenedField[] } } | undefined
  >
  const fields =
    collection?.flattenedFields ??
    (error.data.collection ? collections[error.data.collection]?.config.flattenedFields : global?.flattenedFields)
  const names = problems.map((p) => frenchText(p.label) ?? labelAtPath(fields, p.path) ?? p.path)
  const message = `${problems.length === 1 ? 'Le champ suivant n’est pas valide :' : 'Les champs suivants ne sont pas valides :'} ${[...new Set(names)].join(', ')}`
  return {
    response: {
      ...result,
      // A refusal thrown with our copy of ValidationError (api-hardening's number check) is not
      // recognised by Payload's own `formatErrors`, which then drops its field errors: the admin
      // needs them to draw each message under its field.
      errors: result.errors.map((e) =>
        e.message === error.message ? { ...e, message, data: e.data ?? error.data } : e,
      ),
    },
  }
}
