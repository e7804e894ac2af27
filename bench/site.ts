/**
 * `npm run bench:site` (issue 18): the public sites and the API under real traffic, in one run.
 *
 * A fresh database (migrated, demo seed, plus 20,000 collecting projects inserted in SQL), a
 * production build (reused when `.next` was built from the same sources, see `buildIfNeeded`),
 * `next start`, then `autocannon` on every row below, one after the other, each against its baseline
 * measured in the same run: a static asset (the server's ceiling) and GET /api/health. Each ratio is
 * printed beside its goal, with the peak memory (RSS) of the server's processes sampled from /proc;
 * the exit code is 1 when a goal is missed (or the server does not start).
 *
 * Options (environment):
 *   BENCH_SECONDS=10       seconds per path (3 is enough while developing)
 *   BENCH_CONNECTIONS=50   concurrent connections
 *   BENCH_BUILD=auto       auto | force | skip (reuse .next whatever it was built from)
 *   BENCH_DATABASE_URL=…   reuse a database seeded by an earlier run (kept with BENCH_KEEP_DB=1, or
 *                          made alone with BENCH_SEED_ONLY=1, which prints its URL)
 *   BENCH_ONLY=a,b         only the rows whose name contains one of these words (baselines always run)
 *   BENCH_CPU_PROF=dir     run the server with `node --cpu-prof` and write its profile to dir
 *   BENCH_NGINX=1          measure through nginx (`/usr/sbin/nginx`) configured by deploy/nginx/portail.conf,
 *                          its micro-cache included, in front of the server (plain HTTP, one worker)
 * Run it alone on the machine (`flock /tmp/heavy.lock npm run bench:site`): other load skews every ratio.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'

import { runScript } from '../tests/e2e/server'
import { createTestDatabase } from '../tests/helpers/test-database'

const PROJECTS = 20_000
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const buildMode = process.env.BENCH_BUILD ?? 'auto'
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean)
const nextBin = path.resolve('node_modules/next/dist/bin/next')
const PROJETS = 'localhost'
const TNE = 'tne.localhost'
const say = (message: string) => console.error(`[bench] ${message}`)
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** A hash of what a production build is made of: sources, configuration, locked dependencies. */
function sourceStamp(): string {
  const hash = createHash('sha256')
  const files = execFileSync(
    'git',
    [
      'ls-files',
      '--cached',
      '--others',
      '--exclude-standard',
      'src',
      'public',
      'payload.config.ts',
      'next.config.ts',
      'tsconfig.json',
      'package-lock.json',
    ],
    { encoding: 'utf8' },
  )
    .split('\n')
    .filter((f) => f && fs.existsSync(f))
    .sort()
  for (const file of files) hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0')
  return hash.digest('hex')
}

/** `next build`, unless `.next` holds a build of the same sources (its BUILD_ID and our stamp beside it). */
function buildIfNeeded(): void {
  const stampFile = path.resolve('.next/bench-source-stamp')
  const built = fs.existsSync('.next/BUILD_ID')
  if (buildMode === 'skip' && built) return say('reusing .next (BENCH_BUILD=skip)')
  const stamp = sourceStamp()
  if (buildMode === 'auto' && built && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp)
    return say('reusing .next (built from these sources)')
  say('next build…')
  try {
    execFileSync(process.execPath, [nextBin, 'build'], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer }
    console.error(`${stdout ?? ''}${stderr ?? ''}`.split('\n').slice(-40).join('\n'))
    throw new Error('next build failed')
  }
  fs.writeFileSync(stampFile, stamp)
}

