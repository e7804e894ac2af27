import fs from 'node:fs/promises'
import path from 'node:path'

import type { Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

/**
 * Development transport: every message is written to `dir` as one RFC 822 `.eml` file, named so
 * that `ls` sorts them by time. Any mail client opens them; `cat` shows the raw message.
 */
export function outboxTransport(dir: string): Transport<{ envelope: object; messageId: string; path: string }> {
  return {
    name: 'outbox',
    version: '1.0.0',
    send(mail: MailMessage, callback) {
      mail.message.build(async (buildError, raw) => {
        if (buildError) return callback(buildError, undefined as never)
        try {
          await fs.mkdir(dir, { recursive: true })
          const messageId = mail.message.messageId()
          const stamp = new Date().toISOString().replace(/[:.]/g, '-')
          const file = path.join(dir, `${stamp}-${messageId.replace(/[^a-zA-Z0-9]/g, '').slice(0, 24)}.eml`)
          await fs.writeFile(file, raw)
          callback(null, { envelope: mail.message.getEnvelope(), messageId, path: file })
        } catch (error) {
          callback(error as Error, undefined as never)
        }
      })
    },
  }
}
