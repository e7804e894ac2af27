import fs from 'node:fs'
import path from 'node:path'

import { OUTBOX_DIR } from '@/services/email/adapter'

/** Undoes quoted-printable (soft line breaks, =XX bytes) and encoded-word headers, for assertions. */
function decode(raw: string): string {
  const unfolded = raw
    .replace(/\?=\r?\n\s+=\?UTF-8\?Q\?/g, '')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/g, (_m, word: string) => word.replace(/_/g, ' '))
  const joined = unfolded.replace(/=\r?\n/g, '')
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')
}

/** Every message in the development outbox, decoded. */
export function outboxMessages(): string[] {
  if (!fs.existsSync(OUTBOX_DIR)) return []
  return fs.readdirSync(OUTBOX_DIR).map((file) => decode(fs.readFileSync(path.join(OUTBOX_DIR, file), 'utf8')))
}