/** Migrates, seeds the demo set, then adds PROJECTS collecting projects (copies of the demo's, in SQL). */
async function seed(url: string): Promise<void> {
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: 'development' as const,
    UPLOADS_DIR: path.resolve('.data/bench-uploads'),
  }
  say('migrate and demo seed…')
  runScript('migrate', env)
  runScript('seed', env)
  say(`inserting ${PROJECTS} collecting projects…`)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('BEGIN')
    await client.query(`
      INSERT INTO projects (title, slug, status, owner_id, establishment_id, structure_id, level, kind, pupils, summary,
                            minimum_goal_cents, optimum_goal_cents, collected_cents, donor_count, start_date, end_date, courte_echelle)
      SELECT p.title || ' n° ' || g, p.slug || '-' || g, 'collecting', p.owner_id, e.id, p.structure_id, p.level, p.kind, p.pupils, p.summary,
             p.minimum_goal_cents, p.optimum_goal_cents, (g * 37) % p.minimum_goal_cents, g % 40, p.start_date,
             to_char(current_date + (g % 60) + 1, 'YYYY-MM-DD'), g % 3 = 0
      FROM generate_series(1, ${PROJECTS}) g
      JOIN LATERAL (SELECT * FROM projects WHERE status = 'collecting' ORDER BY id OFFSET g % 8 LIMIT 1) p ON true
      JOIN LATERAL (SELECT id FROM establishments ORDER BY id OFFSET g % 11 LIMIT 1) e ON true`)
    await client.query(`
      INSERT INTO projects_rels ("order", parent_id, path, themes_id)
      SELECT 1, p.id, 'themes', (SELECT id FROM themes ORDER BY id OFFSET p.id % 9 LIMIT 1) FROM projects p WHERE p.slug ~ '-[0-9]+$'`)
    await client.query('COMMIT')
    // As autovacuum would after a bulk load: the visibility map lets counts read the indexes alone.
    await client.query('VACUUM ANALYZE')
  } finally {
    await client.end()
  }
}

/** A shuffled list of distinct catalogue queries: search word × level × theme × sort × page. */
async function catalogueQueries(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const themes = (await client.query<{ slug: string }>('SELECT slug FROM themes ORDER BY slug')).rows.map((r) => r.slug)
  const words = (
    await client.query<{ word: string }>(`
      SELECT DISTINCT lower(w) AS word FROM projects, regexp_split_to_table(title, '[^[:alpha:]]+') w
      WHERE status = 'collecting' AND length(w) >= 5 ORDER BY 1 LIMIT 24`)
  ).rows.map((r) => r.word)
  await client.end()
  const queries: string[] = []
  for (const q of [undefined, ...words])
    for (const niveau of [undefined, 'ecole', 'college', 'lycee'])
      for (const theme of [undefined, ...themes])
        for (const tri of ['fin', 'recents', 'objectif'])
          for (const page of [1, 2, 3, 5, 8]) {
            const params = new URLSearchParams()
            if (q) params.set('q', q)
            if (niveau) params.set('niveau', niveau)
            if (theme) params.set('theme', theme)
            if (tri !== 'fin') params.set('tri', tri)
            if (page > 1) params.set('page', String(page))
            queries.push(`/projets?${params}`)
          }
  // A fixed shuffle (Park–Miller), so that two runs ask the same things in the same order.
  let seedValue = 42
  const random = () => (seedValue = (seedValue * 16807) % 2147483647) / 2147483647
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[queries[i], queries[j]] = [queries[j], queries[i]]
  }
  return queries
}

/**
 * Peak resident memory of a process and its descendants, sampled from /proc every 250 ms: over the
 * whole run, and since the last `nextRow()` (each row's own peak, to see which row makes it grow).
 */
