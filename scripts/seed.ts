/** `npm run seed`: reference data and the demo set, created when missing (development only). */
import { loadEnvOrExit, withPayload } from './lib/runtime'

const env = await loadEnvOrExit()
if (env.isProduction) {
  console.error('Refusing to seed demo data in production: the demo accounts have a known password.')
  process.exit(1)
}
const { created } = await withPayload(async (payload) => (await import('../src/seed')).seed(payload, env))
console.log(
  created ? `Seed: ${created} records created.` : 'Seed: nothing to create, the database already holds the demo set.',
)
process.exit(0)
