import { describe, expect, it } from 'vitest'

import { fileLabel } from './file-label'

describe('fileLabel', () => {
  it.each([
    ['application/pdf', 1_258_291, 'PDF, 1,2 Mo'],
    ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 350_000, 'PowerPoint, 341,8 ko'],
    ['image/png', 900, 'PNG, 900 o'],
    ['application/x-unknown', 2048, 'Fichier, 2 ko'],
    [null, null, 'Fichier, 0 o'],
  ])('%s %s → %s', (mime, size, label) => {
    expect(fileLabel(mime, size).replace(/\u202f|\u00a0/g, ' ')).toBe(label)
  })
})
