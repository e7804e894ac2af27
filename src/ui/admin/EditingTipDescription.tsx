import type { Field, Payload } from 'payload'

/**
 * In the admin, a project field's description is its editing tip (the `editing-tips` global), after
 * the field's own description if it has one.
 */
export async function EditingTipDescription({ field, payload }: { field: Field; payload: Payload }) {
  if (!('name' in field)) return null
  const tips = (await payload.findGlobal({ slug: 'editing-tips', depth: 0 })) as unknown as Record<string, unknown>
  const tip = tips[field.name]
  const own = (field.admin as { description?: unknown } | undefined)?.description
  const ownText =
    typeof own === 'string' ? own : own && typeof own === 'object' ? (own as Record<string, string>).fr : null
  if (!ownText && !(typeof tip === 'string' && tip.trim())) return null
  return (
    <div className="field-description">
      {ownText ? <p>{ownText}</p> : null}
      {typeof tip === 'string' && tip.trim() ? <p>Conseil : {tip}</p> : null}
    </div>
  )
}
