/**
 * What each upload collection accepts, judged on the type read from the file's first bytes
 * (`file-type`), never on the browser's claim nor the extension: a renamed SVG or HTML file is
 * not recognised as an image and is refused. SVG and HTML are never accepted (they can carry
 * scripts served from the portal's origin).
 */
export type UploadPolicy = { mimeTypes: readonly string[]; maxBytes: number; refusal: string }

const MB = 1024 * 1024

/** Images of the editorial content (`media`): resized to WebP by sharp. */
export const MEDIA_POLICY: UploadPolicy = {
  mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
  maxBytes: 10 * MB,
  refusal: 'Seules les images JPEG, PNG ou WebP sont acceptées (le SVG n’est pas accepté).',
}

/** Downloadable files of workshop kits (`documents`). */
export const DOCUMENT_POLICY: UploadPolicy = {
  mimeTypes: [
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.oasis.opendocument.presentation',
    'application/vnd.oasis.opendocument.spreadsheet',
    'image/jpeg',
    'image/png',
  ],
  maxBytes: 20 * MB,
  refusal: 'Seuls les documents PDF, Word, PowerPoint, Excel, OpenDocument et les images JPEG ou PNG sont acceptés.',
}

/** Signature images printed on tax receipts (`structure-signatures`): the formats the PDF library embeds. */
export const SIGNATURE_POLICY: UploadPolicy = {
  mimeTypes: ['image/png', 'image/jpeg'],
  maxBytes: 1 * MB,
  refusal: 'Seules les images PNG ou JPEG sont acceptées pour une signature.',
}

const megabytes = (bytes: number) => (bytes / MB).toLocaleString('fr-FR', { maximumFractionDigits: 1 })

/** Why a file may not be uploaded under `policy`, or null. `detectedMime` is undefined when unrecognised. */
export function uploadProblem(
  policy: UploadPolicy,
  { detectedMime, size }: { detectedMime: string | undefined; size: number },
): string | null {
  if (size === 0) return 'Le fichier est vide.'
  if (!detectedMime || !policy.mimeTypes.includes(detectedMime)) return policy.refusal
  if (size > policy.maxBytes)
    return `Le fichier pèse ${megabytes(size)} Mo : la limite est de ${megabytes(policy.maxBytes)} Mo.`
  return null
}
