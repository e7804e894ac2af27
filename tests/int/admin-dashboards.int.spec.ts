import type { Payload, ServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Project } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'
import { saveProjectStep } from '@/services/projects/teacher-projects'
import { ModerationQueue } from '@/ui/admin/ModerationQueue'
import { CoordinatorTasks, ReceiptsToIssue } from '@/ui/admin/RoleDashboards'

import { createProjectIn, createUser, idOf, testPayload, unique } from '../helpers/factories'
import { createConventionIn, createWorkshop } from '../helpers/tne'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

type Block = (props: ServerProps) => Promise<React.ReactElement | null>

/** The dashboard block as the user sees it: each line's text and count ('' when the block is absent). */
async function linesOf(block: Block, user: unknown): Promise<Record<string, number>> {
  const element = await block({ payload, user } as ServerProps)
  const html = element ? renderToStaticMarkup(element).replaceAll('<!-- -->', '') : ''
  const lines: Record<string, number> = {}
  for (const [, count, text] of html.matchAll(
    /<li data-count="(\d+)"><a [^>]*><strong>\d+<\/strong> ([^<]*)<\/a><\/li>/g,
  ))
    lines[text] = Number(count)
  return lines
}

const DRAFTS = 'convention(s) en brouillon, à envoyer au partenaire'
const SENT = 'convention(s) envoyée(s), en attente de signature'
const CALLS = 'appel(s) de fonds à approuver ou refuser'
const PAST = 'atelier(s) passé(s) : indiquer s’ils ont eu lieu et le nombre de participants'

describe('dashboards per role', () => {
  it('a coordinator counts the conventions, fund calls and workshops to do in their territory only', async () => {
    const vosges = await idOf(payload, 'territories', 'slug', 'vosges')
    const isere = await idOf(payload, 'territories', 'slug', 'isere')
    const coordinator = await createUser(payload, ['coordinator'], { territories: [vosges] })
    const colleague = await createUser(payload, ['coordinator'], { territories: [vosges] })
    const elsewhere = await createUser(payload, ['coordinator'], { territories: [isere] })
    const before = await linesOf(CoordinatorTasks as Block, coordinator)
    const beforeElsewhere = await linesOf(CoordinatorTasks as Block, elsewhere)

    await createConventionIn(payload, vosges, 'draft')
    await createConventionIn(payload, vosges, 'sent')
    const signed = await createConventionIn(payload, vosges, 'signed')
    // One call requested by a colleague (hers to decide), one by herself (waits for someone else).
    for (const requester of [colleague, coordinator]) {
      await payload.create({
        collection: 'fund-calls',
        data: {
          convention: signed.id,
          label: unique('Appel'),
          amountCents: 10_000,
          requestDate: new Date().toISOString(),
          requestedBy: requester.id,
        },
        depth: 0,
      })
    }
    await createWorkshop(payload, vosges, {
      startsAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      status: 'planned',
    })

    const after = await linesOf(CoordinatorTasks as Block, coordinator)
    expect(after[DRAFTS]).toBe((before[DRAFTS] ?? 0) + 1)
    expect(after[SENT]).toBe((before[SENT] ?? 0) + 1)
    expect(after[CALLS]).toBe((before[CALLS] ?? 0) + 1)
    expect(after[PAST]).toBe((before[PAST] ?? 0) + 1)
    // Another territory's coordinator sees none of it; other roles get no block.
    expect(await linesOf(CoordinatorTasks as Block, elsewhere)).toEqual(beforeElsewhere)
    expect(
      await CoordinatorTasks({ payload, user: await createUser(payload, ['moderator']) } as ServerProps),
    ).toBeNull()
  })

  it('a moderator counts the projects at each stage of review', async () => {
    const moderator = await createUser(payload, ['moderator'])
    const before = await linesOf(ModerationQueue as Block, moderator)
    await createProjectIn(payload, 'submitted')
    await createProjectIn(payload, 'awaiting_school_validation')
    const after = await linesOf(ModerationQueue as Block, moderator)
    expect(after['projet soumis, à prendre en relecture'] ?? after['projets soumis, à prendre en relecture']).toBe(
      (before['projet soumis, à prendre en relecture'] ?? before['projets soumis, à prendre en relecture'] ?? 0) + 1,
    )
    const waiting = (lines: Record<string, number>) =>
      Object.entries(lines).find(([text]) => text.includes('validation de l’école'))?.[1] ?? 0
    expect(waiting(after)).toBe(waiting(before) + 1)
    expect(await ModerationQueue({ payload, user: await createUser(payload, ['teacher']) } as ServerProps)).toBeNull()
  })

  it('a structure manager’s block counts only their structures’ receipts; other roles get none', async () => {
    const structure = await payload.create({
      collection: 'structures',
      data: { name: unique('OCCE'), kind: 'school_cooperative' },
      depth: 0,
    })
    const manager = await createUser(payload, ['structure-manager'], { structures: [structure.id] })
    expect(await linesOf(ReceiptsToIssue as Block, manager)).toEqual({})
    expect(renderToStaticMarkup((await ReceiptsToIssue({ payload, user: manager } as ServerProps))!)).toContain(
      'Aucun reçu à traiter',
    )
    expect(
      await ReceiptsToIssue({ payload, user: await createUser(payload, ['coordinator']) } as ServerProps),
    ).toBeNull()
  })
})

describe('the project form’s first step', () => {
  it('"Enregistrer et continuer" with nothing chosen creates no empty project', async () => {
    const teacher = await createUser(payload, ['teacher'])
    const result = await saveProjectStep(payload, teacher, {
      step: 'etablissement',
      values: { 'schoolHead.name': ' ', 'schoolHead.email': '' },
    })
    expect(result).toEqual({ ok: false, errors: { _form: expect.stringContaining('Rien n’a été enregistré') } })
    expect((await payload.count({ collection: 'projects', where: { owner: { equals: teacher.id } } })).totalDocs).toBe(
      0,
    )
    const saved = await saveProjectStep(payload, teacher, {
      step: 'etablissement',
      values: { 'schoolHead.email': 'ce.0950001a@ac-versailles.fr' },
    })
    expect(saved.ok).toBe(true)
    expect(
      (await payload.find({ collection: 'projects', where: { owner: { equals: teacher.id } }, depth: 0 })).docs.map(
        (p: Project) => p.schoolHead?.email,
      ),
    ).toEqual(['ce.0950001a@ac-versailles.fr'])
  })
})
