/**
 * `npm run migrate`: applies the committed migrations, then creates the reference data that is
 * missing (académies, départements, themes, TNE territories). A release step in production, safe
 * to repeat, and safe when several instances run it at once (advisory lock).
 */
import { withPayload } from './lib/runtime'

const { created } = await withPayload(async (payload) => (await import('../src/seed/reference')).seedReferenceData(payload))
console.log(`Migrations: up to date. Reference data: ${created} records created.`)
process.exit(0)
