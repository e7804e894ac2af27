import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { ExpertArticle, User } from '@/payload-types'

import { unique } from './factories'

/** Rich text from Markdown, as the seed writes it. */
export async function richText(payload: Payload, markdown: string): Promise<ExpertArticle['body']> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  return convertMarkdownToLexical({ editorConfig, markdown }) as ExpertArticle['body']
}

/** An expert article's complete data (a draft unless `_status` says otherwise). */
export async function articleData(
  payload: Payload,
  tenant: number,
  extra: Partial<ExpertArticle> = {},
): Promise<Omit<ExpertArticle, 'id' | 'createdAt' | 'updatedAt'>> {
  const title = extra.title ?? unique('Les écrans à la maison')
  return {
    tenant,
    title,
    slug: unique('article'),
    expert: { name: 'Camille Durand', role: 'sociologue au CNRS' },
    excerpt: 'Ce que disent les recherches sur les écrans à la maison.',
    body: await richText(
      payload,
      'Les **enfants** découvrent les jeux vidéo de plus en plus tôt. Les parents s’interrogent.',
    ),
    themes: ['children_digital_uses'],
    _status: 'draft',
    ...extra,
  } as Omit<ExpertArticle, 'id' | 'createdAt' | 'updatedAt'>
}

export type Actor = User & { collection: 'users' }

/** A small real PNG. */
export function pngBytes(): Promise<Buffer> {
  return sharp({ create: { width: 1400, height: 900, channels: 3, background: '#6a1b5d' } })
    .png()
    .toBuffer()
}

/** A file as Payload's Local API takes it. */
export const upload = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })
