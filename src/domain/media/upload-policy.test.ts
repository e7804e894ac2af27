import { describe, expect, it } from 'vitest'

import { DOCUMENT_POLICY, MEDIA_POLICY, SIGNATURE_POLICY, uploadProblem } from './upload-policy'

describe('uploadProblem', () => {
  it.each([
    ['a PNG image', MEDIA_POLICY, 'image/png', 2_000_000, null],
    ['exactly 10 MB', MEDIA_POLICY, 'image/jpeg', 10 * 1024 * 1024, null],
    [
      'one byte over',
      MEDIA_POLICY,
      'image/jpeg',
      10 * 1024 * 1024 + 1,
      'Le fichier pèse 10 Mo : la limite est de 10 Mo.',
    ],
    ['an SVG (recognised as XML or not at all)', MEDIA_POLICY, 'application/xml', 5_000, MEDIA_POLICY.refusal],
    ['HTML (unrecognised)', MEDIA_POLICY, undefined, 5_000, MEDIA_POLICY.refusal],
    ['a PDF is not a picture', MEDIA_POLICY, 'application/pdf', 5_000, MEDIA_POLICY.refusal],
    ['an empty file', MEDIA_POLICY, undefined, 0, 'Le fichier est vide.'],
    ['a PDF kit file', DOCUMENT_POLICY, 'application/pdf', 3_000_000, null],
    ['a zip is not a document', DOCUMENT_POLICY, 'application/zip', 3_000, DOCUMENT_POLICY.refusal],
    [
      'a 25 MB PDF',
      DOCUMENT_POLICY,
      'application/pdf',
      25 * 1024 * 1024,
      'Le fichier pèse 25 Mo : la limite est de 20 Mo.',
    ],
    ['a PNG signature', SIGNATURE_POLICY, 'image/png', 40_000, null],
    ['a WebP signature (the PDF cannot embed it)', SIGNATURE_POLICY, 'image/webp', 40_000, SIGNATURE_POLICY.refusal],
    [
      'a 2 MB signature',
      SIGNATURE_POLICY,
      'image/jpeg',
      2 * 1024 * 1024,
      'Le fichier pèse 2 Mo : la limite est de 1 Mo.',
    ],
  ] as const)('%s', (_name, policy, detectedMime, size, expected) => {
    expect(uploadProblem(policy, { detectedMime, size })?.replace(/\u202f|\u00a0/g, ' ') ?? null).toBe(expected)
  })
})
