/*
 * Payload's REST API, as its blank template generates it, each request served under its id
 * (x-request-id) and behind the request guard (malformed input refused in French, page size and
 * depth limits: src/services/api/rest-guard.ts).
 */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardRest } from '@/services/api/rest-guard'
import { withRequestId } from '@/services/logging/request-context'

export const GET = withRequestId(guardRest(config, REST_GET(config)))
export const POST = withRequestId(guardRest(config, REST_POST(config)))
export const DELETE = withRequestId(guardRest(config, REST_DELETE(config)))
export const PATCH = withRequestId(guardRest(config, REST_PATCH(config)))
export const PUT = withRequestId(guardRest(config, REST_PUT(config)))
export const OPTIONS = withRequestId(REST_OPTIONS(config))