function sampleMemory(root: number): {
  peakMb: () => number
  rowPeakMb: () => number
  nextRow: () => void
  stop: () => void
} {
  let peak = 0
  let rowPeak = 0
  const rssKb = (pid: number) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      return 0
    }
  }
  const tree = () => {
    const children = new Map<number, number[]>()
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
      } catch {
        // ended meanwhile
      }
    }
    const all = [root]
    for (let i = 0; i < all.length; i++) all.push(...(children.get(all[i]) ?? []))
    return all
  }
  let pids = tree()
  let ticks = 0
  const timer = setInterval(() => {
    if (++ticks % 20 === 0) pids = tree()
    const rss = pids.reduce((sum, pid) => sum + rssKb(pid), 0)
    peak = Math.max(peak, rss)
    rowPeak = Math.max(rowPeak, rss)
  }, 250)
  return {
    peakMb: () => Math.round(peak / 1024),
    rowPeakMb: () => Math.round(rowPeak / 1024),
    nextRow: () => (rowPeak = 0),
    stop: () => clearInterval(timer),
  }
}

type Row = { name: string; host: string; paths: string[] | (() => string); connections?: number; amount?: number }
type Measure = { name: string; requests: number; rps: number; p50: number; p97_5: number; max: number; errors: number }

async function measure(port: number, row: Row, duration: number): Promise<Measure> {
  const next = typeof row.paths === 'function' ? row.paths : () => (row.paths as string[])[0]
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: row.connections ?? connections,
    ...(row.amount ? { amount: row.amount } : { duration }),
    timeout: 20,
    headers: { host: row.host },
    requests: [{ setupRequest: (request) => ({ ...request, path: next() }) }],
  })
  const requests = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx']
  return {
    name: row.name,
    requests,
    rps: Math.round((requests / result.duration) * 10) / 10,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    max: result.latency.max,
    errors: result.errors + result.non2xx,
  }
}

/**
 * deploy/nginx/portail.conf as the bench runs it: the server's port as its one instance, plain HTTP on
 * `port` instead of TLS, its cache and temporary files in `dir`, one worker (the server has the other core).
 */
function benchNginxConfig(appPort: number, port: number, dir: string): string {
  const site = fs
    .readFileSync('deploy/nginx/portail.conf', 'utf8')
    .replace(/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${appPort};`)
    .replace(/server \{\n {4}listen 80;[\s\S]*?\n\}\n/, '')
    .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${port};`)
    .replace(/\n +(listen \[::\]:443|ssl_certificate)[^\n]*/g, '')
    .replace('/var/cache/nginx/portail', path.join(dir, 'cache'))
  return [
    `worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log; events { worker_connections 1024; }`,
    `http { access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;`,
    site,
    '}',
  ].join('\n')
}

