import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NOT_A_NUMBER } from '@/domain/api/request-limits'
import { MONEY_COMPONENTS } from '@/fields/money'
import { DATE_FORMATS } from '@/plugins/french-admin'
import { closePayload } from '@/services/db/close-payload'

import { createUser, testPayload } from '../helpers/factories'
import { restRaw, tokenFor } from '../helpers/rest'

/**
 * The admin speaks French (issue 20): the configuration the admin is built from is read field by
 * field. What a browser shows is checked by tests/e2e/admin-french.e2e.spec.ts.
 */
let payload: Payload
let config: SanitizedConfig

beforeAll(async () => {
  payload = await testPayload()
  config = payload.config
})
afterAll(async () => closePayload(payload))

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walks every kind of field of the built configuration
type AnyField = Record<string, any>
/** Labels that read the same in French as Payload's default from the field's name. */
const FRENCH_AS_NAMED = new Set([
  'Code',
  'Logo',
  'Description',
  'Message',
  'Type',
  'URL',
  'UAI',
  'SIRET',
  'SIREN',
  'RNA',
  'E-mail',
  'Site',
  'Sessions',
  'Courte Échelle',
])
/** Collections Payload keeps out of the admin's navigation and forms. */
const INTERNAL = new Set(['payload-preferences', 'payload-migrations', 'payload-locked-documents', 'payload-kv'])

function walk(fields: AnyField[], where: string, visit: (field: AnyField, path: string) => void) {
  for (const field of fields) {
    // Out of the admin's forms, with what they hold.
    if (field.hidden || field.admin?.hidden === true || field.admin?.disabled === true) continue
    const path = field.name ? `${where}.${field.name}` : where
    visit(field, path)
    if (field.fields) walk(field.fields, path, visit)
    if (field.tabs) for (const tab of field.tabs) walk(tab.fields, tab.name ? `${path}.${tab.name}` : path, visit)
    if (field.blocks) for (const block of field.blocks) walk(block.fields, `${path}[${block.slug}]`, visit)
  }
}
const words = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]/g, ' ')
    .toLowerCase()
const entities = () => [
  ...config.collections
    .filter((c) => !INTERNAL.has(c.slug) && c.admin?.hidden !== true)
    .map((c) => ({ slug: c.slug, fields: c.fields as AnyField[] })),
  ...config.globals
    .filter((g) => g.admin?.hidden !== true)
    .map((g) => ({ slug: `global:${g.slug}`, fields: g.fields as AnyField[] })),
]
const shown = (field: AnyField) =>
  field.name && field.type !== 'ui' && !['id', 'createdAt', 'updatedAt', 'blockName'].includes(field.name)

