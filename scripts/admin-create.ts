/**
 * `npm run admin:create -- --email alice@gip.example.fr [--name "Alice Martin"] [--password-stdin]`:
 * creates the first administrator of a deployment (or another one), or promotes an existing user.
 * Without --password-stdin it prints a one-time link to choose the password (valid one hour);
 * with it, the password is read from standard input and checked with the admin's own rules.
 * Exit code: 0 done, 2 bad arguments or password (nothing written).
 */
import { parseArgs } from 'node:util'

import { withPayload } from './lib/runtime'

const USAGE = 'Usage : npm run admin:create -- --email adresse@exemple.fr [--name "Prénom Nom"] [--password-stdin]'

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}

let args: { email?: string; name?: string; 'password-stdin'?: boolean }
try {
  args = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  }).values
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  // One line: the trailing newline of `echo` or a heredoc is not part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '')
}

const { checkAdministrator } = await import('../src/domain/auth/administrator')
const password = args['password-stdin'] ? await readStdin() : undefined
const checked = await checkAdministrator({ email: args.email ?? '', name: args.name, password })
if (!checked.ok) fail(checked.message)

const result = await withPayload(async (payload, env) => {
  const { createAdministrator } = await import('../src/services/accounts/create-admin')
  return createAdministrator(payload, checked.admin, env.SERVER_URL)
})
const done = {
  created: 'Administrateur créé',
  promoted: 'Rôle administrateur ajouté au compte existant',
  'already-admin': 'Ce compte est déjà administrateur',
}[result.outcome]
console.log(`${done} : ${checked.admin.email} (id ${result.id}).`)
if (result.setPasswordUrl) {
  console.log(
    `Pour choisir le mot de passe, ouvrez ce lien (valable une heure, une seule fois) :\n${result.setPasswordUrl}`,
  )
} else {
  console.log('Le mot de passe lu sur l’entrée standard est enregistré.')
}
process.exit(0)