async function startNginx(appPort: number): Promise<{ port: number; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'))
  fs.chmodSync(dir, 0o755) // nginx's workers (not root) write its cache there
  const port = await freePort()
  fs.writeFileSync(path.join(dir, 'nginx.conf'), benchNginxConfig(appPort, port, dir))
  const nginx = spawn('/usr/sbin/nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'], {
    stdio: 'inherit',
  })
  for (let i = 0; i < 50; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (up) break
    if (nginx.exitCode !== null || i === 49) {
      nginx.kill('SIGQUIT')
      throw new Error('nginx did not start (see its messages above)')
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    port,
    stop: async () => {
      const exited = new Promise((r) => nginx.once('exit', r))
      nginx.kill('SIGQUIT')
      await exited
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * The heap limit `npm start` gives a web instance (package.json), so that the bench measures the
 * server as production runs it; NODE_OPTIONS given to the bench comes after, and wins.
 */
const startHeapLimit = /--max-old-space-size=\d+/.exec(
  (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start,
)?.[0]

function startServer(port: number, databaseUrl: string): ChildProcess {
  const profileDir = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : undefined
  return spawn(
    process.execPath,
    [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), nextBin, 'start', '--port', String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: [startHeapLimit, process.env.NODE_OPTIONS].filter(Boolean).join(' '),
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URL: databaseUrl,
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
        SERVER_URL: `http://localhost:${port}`,
        SMTP_HOST: '127.0.0.1',
        EMAIL_FROM_ADDRESS: 'bench@portail.example',
        UPLOADS_DIR: path.resolve('.data/bench-uploads'),
        PAYMENTS_PROVIDER: 'test',
        // The report's PDF is limited per client address; every bench request comes from 127.0.0.1.
        RATE_LIMITS: 'report.client=100000/1m',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
}

const keepDb = process.env.BENCH_KEEP_DB === '1'
const reused = process.env.BENCH_DATABASE_URL
const database = reused ? { url: reused, drop: async () => undefined } : await createTestDatabase('benchsite')
let failed = false
try {
  if (!reused) await seed(database.url)
  if (process.env.BENCH_SEED_ONLY === '1') {
    console.log(`BENCH_DATABASE_URL=${database.url}`)
    process.exit(0)
  }
  buildIfNeeded()
  const staticAsset = fs
    .readdirSync('.next/static/chunks')
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, size: fs.statSync(path.join('.next/static/chunks', f)).size }))
    .sort((a, b) => a.size - b.size)[0].f
  const queries = await catalogueQueries(database.url)
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  const project = (
    await client.query<{ slug: string }>(
      `SELECT slug FROM projects WHERE status = 'collecting' AND slug = 'classe-de-mer-a-plouguerneau'`,
    )
  ).rows[0]?.slug
  const reportYear =
    (
      await client
        .query<{ year: number }>(
          `SELECT year FROM activity_reports WHERE _status = 'published' ORDER BY year DESC LIMIT 1`,
        )
        .catch(() => ({ rows: [{ year: 2023 }] }))
    ).rows[0]?.year ?? 2023
  await client.end()
  if (!project) throw new Error('the demo project classe-de-mer-a-plouguerneau is missing: seed changed?')

  const port = await freePort()
  const server = startServer(port, database.url)
  let serverOutput = ''
  const keep = (chunk: Buffer) => (serverOutput = (serverOutput + chunk.toString()).slice(-8000))
  server.stdout?.on('data', keep)
  server.stderr?.on('data', keep)
  const memory = sampleMemory(server.pid!)
  let front: Awaited<ReturnType<typeof startNginx>> | null = null
  try {
    let up = false
    for (let i = 0; i < 180 && !up && server.exitCode === null; i++) {
      up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
      if (!up) await new Promise((r) => setTimeout(r, 500))
    }
    if (!up) {
      console.error(serverOutput)
      throw new Error('next start did not answer GET /api/health with 200 within 90 s')
    }
    if (process.env.BENCH_NGINX === '1') front = await startNginx(port)
    const target = front?.port ?? port
    let cursor = 0
    const differentCatalogue = () => queries[cursor++ % queries.length]
    const rows: (Row & { goal?: (m: Measure, base: { asset: Measure; health: Measure }) => [string, boolean] })[] = [
      { name: 'static asset', host: PROJETS, paths: [`/_next/static/chunks/${staticAsset}`] },
      { name: '/api/health', host: PROJETS, paths: ['/api/health'] },
      ...[
        ['home (cached)', '/'],
        ['project page (cached)', `/projets/${project}`],
        ['catalogue, one query (cached)', '/projets?niveau=ecole&q=classe'],
      ].map(([name, p]) => ({
        name,
        host: PROJETS,
        paths: [p],
        goal: (m: Measure, b: { asset: Measure }) =>
          ['≥ 25 % of static asset', m.rps >= 0.25 * b.asset.rps] as [string, boolean],
      })),
      {
        name: 'catalogue, a different query each request',
        host: PROJETS,
        paths: differentCatalogue,
        goal: (m, b) => ['≥ 25 % of health, p97.5 < 500 ms', m.rps >= 0.25 * b.health.rps && m.p97_5 < 500],
      },
      ...[
        ['/chiffres-cles (projets)', PROJETS, '/chiffres-cles'],
        ['/chiffres-cles (TNE)', TNE, '/chiffres-cles'],
        [`activity report ${reportYear}`, PROJETS, `/chiffres-cles/rapport/${reportYear}`],
      ].map(([name, host, p]) => ({
        name,
        host,
        paths: [p],
        goal: (m: Measure, b: { health: Measure }) =>
          ['≥ 50 % of health', m.rps >= 0.5 * b.health.rps] as [string, boolean],
      })),
      {
        name: `activity report ${reportYear} PDF (2 connections, 20 requests)`,
        host: PROJETS,
        paths: [`/chiffres-cles/rapport/${reportYear}/pdf`],
        connections: 2,
        amount: 20,
        goal: (m) => ['every PDF < 1 s', m.max < 1000],
      },
      {
        name: 'GET /api/projects?limit=10&depth=1',
        host: PROJETS,
        paths: ['/api/projects?limit=10&depth=1'],
        goal: (m, b) => ['≥ 10 % of health', m.rps >= 0.1 * b.health.rps],
      },
    ]
    const selected = rows.filter((r, i) => i < 2 || !only || only.some((word) => r.name.includes(word)))
    say('warming up (1 s per path, 10 connections)…')
    for (const row of selected) {
      if (typeof row.paths === 'function') {
        // Warm the code, not the answers: queries the measured run will not ask.
        const warm = queries.slice(-200)
        let i = 0
        await measure(target, { ...row, paths: () => warm[i++ % warm.length], connections: 10, amount: undefined }, 1)
      } else
        await measure(
          target,
          { ...row, connections: Math.min(10, row.connections ?? 10), amount: row.amount ? 2 : undefined },
          1,
        )
    }
    const loadBefore = loadAverage()
    say(`measuring: ${seconds} s per path, ${connections} connections; load average before: ${loadBefore}`)
    const results: Measure[] = []
    const rowMemory: number[] = []
    for (const row of selected) {
      memory.nextRow()
      const m = await measure(target, row, seconds)
      results.push(m)
      rowMemory.push(memory.rowPeakMb())
      say(
        `${m.name}: ${m.rps} req/s, p50 ${m.p50} ms, p97.5 ${m.p97_5} ms, ${m.errors} error(s), ${rowMemory.at(-1)} MB`,
      )
    }
    const base = { asset: results[0], health: results[1] }
    const peak = memory.peakMb()
    const table = selected.map((row, i) => {
      const m = results[i]
      const [goal, met] = row.goal ? row.goal(m, base) : ['baseline', true]
      const ok = met && m.errors === 0 && m.requests > 0
      if (!ok) failed = true
      return {
        path: m.name,
        'req/s': m.rps,
        'p50 ms': m.p50,
        'p97.5 ms': m.p97_5,
        'max ms': m.max,
        errors: m.errors,
        'vs asset': `${Math.round((100 * m.rps) / Math.max(1, base.asset.rps))} %`,
        'vs health': `${Math.round((100 * m.rps) / Math.max(1, base.health.rps))} %`,
        'peak MB': rowMemory[i],
        goal,
        verdict: ok ? 'MET' : 'MISSED',
      }
    })
    const memoryOk = peak < 600
    if (!memoryOk) failed = true
    console.log(
      `bench:site — ${front ? 'through nginx (deploy/nginx/portail.conf), ' : ''}${seconds} s per path, ${connections} connections, ${os.cpus().length} CPUs; load average before ${loadBefore}, after ${loadAverage()}`,
    )
    console.table(table)
    console.log(`${memoryOk ? 'MET   ' : 'MISSED'}  peak memory of the server's processes: ${peak} MB (goal < 600 MB)`)
    console.log(failed ? 'Some goals were missed.' : 'Every goal met.')
  } finally {
    memory.stop()
    await front?.stop()
    const exited = new Promise((r) => server.once('exit', r))
    server.kill('SIGTERM')
    await exited
  }
} catch (error) {
  console.error(error)
  failed = true
} finally {
  if (keepDb && !reused) say(`database kept: BENCH_DATABASE_URL=${database.url}`)
  else await database.drop()
}
process.exit(failed ? 1 : 0)
