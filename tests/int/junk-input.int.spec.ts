import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseSearchQuery } from '@/domain/content/search-query'
import { parseCatalogueQuery } from '@/domain/projects/catalogue-query'
import { siteKindOf } from '@/domain/sites/kinds'
import { signInAction } from '@/actions/auth'
import { closePayload } from '@/services/db/close-payload'
import { searchSite } from '@/services/content/site-search'
import { searchCatalogue } from '@/services/projects/catalogue'
import { searchEstablishments } from '@/services/projects/project-form-data'
import { saveProjectStep } from '@/services/projects/teacher-projects'
import { formTextValues } from '@/ui/forms/form-values'

import { type Actor } from '../helpers/content'
import { createSite, createUser, testPayload } from '../helpers/factories'
import { rest } from '../helpers/rest'

/**
 * What the public forms of tests/e2e/public-forms-junk.e2e.spec.ts send, at the services: control
 * characters (PostgreSQL refuses NUL in text: the query failed, a 500) and crafted ids where a list
 * offers a choice (NaN or beyond 32 bits failed the query too). Each gets an answer: an empty result,
 * or a French error on the field.
 */
let payload: Payload
let teacher: Actor
const NUL_TEXT = 'classe\u0000 de\u0007 mer'

beforeAll(async () => {
  payload = await testPayload()
  teacher = await createUser(payload, ['teacher'])
})

afterAll(async () => {
  await closePayload(payload)
})

describe('searches with control characters', () => {
  it('the site search, the catalogue and the schools’ search answer instead of failing', async () => {
    const site = await createSite(payload)
    expect(
      await searchSite(payload, { id: site.id, kind: siteKindOf(site.slug) }, parseSearchQuery({ q: NUL_TEXT })),
    ).toMatchObject({ total: 0 })
    expect(await searchCatalogue(payload, parseCatalogueQuery({ q: NUL_TEXT }))).toMatchObject({ page: 1 })
    expect(await searchEstablishments(payload, NUL_TEXT)).toEqual([])
    // A search of more than 100 characters finds nothing instead of becoming a query of a thousand words.
    expect(await searchEstablishments(payload, 'école '.repeat(2000))).toEqual([])
  })

  it('every form’s values arrive without them (line breaks and tabs kept)', () => {
    const form = new FormData()
    form.set('message', 'Bonjour\u0000\r\nà tous\t!')
    form.set('$ACTION_ID_x', '')
    expect(formTextValues(form)).toEqual({ message: 'Bonjour\r\nà tous\t!' })
  })
})

describe('the sign-in form sent empty', () => {
  it('answers on its fields in French (Payload’s own refusal of an empty field was a 500)', async () => {
    const form = new FormData()
    form.set('email', ' \u0000 ')
    form.set('password', '')
    expect(await signInAction({}, form)).toEqual({
      errors: { email: 'Indiquez l’adresse e-mail de votre compte.', password: 'Indiquez votre mot de passe.' },
      values: { email: '  ' },
    })
  })
})

describe('crafted choices in the teacher’s form', () => {
  it.each([
    ['etablissement', { establishment: 'NaN' }, 'establishment'],
    ['etablissement', { structure: '99999999999999999999' }, 'structure'],
  ] as const)('%s %j: a French error on %s, nothing saved', async (step, values, field) => {
    const result = await saveProjectStep(payload, teacher, { step, values })
    expect(result).toMatchObject({ ok: false, errors: { [field]: expect.stringMatching(/^Choisissez /) } })
  })

  it('themes beyond 32 bits: a French error on the field, the draft unchanged', async () => {
    const created = await saveProjectStep(payload, teacher, {
      step: 'etablissement',
      values: { 'schoolHead.email': 'ce.0950001a@ac-versailles.fr' },
    })
    expect(created.ok).toBe(true)
    const id = created.id!
    const result = await saveProjectStep(payload, teacher, {
      projectId: id,
      step: 'projet',
      values: { title: 'Classe de mer' },
      themeIds: ['99999999999999999999'],
    })
    expect(result).toMatchObject({ ok: false, errors: { themes: 'Choisissez les thématiques dans la liste.' } })
    expect((await payload.findByID({ collection: 'projects', id, depth: 0 })).title).not.toBe('Classe de mer')
  })
})

describe('the parents’ questionnaire through the API', () => {
  it.each([['NaN'], ['99999999999999999999'], ['-1']])(
    'an answer for workshop %s: 400 with a French message, not 500',
    async (workshop) => {
      const { status, json } = await rest('POST', '/form-submissions', {
        body: { form: 1, workshop, submissionData: [] },
      })
      expect(status).toBe(400)
      expect(JSON.stringify(json)).toContain('Indiquez l’atelier auquel se rapporte la réponse.')
    },
  )
})
