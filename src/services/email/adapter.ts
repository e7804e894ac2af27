import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import { DATA_DIR, type Env } from '@/env'

import { outboxTransport } from './outbox-transport'

export const OUTBOX_DIR = path.join(DATA_DIR, 'outbox')

/** SMTP when configured; otherwise (development only, env.ts enforces it) the .data/outbox folder. */
export function emailAdapter(env: Env) {
  const common = { defaultFromAddress: env.EMAIL_FROM_ADDRESS, defaultFromName: env.EMAIL_FROM_NAME }
  if (env.usesEmailOutbox) {
    return nodemailerAdapter({ ...common, skipVerify: true, transport: nodemailer.createTransport(outboxTransport(OUTBOX_DIR)) })
  }
  return nodemailerAdapter({
    ...common,
    transport: nodemailer.createTransport({
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
    }),
  })
}
