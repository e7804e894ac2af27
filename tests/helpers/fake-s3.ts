import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** An object as the fake bucket holds it. */
export type StoredObject = { body: Buffer; contentType: string }

/**
 * A minimal S3 endpoint on 127.0.0.1 for tests (path-style: `/<bucket>/<key>`): PUT, HEAD, GET
 * (with one byte range) and DELETE of single objects, which is what Payload's S3 adapter uses for
 * uploads that fit one request. Not a real S3: no listing, no multipart upload, no signature check.
 */
export async function startFakeS3(
  bucket: string,
): Promise<{ url: string; objects: Map<string, StoredObject>; close: () => Promise<void> }> {
  const objects = new Map<string, StoredObject>()
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const [, bucketName, ...rest] = url.pathname.split('/')
    const key = rest.map(decodeURIComponent).join('/')
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const notFound = () => {
      response.writeHead(404, { 'Content-Type': 'application/xml' })
      response.end(
        request.method === 'HEAD'
          ? undefined
          : '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
      )
    }
    if (bucketName !== bucket || !key) return notFound()
    const object = objects.get(key)
    const etag = object ? `"${object.body.length.toString(16)}-${object.body.subarray(0, 16).toString('hex')}"` : ''
    switch (request.method) {
      case 'PUT': {
        const raw = Buffer.concat(chunks)
        const body = /aws-chunked/.test(String(request.headers['content-encoding'] ?? '')) ? decodeAwsChunked(raw) : raw
        objects.set(key, { body, contentType: String(request.headers['content-type'] ?? 'application/octet-stream') })
        response.writeHead(200, { ETag: '"stored"' })
        return response.end()
      }
      case 'HEAD':
        if (!object) return notFound()
        response.writeHead(200, {
          'Content-Length': object.body.length,
          'Content-Type': object.contentType,
          ETag: etag,
        })
        return response.end()
      case 'GET': {
        if (!object) return notFound()
        const range = /^bytes=(\d+)-(\d*)$/.exec(String(request.headers.range ?? ''))
        if (range) {
          const start = Number(range[1])
          const end = range[2] ? Number(range[2]) : object.body.length - 1
          response.writeHead(206, {
            'Content-Length': end - start + 1,
            'Content-Type': object.contentType,
            'Content-Range': `bytes ${start}-${end}/${object.body.length}`,
            ETag: etag,
          })
          return response.end(object.body.subarray(start, end + 1))
        }
        response.writeHead(200, {
          'Content-Length': object.body.length,
          'Content-Type': object.contentType,
          ETag: etag,
        })
        return response.end(object.body)
      }
      case 'DELETE':
        objects.delete(key)
        response.writeHead(204)
        return response.end()
      default:
        response.writeHead(405)
        return response.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** The payload of an `aws-chunked` body: `<hex size>[;…]\r\n<bytes>\r\n` chunks, up to the zero-size one. */
function decodeAwsChunked(raw: Buffer): Buffer {
  const parts: Buffer[] = []
  let offset = 0
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', offset)
    if (lineEnd < 0) break
    const size = parseInt(raw.subarray(offset, lineEnd).toString('latin1').split(';')[0], 16)
    if (!size) break
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size))
    offset = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}
