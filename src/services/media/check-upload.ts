import { fileTypeFromBuffer } from 'file-type'
import { type CollectionBeforeOperationHook, type CollectionSlug, ValidationError } from 'payload'

/** An uploaded file as the rules judge it: the type read from its bytes (undefined when unrecognised), its size, its bytes. */
export type UploadedFile = { detectedMime: string | undefined; size: number; data: Buffer | undefined }

/**
 * Refuses, on the `file` field and before anything is stored, a file the collection's rule finds a
 * problem with: its content (its first bytes, read by `file-type`) not allowed, or too large.
 */
export const checkUploadContent =
  (collection: CollectionSlug, problemOf: (file: UploadedFile) => string | null): CollectionBeforeOperationHook =>
  async ({ operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file) return
    const { data, size } = req.file
    const detected = data?.length ? await fileTypeFromBuffer(data) : undefined
    const problem = problemOf({ detectedMime: detected?.mime, size: size ?? data?.length ?? 0, data })
    if (problem) throw new ValidationError({ collection, errors: [{ path: 'file', message: problem }] })
  }
