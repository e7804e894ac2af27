import { type CollectionSlug, type PayloadRequest, ValidationError } from 'payload'

import { relationId } from '@/domain/access/ids'

/**
 * A TNE record only points at records of its own territory (a convention's partner and signed file,
 * a workshop's convention, a fund call's convention): a coordinator can neither reach into another
 * territory through a relationship, nor mix two territories up by mistake. Refuses on the field.
 */
export async function assertSameTerritoryOrThrow(
  req: PayloadRequest,
  {
    collection,
    related,
    territory,
    path,
    message,
  }: { collection: CollectionSlug; related: unknown; territory: unknown; path: string; message: string },
): Promise<void> {
  const relatedId = relationId(related as never)
  if (relatedId === null) return
  const doc = (await req.payload.findByID({
    collection,
    id: relatedId,
    depth: 0,
    req,
    disableErrors: true,
    select: { territory: true } as never,
  })) as { territory?: unknown } | null
  const expected = relationId(territory as never)
  if (!doc || expected === null || relationId(doc.territory as never) !== expected) {
    throw new ValidationError({
      collection: req.routeParams?.collection as string | undefined,
      errors: [{ path, message }],
    })
  }
}
