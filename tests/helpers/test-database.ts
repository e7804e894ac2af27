import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/services/db/embedded-postgres'

export type TestDatabase = { url: string; drop: () => Promise<void> }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * A fresh, empty database for one test run: on the server of DATABASE_URL when it is set, on a
 * throw-away embedded PostgreSQL otherwise. `drop()` removes only what this function created.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `portail_${label}_${Date.now()}_${process.pid}`
  let serverUrl = process.env.DATABASE_URL
  let stopServer: () => Promise<void> = async () => undefined
  let dataDir: string | undefined
  if (!serverUrl) {
    const root = path.resolve('.data')
    fs.mkdirSync(root, { recursive: true })
    dataDir = path.join(root, `${label}-postgres-${process.pid}`)
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' })
    serverUrl = server.url
    stopServer = server.stop
  }
  const admin = new URL(serverUrl)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
  await client.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      await dropTestDatabase(url.toString())
      await stopServer()
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Drops a database made by createTestDatabase on a server that outlives it (DATABASE_URL's). */
export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  if (!name.startsWith('portail_')) throw new Error(`not a test database: ${name}`)
  url.pathname = '/postgres'
  const dropper = new pg.Client({ connectionString: url.toString() })
  await dropper.connect()
  await dropper.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
  await dropper.end()
}
