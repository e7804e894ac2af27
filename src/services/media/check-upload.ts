import { fileTypeFromBuffer } from 'file-type'
import { type CollectionBeforeOperationHook, type CollectionSlug, ValidationError } from 'payload'

import { type UploadPolicy, uploadProblem } from '@/domain/media/upload-policy'

/**
 * Refuses, on the `file` field and before anything is stored, a file whose content (its first
 * bytes, read by `file-type`) is not in the collection's allow-list, or that is too large.
 */
export const checkUploadContent =
  (collection: CollectionSlug, policy: UploadPolicy): CollectionBeforeOperationHook =>
  async ({ operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file) return
    const { data, size } = req.file
    const detected = data?.length ? await fileTypeFromBuffer(data) : undefined
    const problem = uploadProblem(policy, { detectedMime: detected?.mime, size: size ?? data?.length ?? 0 })
    if (problem) throw new ValidationError({ collection, errors: [{ path: 'file', message: problem }] })
  }
