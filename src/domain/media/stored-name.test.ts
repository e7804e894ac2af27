import { describe, expect, it } from 'vitest'

import {
  BAD_FILE_ADDRESS,
  STORED_EXTENSIONS,
  displayFilename,
  downloadFilename,
  fileAddressProblem,
  storedFilename,
} from './stored-name'
import { DOCUMENT_POLICY, MEDIA_POLICY, SIGNATURE_POLICY } from './upload-policy'
import { PICTURE_MIME_TYPES } from './picture'

const ID = '0b6f2a52-3c1e-4d7a-9f00-6a1d2e3f4b5c'

describe('storedFilename', () => {
  it.each([
    ['a JPEG', 'image/jpeg', `${ID}.jpg`],
    ['a PNG', 'image/png', `${ID}.png`],
    ['a WebP', 'image/webp', `${ID}.webp`],
    ['a PDF', 'application/pdf', `${ID}.pdf`],
    ['a Word document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', `${ID}.docx`],
    ['an OpenDocument spreadsheet', 'application/vnd.oasis.opendocument.spreadsheet', `${ID}.ods`],
    ['SVG is never stored', 'image/svg+xml', null],
    ['HTML is never stored', 'text/html', null],
    ['XML is never stored', 'application/xml', null],
    ['a GIF is not accepted', 'image/gif', null],
    ['an unrecognised file', undefined, null],
  ] as const)('%s', (_name, mime, expected) => {
    expect(storedFilename(mime, ID)).toBe(expected)
  })

  it('has an extension for every type an upload policy accepts', () => {
    for (const mime of [
      ...MEDIA_POLICY.mimeTypes,
      ...DOCUMENT_POLICY.mimeTypes,
      ...SIGNATURE_POLICY.mimeTypes,
      ...PICTURE_MIME_TYPES,
      'application/pdf',
    ]) {
      expect(STORED_EXTENSIONS[mime], mime).toMatch(/^[a-z]{3,4}$/)
    }
  })

  it('gives derived sizes names that belong to their document only', () => {
    // Payload names a size `<stem>-<width>x<height>.<ext>` after the stored name: two documents' stems never meet.
    const [a, b] = [
      storedFilename('image/png', ID)!,
      storedFilename('image/jpeg', 'f47ac10b-58cc-4372-a567-0e02b2c3d479')!,
    ]
    const size = (name: string) => `${name.slice(0, name.lastIndexOf('.'))}-640x400.webp`
    expect(size(a)).not.toBe(size(b))
    expect([a, b]).not.toContain(size(a))
  })
})

describe('displayFilename', () => {
  it.each([
    ['a plain name', 'classe-de-mer.jpg', 'classe-de-mer.jpg'],
    ['accents and spaces kept', 'Convention signée 2026.pdf', 'Convention signée 2026.pdf'],
    ['a Windows path', 'C:\\fakepath\\photo.png', 'photo.png'],
    ['a Unix path', '../../etc/passwd', 'passwd'],
    ['control characters removed', 'pho\u0000to\n.png', 'photo.png'],
    ['nothing left', '   ', 'fichier'],
    ['cut to 200 characters', `${'é'.repeat(250)}.png`, 'é'.repeat(200)],
  ])('%s', (_name, given, expected) => {
    expect(displayFilename(given)).toBe(expected)
  })
})

describe('downloadFilename', () => {
  it.each([
    ['a kit’s guide', 'Guide de l’animateur', `${ID}.pdf`, 'guide-de-l-animateur.pdf'],
    ['a slide deck', 'Diaporama « Idées reçues »', `${ID}.pptx`, 'diaporama-idees-recues.pptx'],
    ['a file stored before the portal named them', 'Affiche', 'affiche-a3.jpg', 'affiche.jpg'],
    ['a label with nothing to keep', '« »', `${ID}.pdf`, 'fichier.pdf'],
    ['a long label, cut to 100 characters', 'mot '.repeat(60), `${ID}.pdf`, `${'mot-'.repeat(25).slice(0, 99)}.pdf`],
    ['no extension', 'Guide', 'guide', 'guide'],
  ])('%s', (_name, label, stored, expected) => {
    expect(downloadFilename(label, stored)).toBe(expected)
  })
})

describe('fileAddressProblem', () => {
  it.each([
    ['a server-made name', `${ID}.png`, undefined, null],
    ['a derived size', `${ID}-640x400.webp`, undefined, null],
    ['a name stored before the server made them', 'classe-de-mer-1.jpg', undefined, null],
    ['a receipt', 'OCCE95-2026-000001-recu.pdf', undefined, null],
    ['accents', 'convention-signée.pdf', undefined, null],
    ['the collection’s prefix', `${ID}.png`, 'media', null],
    ['exactly 255 bytes', `${'a'.repeat(251)}.png`, undefined, null],
    ['256 bytes', `${'a'.repeat(252)}.png`, undefined, BAD_FILE_ADDRESS],
    ['255 characters but more bytes', `${'é'.repeat(200)}.png`, undefined, BAD_FILE_ADDRESS],
    ['a NUL byte', '\u0000', undefined, BAD_FILE_ADDRESS],
    ['a NUL byte inside', 'photo\u0000.png', undefined, BAD_FILE_ADDRESS],
    ['a line break', 'photo\n.png', undefined, BAD_FILE_ADDRESS],
    ['DEL', 'photo\u007f.png', undefined, BAD_FILE_ADDRESS],
    ['a slash', '../package.json', undefined, BAD_FILE_ADDRESS],
    ['a backslash', '..\\package.json', undefined, BAD_FILE_ADDRESS],
    ['the parent folder', '..', undefined, BAD_FILE_ADDRESS],
    ['the folder itself', '.', undefined, BAD_FILE_ADDRESS],
    ['empty', '', undefined, BAD_FILE_ADDRESS],
    ['not a string', undefined, undefined, BAD_FILE_ADDRESS],
    ['a NUL byte in the prefix', 'photo.png', '\u0000', BAD_FILE_ADDRESS],
    ['a parent folder in the prefix', 'photo.png', 'media/../receipt-files', BAD_FILE_ADDRESS],
    ['a 2,000-byte prefix', 'photo.png', 'a'.repeat(2000), BAD_FILE_ADDRESS],
  ])('%s', (_name, filename, prefix, expected) => {
    expect(fileAddressProblem({ filename, prefix })).toBe(expected)
  })
})
