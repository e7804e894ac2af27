import { randomUUID } from 'node:crypto'
import { stat } from 'node:fs/promises'
import path from 'node:path'

import { fileTypeFromBuffer } from 'file-type'
import {
  APIError,
  type Access,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type PayloadRequest,
  type TextField,
  type UploadConfig,
  ValidationError,
} from 'payload'

import { displayFilename, fileAddressProblem, storedFilename } from '@/domain/media/stored-name'
import { env } from '@/env'

import { forgetStoredFileNames, storedFileNamesOf } from './stored-file-names'
import { type UploadCollection, uploadDir } from './stored-file'

/** An uploaded file as the rules judge it: the type read from its bytes (undefined when unrecognised), its size, its bytes. */
export type UploadedFile = { detectedMime: string | undefined; size: number; data: Buffer | undefined }

/** Why a file may not be stored in a collection, or null (each collection's rule, in src/domain). */
export type UploadRule = (file: UploadedFile) => string | null

const NO_FILE = 'Choisissez un fichier à déposer depuis votre appareil (le dépôt par adresse web n’est pas accepté).'
const ONE_AT_A_TIME = 'Remplacez les fichiers un par un.'

/** The uploader's name of the file being stored by this request, kept for display (`originalFilename`). */
const givenNames = new WeakMap<PayloadRequest, string>()

const refuse = (collection: string, message: string) =>
  new ValidationError({ collection, errors: [{ path: 'file', message }] })

/**
 * Before anything is stored: refuses a create without a file of its own (Payload would otherwise
 * fetch `{ url }` from the web and store it under the name given with it), a bulk update carrying a
 * file, and a file the collection's rule refuses (its bytes read by `file-type`). Then renames the
 * file to `<uuid>.<extension of the detected type>` and gives it the detected type, so that Payload
 * stores the original and derives its sizes (`<uuid>-<w>x<h>.webp`) under names of this document
 * only, served with the type its bytes have.
 */
const acceptUpload =
  (collection: string, rule: UploadRule): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation === 'create' && !req.file && args.duplicateFromID == null) throw refuse(collection, NO_FILE)
    if ((operation !== 'create' && operation !== 'update') || !req.file) return
    if (operation === 'update' && !('id' in args && args.id != null)) throw refuse(collection, ONE_AT_A_TIME)
    const { data, size } = req.file
    const detected = data?.length ? await fileTypeFromBuffer(data) : undefined
    const problem = rule({ detectedMime: detected?.mime, size: size ?? data?.length ?? 0, data })
    if (problem) throw refuse(collection, problem)
    const name = storedFilename(detected?.mime, randomUUID())
    if (!name || !detected) throw refuse(collection, 'Ce type de fichier n’est pas accepté.')
    givenNames.set(req, displayFilename(req.file.name))
    req.file = { ...req.file, name, mimetype: detected.mime }
  }

/** `originalFilename` is the uploader's name of the current file: set with each new file, never by the caller. */
const keepOriginalFilename: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const given = req.file ? givenNames.get(req) : undefined
  return { ...data, originalFilename: given ?? originalDoc?.originalFilename ?? null }
}

const originalFilenameField: TextField = {
  name: 'originalFilename',
  type: 'text',
  label: { fr: 'Nom du fichier déposé', en: 'Uploaded file name' },
  admin: {
    readOnly: true,
    description: {
      fr: 'Le fichier est conservé sous un nom donné par le portail.',
      en: 'The file is stored under a name the portal gives it.',
    },
  },
  // Files stored before the portal named them kept the uploader's name.
  hooks: { afterRead: [({ value, siblingData }) => value ?? siblingData?.filename ?? null] },
}

/**
 * Refuses (400) a file address that no stored file can have (NUL byte, control character, folder, over
 * 255 bytes) before the database or the store is asked.
 */
const checkFileAddress =
  (read: Access | undefined): Access =>
  (args) => {
    if (args.isReadingStaticFile) {
      const problem = fileAddressProblem({
        filename: args.data?.filename,
        prefix: args.req.searchParams?.get('prefix'),
      })
      if (problem) throw new APIError(problem, 400, null, true)
    }
    return read ? read(args) : Boolean(args.req.user)
  }

const noSniff = (headers: Headers) => {
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}

/** The REST guard's memory of stored names (src/services/media/stored-file-names.ts) forgets a replaced file's names… */
const forgetReplacedNames =
  (collection: UploadCollection): CollectionAfterChangeHook =>
  ({ doc, previousDoc }) => {
    if (previousDoc?.filename && previousDoc.filename !== doc.filename)
      forgetStoredFileNames(collection, storedFileNamesOf(previousDoc))
    return doc
  }

/** …and a deleted document's. */
const forgetDeletedNames =
  (collection: UploadCollection): CollectionAfterDeleteHook =>
  ({ doc }) => {
    forgetStoredFileNames(collection, storedFileNamesOf(doc))
    return doc
  }

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/** On disk, a file that is not there answers 404 (Payload answers 500); in S3 the adapter answers 404 itself. */
const answerMissingFile =
  (collection: UploadCollection): FileHandler =>
  (_req, { params }) => {
    if (env.S3_BUCKET) return
    const missing = stat(path.join(uploadDir(collection), params.filename)).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR' && error.code !== 'ENAMETOOLONG') throw error
        return Response.json(
          { errors: [{ message: 'Fichier introuvable.' }] },
          { status: 404, headers: noSniff(new Headers()) },
        )
      },
    )
    // Payload's type says Response or nothing; it runs the next handler (its own file reader) on `undefined`.
    return missing as Promise<Response>
  }

/**
 * An upload collection whose stored files each belong to one document: stored in its own folder
 * (or S3 prefix); with `rule`, every file is checked and renamed by the server (see `acceptUpload`),
 * its given name kept in `originalFilename`; without, the server alone writes its files under names
 * it makes (receipts). For all: file addresses checked, 404 for a missing file, `nosniff`, no
 * duplication (a copy would share nothing, but there is no need for one: upload the file again).
 */
export function withStoredFiles(
  config: CollectionConfig & { slug: UploadCollection },
  rule?: UploadRule,
): CollectionConfig {
  const collection = config.slug
  const upload = typeof config.upload === 'object' ? config.upload : {}
  return {
    ...config,
    disableDuplicate: true,
    access: { ...config.access, read: checkFileAddress(config.access?.read) },
    hooks: {
      ...config.hooks,
      ...(rule
        ? {
            beforeOperation: [acceptUpload(collection, rule), ...(config.hooks?.beforeOperation ?? [])],
            beforeChange: [keepOriginalFilename, ...(config.hooks?.beforeChange ?? [])],
          }
        : {}),
      afterChange: [forgetReplacedNames(collection), ...(config.hooks?.afterChange ?? [])],
      afterDelete: [forgetDeletedNames(collection), ...(config.hooks?.afterDelete ?? [])],
    },
    upload: {
      ...upload,
      staticDir: uploadDir(collection),
      pasteURL: false,
      handlers: [answerMissingFile(collection), ...(upload.handlers ?? [])],
      modifyResponseHeaders: ({ headers }) => noSniff(headers),
    },
    fields: rule ? [...config.fields, originalFilenameField] : config.fields,
  }
}
