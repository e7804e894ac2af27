/**
 * `npm run migrate`: applies the committed migrations, then creates what is missing of the
 * reference data (académies, départements, themes, TNE territories) and of the two sites (from
 * SITE_HOSTS_*, with their navigation and required pages in placeholder text). A release step in
 * production, safe to repeat, and safe when several instances run it at once (one advisory lock
 * covers both steps).
 */
import { withPayload } from './lib/runtime'

const created = await withPayload(
  async (payload, env) => {
    const [{ applyMigrations }, { bootstrap }] = await Promise.all([
      import('../src/services/db/migrate'),
      import('../src/seed'),
    ])
    return (await applyMigrations(payload, env.DATABASE_URL, () => bootstrap(payload, env)))!.created
  },
  { migrate: false },
)
console.log(`Migrations: up to date. Reference data and sites: ${created} records created.`)
process.exit(0)
