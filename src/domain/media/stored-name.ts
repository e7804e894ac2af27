/**
 * How uploaded files are named where they are stored (a folder of UPLOADS_DIR, or a prefix in the
 * S3 bucket). The name is made by the server: a fresh identifier, unique per document, and the
 * extension of the type read from the file's bytes. The uploader's name never reaches the store,
 * so no upload can land on another document's file (nor on its derived sizes, named
 * `<identifier>-<width>x<height>.<ext>` after it), and a polyglot named `x.html` or `x.svg` is
 * stored as what its bytes are.
 */

import { slugify } from '@/domain/text/slugify'

/** The extension each type the portal accepts is stored under (the upload policies list the types accepted per collection). */
export const STORED_EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
}

/** The name a file is stored under: `id` (a fresh UUID) and the extension of its detected type; null for a type the portal never stores. */
export function storedFilename(detectedMime: string | undefined, id: string): string | null {
  const extension = detectedMime ? STORED_EXTENSIONS[detectedMime] : undefined
  return extension ? `${id}.${extension}` : null
}

// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g
const DISPLAY_MAX_CHARACTERS = 200

/** The uploader's name of a file, kept for display only: without folders or control characters, at most 200 characters. */
export function displayFilename(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? ''
  const clean = Array.from(base.replace(CONTROL_CHARACTERS, '')).slice(0, DISPLAY_MAX_CHARACTERS).join('').trim()
  return clean || 'fichier'
}

/**
 * The name a downloaded file is saved under (the `download` attribute of its link): its label,
 * slugified, with the extension of the stored file (so of its bytes), never the uploader's.
 * "Guide de l’animateur" stored as `<uuid>.pdf` → `guide-de-l-animateur.pdf`.
 */
export function downloadFilename(label: string, storedName: string): string {
  const dot = storedName.lastIndexOf('.')
  const extension = dot > 0 ? storedName.slice(dot) : ''
  return `${slugify(label).slice(0, 100).replace(/-+$/, '') || 'fichier'}${extension}`
}

/** The longest name a file system stores (and so the longest any stored file has), in UTF-8 bytes. */
const NAME_MAX_BYTES = 255
const PREFIX_MAX_BYTES = 1024

const byteLength = (text: string) => new TextEncoder().encode(text).length
const hasControlCharacter = (text: string) => new RegExp(CONTROL_CHARACTERS.source).test(text)

export const BAD_FILE_ADDRESS = 'Adresse de fichier invalide.'

/**
 * Why a file address (`/api/<collection>/file/<filename>?prefix=…`) cannot name a stored file, or
 * null. Every stored name, the server's and those of files stored before it made them, is a single
 * path segment of at most 255 bytes without control characters; anything else is refused before
 * the database or the store is asked.
 */
export function fileAddressProblem({ filename, prefix }: { filename: unknown; prefix?: string | null }): string | null {
  if (typeof filename !== 'string' || filename === '' || filename === '.' || filename === '..') return BAD_FILE_ADDRESS
  if (hasControlCharacter(filename) || /[/\\]/.test(filename) || byteLength(filename) > NAME_MAX_BYTES)
    return BAD_FILE_ADDRESS
  if (
    prefix != null &&
    (hasControlCharacter(prefix) ||
      prefix.includes('\\') ||
      prefix.split('/').includes('..') ||
      byteLength(prefix) > PREFIX_MAX_BYTES)
  )
    return BAD_FILE_ADDRESS
  return null
}
