import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { GetObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'

import { env } from '@/env'

/** The upload collections; each stores under its own name: a folder of UPLOADS_DIR, or a prefix in the S3 bucket. */
export const UPLOAD_COLLECTIONS = [
  'project-pictures',
  'receipt-files',
  'structure-signatures',
  'media',
  'documents',
  'convention-files',
] as const
export type UploadCollection = (typeof UPLOAD_COLLECTIONS)[number]

export const s3ClientConfig = (): S3ClientConfig => ({
  region: env.S3_REGION,
  endpoint: env.S3_ENDPOINT,
  forcePathStyle: env.S3_FORCE_PATH_STYLE,
  credentials:
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
      : undefined,
})

/** Where a collection keeps its files on disk (its `staticDir`); in S3, the same name is its key prefix. */
export const uploadDir = (collection: UploadCollection) => path.join(env.UPLOADS_DIR, collection)

let client: S3Client | undefined

/** The bytes of a stored upload, for the server's own use (e.g. an image printed in a PDF): no access check here. */
export async function readStoredFile(collection: UploadCollection, filename: string): Promise<Buffer> {
  if (path.basename(filename) !== filename) throw new Error(`Nom de fichier invalide : ${filename}`)
  if (!env.S3_BUCKET) return readFile(path.join(uploadDir(collection), filename))
  client ??= new S3Client(s3ClientConfig())
  const object = await client.send(new GetObjectCommand({ Bucket: env.S3_BUCKET, Key: `${collection}/${filename}` }))
  if (!object.Body) throw new Error(`Fichier introuvable dans le stockage : ${collection}/${filename}`)
  return Buffer.from(await object.Body.transformToByteArray())
}
