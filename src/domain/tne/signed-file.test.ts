import { describe, expect, it } from 'vitest'

import { SIGNED_FILE_MAX_BYTES, signedFileProblem } from './signed-file'

describe('signedFileProblem', () => {
  it.each([
    [{ detectedMime: 'application/pdf', size: 2048 }, null],
    [{ detectedMime: 'application/pdf', size: SIGNED_FILE_MAX_BYTES }, null],
    [
      { detectedMime: 'application/pdf', size: SIGNED_FILE_MAX_BYTES + 1 },
      'Le fichier pèse 10 Mo : la limite est de 10 Mo.',
    ],
    [{ detectedMime: undefined, size: 2048 }, 'Seuls les fichiers PDF sont acceptés pour la convention signée.'],
    [{ detectedMime: 'image/png', size: 2048 }, 'Seuls les fichiers PDF sont acceptés pour la convention signée.'],
    [{ detectedMime: 'application/pdf', size: 0 }, 'Le fichier est vide.'],
    [{ detectedMime: 'application/pdf', size: 2048, tail: 'xref 0 1 trailer %%EOF' }, null],
    [
      { detectedMime: 'application/pdf', size: 2048, tail: '/Type /Page' },
      'Le fichier PDF est incomplet ou endommagé : déposez-le à nouveau.',
    ],
  ])('%j → %s', (input, expected) => {
    expect(signedFileProblem(input)).toBe(expected)
  })
})
