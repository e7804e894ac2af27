import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

/**
 * Creates the record unless one matching `where` exists; never modifies or deletes anything, so the
 * seed can run on every start without touching what people have edited.
 */
export async function createIfMissing<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  data: RequiredDataFromCollectionSlug<S>,
): Promise<{ id: number | string; created: boolean }> {
  const existing = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false })
  const found = existing.docs[0] as { id: number | string } | undefined
  if (found) return { id: found.id, created: false }
  const doc = (await payload.create({ collection, data, depth: 0, disableVerificationEmail: true } as Parameters<
    Payload['create']
  >[0])) as { id: number | string }
  return { id: doc.id, created: true }
}

/** Ids of existing records keyed by `field`, in one query. */
export async function idsBy<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  field: string,
): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection,
    limit: 0,
    pagination: false,
    depth: 0,
    select: { [field]: true } as never,
  })
  return new Map((docs as unknown as Record<string, unknown>[]).map((doc) => [String(doc[field]), Number(doc.id)]))
}
