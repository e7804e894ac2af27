import { describe, expect, it } from 'vitest'

import { PICTURE_MAX_BYTES, altTextProblem, pictureProblem } from './picture'

describe('pictureProblem', () => {
  it.each(['image/jpeg', 'image/png', 'image/webp'])('accepts %s', (detectedMime) => {
    expect(pictureProblem({ detectedMime, size: 1000 })).toBeNull()
  })
  it('accepts exactly the size limit', () =>
    expect(pictureProblem({ detectedMime: 'image/png', size: PICTURE_MAX_BYTES })).toBeNull())
  it('refuses one byte over the limit, saying the limit', () => {
    expect(pictureProblem({ detectedMime: 'image/png', size: PICTURE_MAX_BYTES + 1 })).toMatch(/limite est de 5 Mo/)
  })
  it.each(['image/gif', 'image/svg+xml', 'application/pdf', 'text/html', undefined])('refuses %s', (detectedMime) => {
    expect(pictureProblem({ detectedMime, size: 1000 })).toBe('Seules les images JPEG, PNG ou WebP sont acceptées.')
  })
  it('refuses an empty file', () =>
    expect(pictureProblem({ detectedMime: undefined, size: 0 })).toBe('Le fichier est vide.'))
})

describe('altTextProblem', () => {
  it('requires a text', () => {
    expect(altTextProblem('')).toMatch(/texte alternatif/)
    expect(altTextProblem('   ')).toMatch(/texte alternatif/)
    expect(altTextProblem(undefined)).toMatch(/texte alternatif/)
  })
  it('limits its length', () => expect(altTextProblem('a'.repeat(251))).toMatch(/250 caractères/))
  it('accepts a description', () => expect(altTextProblem('La classe devant le phare')).toBeNull())
})
