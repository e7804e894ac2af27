import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import path from 'node:path'

const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
const nextBin = path.resolve('node_modules/next/dist/bin/next')

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * The environment of a production instance on localhost, with no development default: database,
 * secret, URL, SMTP (`smtpPort` on 127.0.0.1), sender, uploads folder; payments through the test
 * provider (accepted in production on localhost only).
 */
export function productionEnv(options: {
  port: number
  databaseUrl: string
  smtpPort: number
  uploadsDir: string
  extra?: Record<string, string>
}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: options.databaseUrl,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SERVER_URL: `http://localhost:${options.port}`,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(options.smtpPort),
    EMAIL_FROM_ADDRESS: 'ne-pas-repondre@portail.example',
    PAYMENTS_PROVIDER: 'test',
    UPLOADS_DIR: options.uploadsDir,
    ...options.extra,
  }
}

/** Runs one of the project's scripts (`scripts/<name>.ts`, as its npm script does) to completion; its output is returned. */
export function runScript(script: string, env: NodeJS.ProcessEnv, args: string[] = []): string {
  const run = () =>
    execFileSync(process.execPath, [tsx, `scripts/${script}.ts`, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      // Migrate and seed take seconds to a minute or two; a script stuck for ten minutes is a failure.
      timeout: 600_000,
    })
  try {
    return run()
  } catch (error) {
    // Exit code 13: Node ended the script with an await still pending (seen rarely on a loaded machine,
    // cause not yet found; the script names the step it was in). Migrate and seed are safe to repeat.
    if ((error as { status?: number }).status !== 13) throw error
    console.warn(`scripts/${script}.ts ended with exit code 13; running it once more`)
    return run()
  }
}

/** The committed migrations, then the demo set, on a database; the seed's files go to uploadsDir. */
export function seedDatabase(databaseUrl: string, uploadsDir: string): void {
  const development: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'development',
    UPLOADS_DIR: uploadsDir,
  }
  runScript('migrate', development)
  runScript('seed', development)
}

export function buildApp(): void {
  execFileSync(process.execPath, [nextBin, 'build'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

async function waitForHealth(port: number, server: ChildProcess, check: string): Promise<void> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}${check}`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('next start did not become healthy within 90 s')
}

/** `next start` on `port` with `env`, once it answers `check` (readiness by default); `stop()` ends it. */
export async function startApp(
  port: number,
  env: NodeJS.ProcessEnv,
  check = '/api/health',
): Promise<{ stop: () => Promise<void> }> {
  const server = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const stop = async () => {
    if (server.exitCode !== null) return
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  try {
    await waitForHealth(port, server, check)
  } catch (error) {
    await stop()
    throw error
  }
  return { stop }
}
