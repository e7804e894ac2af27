/** Project pictures: JPEG, PNG or WebP, as recognised from the file's content, up to 5 MB. */
export const PICTURE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const PICTURE_MAX_BYTES = 5 * 1024 * 1024
export const ALT_MAX_LENGTH = 250

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })

/**
 * Why a file may not be a project picture, or null. `detectedMime` is the type read from the
 * file's first bytes (never the browser's claim nor the extension); undefined when unrecognised.
 */
export function pictureProblem({
  detectedMime,
  size,
}: {
  detectedMime: string | undefined
  size: number
}): string | null {
  if (size === 0) return 'Le fichier est vide.'
  if (!detectedMime || !(PICTURE_MIME_TYPES as readonly string[]).includes(detectedMime)) {
    return 'Seules les images JPEG, PNG ou WebP sont acceptées.'
  }
  if (size > PICTURE_MAX_BYTES)
    return `L’image pèse ${megabytes(size)} Mo : la limite est de ${megabytes(PICTURE_MAX_BYTES)} Mo.`
  return null
}

/** Why an alternative text is not acceptable, or null. */
export function altTextProblem(alt: string | null | undefined): string | null {
  const text = alt?.trim() ?? ''
  if (!text) return 'Décrivez l’image en quelques mots (texte alternatif) pour les personnes qui ne la voient pas.'
  if (text.length > ALT_MAX_LENGTH) return `Le texte alternatif ne doit pas dépasser ${ALT_MAX_LENGTH} caractères.`
  return null
}
