/* Payload's GraphQL API, as its blank template generates it, each request served under its id (x-request-id). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRequestId } from '@/services/logging/request-context'

export const POST = withRequestId(GRAPHQL_POST(config))
export const OPTIONS = withRequestId(REST_OPTIONS(config))
