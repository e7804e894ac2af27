import { randomUUID } from 'node:crypto'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { Role } from '@/domain/access/roles'
import type { Project, Tenant, User } from '@/payload-types'

/** Payload's refusal, in the admin's default language. */
export const FORBIDDEN = 'Vous n’êtes pas autorisé à effectuer cette action.'

export const TEST_PASSWORD = 'mot-de-passe-de-test-2026'

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`

export async function testPayload(): Promise<Payload> {
  return getPayload({ config })
}

/** Ids of seeded reference records by their natural key (reference data is seeded once per run). */
export async function idOf(
  payload: Payload,
  collection: 'territories' | 'departments' | 'themes',
  field: 'slug' | 'code',
  value: string,
): Promise<number> {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`No ${collection} with ${field} = ${value}`)
  return docs[0].id
}

/** A user with the given roles; the returned document carries `collection` like req.user does. */
export async function createUser(
  payload: Payload,
  roles: Role[],
  extra: Partial<Pick<User, 'territories' | 'structures'>> = {},
): Promise<User & { collection: 'users' }> {
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${unique(roles.join('-'))}@test.example`,
      password: TEST_PASSWORD,
      roles,
      _verified: true,
      ...extra,
    },
    depth: 0,
    disableVerificationEmail: true,
  })
  return { ...user, collection: 'users' }
}

export async function createSite(payload: Payload, name = unique('Site')): Promise<Tenant> {
  return payload.create({
    collection: 'tenants',
    data: {
      name,
      slug: unique('site'),
      domains: [{ domain: `${unique('site')}.localhost` }],
      theme: { primary: '#1f4e79', accent: '#8a3b12' },
    },
    depth: 0,
  })
}

/** A UAI no other test uses: a counter per process, on a random base (imported histories create thousands). */
let uaiCounter = Math.floor(Math.random() * 9e5)
const uniqueUai = () => `9${String(uaiCounter++ % 1e6).padStart(6, '0')}${'ABCDEFGHJK'[Math.floor(Math.random() * 10)]}`

/** A REP school of the Val-d'Oise and a receiving structure, for projects. */
export async function createSchool(payload: Payload): Promise<{ establishment: number; structure: number }> {
  const department = await idOf(payload, 'departments', 'code', '95')
  const establishment = await payload.create({
    collection: 'establishments',
    data: {
      uai: uniqueUai(),
      name: unique('École Pasteur'),
      kind: 'ecole_elementaire',
      sector: 'public',
      priorityEducation: 'rep',
      commune: 'Sarcelles',
      department,
    },
  })
  const structure = await payload.create({
    collection: 'structures',
    data: { name: unique('OCCE 95'), kind: 'school_cooperative' },
  })
  return { establishment: establishment.id, structure: structure.id }
}

/** A project put straight into `status` (as the state machine would have), with a new owner. */
export async function createProjectIn(
  payload: Payload,
  status: Project['status'],
  data: Partial<Project> = {},
): Promise<Project> {
  const owner = await createUser(payload, ['teacher'])
  const title = data.title ?? unique('Projet')
  return payload.create({
    collection: 'projects',
    data: {
      owner: owner.id,
      status,
      title,
      minimumGoalCents: 100_000,
      optimumGoalCents: 200_000,
      collectedCents: 0,
      donorCount: 0,
      stopAtOptimum: true,
      startDate: '2026-11-01',
      endDate: '2027-02-01',
      level: 'ecole',
      ...data,
    } as Project,
    depth: 0,
    context: { projectTransition: true },
  })
}
