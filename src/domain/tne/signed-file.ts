/** Signed conventions: PDF only, as recognised from the file's content, up to 10 MB. */
export const SIGNED_FILE_MIME = 'application/pdf'
export const SIGNED_FILE_MAX_BYTES = 10 * 1024 * 1024

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })

/** Why a file may not be a signed convention, or null. `detectedMime` is read from the bytes, never the name. */
export function signedFileProblem({ detectedMime, size }: { detectedMime: string | undefined; size: number }): string | null {
  if (size === 0) return 'Le fichier est vide.'
  if (detectedMime !== SIGNED_FILE_MIME) return 'Seuls les fichiers PDF sont acceptés pour la convention signée.'
  if (size > SIGNED_FILE_MAX_BYTES) return `Le fichier pèse ${megabytes(size)} Mo : la limite est de ${megabytes(SIGNED_FILE_MAX_BYTES)} Mo.`
  return null
}
