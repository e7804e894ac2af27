import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Tenant, User } from '@/payload-types'
import { legalSettings } from '@/seed/skeleton-pages'
import { closePayload } from '@/services/db/close-payload'

import { createSite, createUser, testPayload } from '../helpers/factories'

let payload: Payload
let site: Tenant
let editor: User & { collection: 'users' }
const asEditor = () => ({ user: editor, overrideAccess: false, depth: 0 }) as const
/** The French messages of a refused save, field by field (a ValidationError's data). */
const refusal = (save: Promise<unknown>) =>
  save.then(
    () => 'accepted',
    (error: { status?: number; data?: { errors?: { path: string; message: string }[] } }) => ({
      status: error.status,
      errors: (error.data?.errors ?? []).map((e) => `${e.path}: ${e.message}`),
    }),
  )

beforeAll(async () => {
  payload = await testPayload()
  site = await createSite(payload)
  editor = await createUser(payload, ['editor'])
})

afterAll(async () => {
  await closePayload(payload)
})

describe('the accessibility declaration and the legal notice in the site settings', () => {
  it('refuses settings without the required sections, naming each missing one in French', async () => {
    const refused = await refusal(
      payload.create({
        collection: 'site-settings',
        data: { tenant: site.id, tagline: 'Sans mentions' },
        ...asEditor(),
      }),
    )
    expect(refused).toMatchObject({ status: 400 })
    expect((refused as { errors: string[] }).errors).toEqual(
      expect.arrayContaining([
        'accessibility.establishedOn: Indiquez la date d’établissement de la déclaration.',
        'accessibility.contactEmail: Indiquez au moins un moyen de contact (adresse électronique ou page de contact).',
        'legalNotice.publisherName: Indiquez le nom de l’éditeur du site.',
        'legalNotice.directorName: Indiquez le directeur ou la directrice de la publication.',
        'legalNotice.hostName: Indiquez l’hébergeur du site.',
      ]),
    )
  })

  it('accepts the first day’s sections, then refuses a rate that contradicts the list of non-conformities', async () => {
    const settings = await payload.create({
      collection: 'site-settings',
      data: { tenant: site.id, ...legalSettings('2026-12-01') },
      ...asEditor(),
    })
    const audit = {
      ...legalSettings('2026-12-01').accessibility,
      auditDate: '2026-11-20',
      auditor: 'Audit interne',
      conformityRate: 87,
      sample: [{ title: 'Accueil', url: '/' }],
    }
    expect(
      await refusal(
        payload.update({
          collection: 'site-settings',
          id: settings.id,
          data: { accessibility: { ...audit, nonConformities: [] } },
          ...asEditor(),
        }),
      ),
    ).toEqual({
      status: 400,
      errors: ['accessibility.nonConformities: Un taux inférieur à 100 % suppose des non-conformités : énumérez-les.'],
    })
    expect(
      await refusal(
        payload.update({
          collection: 'site-settings',
          id: settings.id,
          data: {
            accessibility: {
              ...audit,
              conformityRate: 100,
              nonConformities: [{ text: 'Le graphique n’a pas d’alternative.' }],
            },
          },
          ...asEditor(),
        }),
      ),
    ).toEqual({
      status: 400,
      errors: [
        'accessibility.conformityRate: Un site totalement conforme n’a pas de non-conformité : corrigez le taux ou la liste.',
      ],
    })
    // A partial update (the tagline) keeps the stored sections and passes.
    await payload.update({
      collection: 'site-settings',
      id: settings.id,
      data: { tagline: 'Nouvelle accroche' },
      ...asEditor(),
    })
    const saved = await payload.update({
      collection: 'site-settings',
      id: settings.id,
      data: { accessibility: { ...audit, nonConformities: [{ text: 'Le graphique n’a pas d’alternative.' }] } },
      ...asEditor(),
    })
    expect(saved.accessibility?.conformityRate).toBe(87)
    expect(
      await refusal(
        payload.update({
          collection: 'site-settings',
          id: settings.id,
          data: { legalNotice: { ...legalSettings('2026-12-01').legalNotice, hostName: '' } },
          ...asEditor(),
        }),
      ),
    ).toEqual({
      status: 400,
      errors: ['legalNotice.hostName: Indiquez l’hébergeur du site.'],
    })
  })
})
