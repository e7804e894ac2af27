import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '@/services/db/close-payload'

import { testPayload } from '../helpers/factories'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

describe('migrations', () => {
  it('cover every schema change of the Payload config (run `npm run migrate:create` if this fails)', async () => {
    const db = payload.db as unknown as PostgresAdapter
    const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
    const latest = fs
      .readdirSync(db.migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest, 'no migration snapshot in src/migrations').toBeTruthy()
    let before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest!), 'utf8'))
    const after = await generateDrizzleJson(db.schema)
    if (upSnapshot && before.version < after.version) before = upSnapshot(before)
    const pending = await generateMigration(before, after)
    expect(pending, `the config differs from ${latest}:\n${pending.join('\n')}`).toEqual([])
  })

  it('have all run on the test database, which holds no dev-push marker', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })
    const files = fs
      .readdirSync((payload.db as unknown as PostgresAdapter).migrationDir)
      .filter((f) => /^\d.*\.ts$/.test(f))
    expect(docs.map((m) => m.name).sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort())
    expect(docs.some((m) => m.batch === -1)).toBe(false)
  })

  it('match the committed Drizzle schema that the services write SQL against (run `npm run generate:db-schema` if this fails)', async () => {
    const fresh = path.join(os.tmpdir(), `payload-generated-schema-${process.pid}.ts`)
    try {
      await payload.db.generateSchema!({ outputFile: fresh, log: false })
      const committed = fs.readFileSync(path.resolve('src/payload-generated-schema.ts'), 'utf8')
      expect(committed === fs.readFileSync(fresh, 'utf8'), 'src/payload-generated-schema.ts is stale').toBe(true)
    } finally {
      fs.rmSync(fresh, { force: true })
    }
  })
})
