import type { Payload } from 'payload'

import type { Env } from '@/env'

import { seedDemo } from './demo'
import { seedReferenceData } from './reference'

/** `npm run seed`, and each `npm run dev` start: reference data, then the demo set. */
export async function seed(payload: Payload, env: Env): Promise<{ created: number }> {
  const reference = await seedReferenceData(payload)
  const demo = await seedDemo(payload, env)
  return { created: reference.created + demo.created }
}
