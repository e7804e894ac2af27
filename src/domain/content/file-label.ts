/** "PDF, 1,2 Mo": a downloadable file's type and size, as a visitor reads them before downloading (RGAA 6.1). */
const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.oasis.opendocument.text': 'OpenDocument texte',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument présentation',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument tableur',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
}

const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 })

export function fileTypeLabel(mimeType: string | null | undefined): string {
  return (mimeType && TYPE_LABELS[mimeType]) || 'Fichier'
}

export function fileSizeLabel(bytes: number | null | undefined): string {
  const size = bytes ?? 0
  if (size < 1024) return `${size} o`
  if (size < 1024 * 1024) return `${oneDecimal.format(size / 1024)} ko`
  return `${oneDecimal.format(size / 1024 / 1024)} Mo`
}

export function fileLabel(mimeType: string | null | undefined, bytes: number | null | undefined): string {
  return `${fileTypeLabel(mimeType)}, ${fileSizeLabel(bytes)}`
}