describe('the admin in French', () => {
  it('offers French only, whatever the browser asks', () => {
    expect(Object.keys(config.i18n.supportedLanguages)).toEqual(['fr'])
    expect(config.i18n.fallbackLanguage).toBe('fr')
  })

  it('labels every field in French, not with its name in English words', () => {
    const problems: string[] = []
    for (const { slug, fields } of entities()) {
      walk(fields, slug, (field, path) => {
        if (!shown(field)) return
        const label = field.label
        // false: no label shown; a function: translated by Payload's or the plugin's French strings.
        if (label === false || typeof label === 'function') return
        const text = typeof label === 'object' && label !== null ? label.fr : label
        if (typeof text !== 'string' || !text) problems.push(`${path}: no French label`)
        else if (typeof label === 'string' && !FRENCH_AS_NAMED.has(text) && text.toLowerCase() === words(field.name))
          problems.push(`${path}: "${text}"`)
      })
    }
    expect(problems).toEqual([])
  })

  it('shows each choice of a list by a French name, not its stored value', () => {
    const problems: string[] = []
    for (const { slug, fields } of entities()) {
      if (slug === 'payload-jobs') continue // task names and states of the jobs queue, for the technical team
      walk(fields, slug, (field, path) => {
        if (!shown(field) || !Array.isArray(field.options)) return
        const raw = field.options.filter(
          (o: unknown) =>
            typeof o === 'string' || (typeof (o as AnyField).label === 'object' && !(o as AnyField).label.fr),
        )
        if (raw.length)
          problems.push(
            `${path}: ${raw.map((o: AnyField | string) => (typeof o === 'string' ? o : o.value)).join(', ')}`,
          )
      })
    }
    expect(problems).toEqual([])
  })

  it('names every array row by its content, and writes amounts in euros and dates the French way', () => {
    const problems: string[] = []
    for (const { slug, fields } of entities()) {
      walk(fields, slug, (field, path) => {
        if (!shown(field)) return
        if (field.type === 'array' && !field.admin?.components?.RowLabel) problems.push(`${path}: no row label`)
        if (
          field.type === 'number' &&
          /Cents$/.test(field.name) &&
          (field.admin?.components?.Field !== MONEY_COMPONENTS.Field ||
            field.admin?.components?.Cell !== MONEY_COMPONENTS.Cell)
        )
          problems.push(`${path}: amount not in euros`)
        if (field.type === 'date' && !Object.values(DATE_FORMATS).includes(field.admin?.date?.displayFormat))
          problems.push(`${path}: date format ${field.admin?.date?.displayFormat}`)
      })
    }
    expect(problems).toEqual([])
    expect(config.admin.dateFormat).toBe(DATE_FORMATS.dayAndTime)
  })

  it('names accounts by their names and main role, in relations and lists', async () => {
    const moderator = await createUser(payload, ['moderator'])
    const named = await payload.update({
      collection: 'users',
      id: moderator.id,
      data: { firstName: 'Léa', lastName: 'Martin', displayName: 'Pirate' } as never,
      depth: 0,
    })
    expect(named.displayName).toBe('Léa Martin · Modération')
    expect(config.collections.find((c) => c.slug === 'users')?.admin.useAsTitle).toBe('displayName')
    const unnamed = await createUser(payload, ['donor'])
    expect(unnamed.displayName).toBe(`d…@test.example · Donateur`)
  })

  it('shows the staff their colleagues by name and role, never their e-mail; donors to nobody', async () => {
    const moderator = await createUser(payload, ['moderator'])
    const coordinator = await createUser(payload, ['coordinator'])
    const teacher = await createUser(payload, ['teacher'])
    const donor = await createUser(payload, ['donor'])
    const seen = await payload.findByID({
      collection: 'users',
      id: teacher.id,
      user: moderator,
      overrideAccess: false,
      depth: 0,
    })
    expect(seen.displayName).toBe('t…@test.example · Porteur de projet')
    expect(seen.email).toBeUndefined()
    expect(seen.roles).toEqual(['teacher'])
    const colleague = await payload.findByID({
      collection: 'users',
      id: coordinator.id,
      user: moderator,
      overrideAccess: false,
      depth: 0,
    })
    expect(colleague).toMatchObject({ displayName: 'c…@test.example · Coordination TNE' })
    expect(colleague.email).toBeUndefined()
    expect(colleague.territories).toBeUndefined()
    expect(
      (
        await payload.findByID({
          collection: 'users',
          id: moderator.id,
          user: moderator,
          overrideAccess: false,
          depth: 0,
        })
      ).email,
    ).toBe(moderator.email)
    // Refusals: donors are nobody's colleagues; teachers are named to moderators only; teachers name nobody.
    await expect(
      payload.findByID({ collection: 'users', id: donor.id, user: moderator, overrideAccess: false, depth: 0 }),
    ).rejects.toThrow('Pas trouvé')
    await expect(
      payload.findByID({ collection: 'users', id: teacher.id, user: coordinator, overrideAccess: false, depth: 0 }),
    ).rejects.toThrow('Pas trouvé')
    await expect(
      payload.findByID({ collection: 'users', id: moderator.id, user: teacher, overrideAccess: false, depth: 0 }),
    ).rejects.toThrow('Pas trouvé')
    const listed = await payload.find({
      collection: 'users',
      user: moderator,
      overrideAccess: false,
      depth: 0,
      limit: 0,
      pagination: false,
    })
    expect(listed.docs.some((u) => u.roles?.length === 1 && u.roles[0] === 'donor')).toBe(false)
    expect(listed.docs.every((u) => u.id === moderator.id || u.email === undefined)).toBe(true)
    expect(JSON.stringify(listed.docs)).not.toContain(teacher.email)
  })

  it('refuses a save in French, naming the field by its French label, even to an English browser', async () => {
    const admin = await createUser(payload, ['admin'])
    const token = await tokenFor(payload, admin.email)
    const response = await restRaw('/fund-movements', JSON.stringify({ kind: 'top_up', amountCents: 5000 }), {
      Authorization: `JWT ${token}`,
      'Accept-Language': 'en-US,en;q=0.9',
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { message: string; data?: { errors: { path: string }[] } }[] }
    expect(body.errors[0].message).toBe('Le champ suivant n’est pas valide : Projet abondé')
    expect(body.errors[0].data?.errors[0].path).toBe('project')
  })

  it('refuses an amount typed in words on its own field, with the field errors the admin draws under it', async () => {
    const admin = await createUser(payload, ['admin'])
    const token = await tokenFor(payload, admin.email)
    const response = await restRaw('/fund-movements', JSON.stringify({ kind: 'top_up', amountCents: 'douze euros' }), {
      Authorization: `JWT ${token}`,
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as {
      errors: { message: string; data?: { errors: { path: string; message: string }[] } }[]
    }
    expect(body.errors[0].message).toBe('Le champ suivant n’est pas valide : Montant')
    expect(body.errors[0].data?.errors).toEqual([{ path: 'amountCents', message: NOT_A_NUMBER }])
  })
})
