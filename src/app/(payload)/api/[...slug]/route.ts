/* Payload's REST API, as its blank template generates it, each request served under its id (x-request-id). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withRequestId } from '@/services/logging/request-context'

export const GET = withRequestId(REST_GET(config))
export const POST = withRequestId(REST_POST(config))
export const DELETE = withRequestId(REST_DELETE(config))
export const PATCH = withRequestId(REST_PATCH(config))
export const PUT = withRequestId(REST_PUT(config))
export const OPTIONS = withRequestId(REST_OPTIONS(config))
