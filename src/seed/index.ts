import type { Payload } from 'payload'

import type { Env } from '@/env'

import { seedDemo } from './demo'
import { seedReferenceData } from './reference'
import { bootstrapSites } from './sites'

/**
 * `npm run migrate`'s data step, production included: the reference lists, then both sites with
 * their navigation and required pages (placeholder text). Creates what is missing, nothing fake.
 */
export async function bootstrap(payload: Payload, env: Env): Promise<{ created: number }> {
  const reference = await seedReferenceData(payload)
  const sites = await bootstrapSites(payload, env)
  return { created: reference.created + sites.created }
}

/** `npm run seed`, and each `npm run dev` start: the bootstrap, then the demo set (it fills the placeholder pages). */
export async function seed(payload: Payload, env: Env): Promise<{ created: number }> {
  const reference = await seedReferenceData(payload)
  const demo = await seedDemo(payload, env)
  return { created: reference.created + demo.created }
}
