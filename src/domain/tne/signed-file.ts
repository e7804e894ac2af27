/** Signed conventions: PDF only, as recognised from the file's content, up to 10 MB. */
export const SIGNED_FILE_MIME = 'application/pdf'
export const SIGNED_FILE_MAX_BYTES = 10 * 1024 * 1024

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })

/** Why a file may not be a signed convention, or null. `detectedMime` is read from the bytes, never the name. */
export function signedFileProblem({
  detectedMime,
  size,
  tail,
}: {
  detectedMime: string | undefined
  size: number
  tail?: string
}): string | null {
  if (size === 0) return 'Le fichier est vide.'
  if (detectedMime !== SIGNED_FILE_MIME) return 'Seuls les fichiers PDF sont acceptés pour la convention signée.'
  if (size > SIGNED_FILE_MAX_BYTES)
    return `Le fichier pèse ${megabytes(size)} Mo : la limite est de ${megabytes(SIGNED_FILE_MAX_BYTES)} Mo.`
  // A complete PDF ends with its cross-reference table and %%EOF (a truncated upload does not).
  if (tail !== undefined && !(tail.includes('%%EOF') && tail.includes('xref')))
    return 'Le fichier PDF est incomplet ou endommagé : déposez-le à nouveau.'
  return null
}

/** The last kilobyte of a file, as read for the completeness check. */
export function tailOf(bytes: Uint8Array): string {
  return Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1')
}
