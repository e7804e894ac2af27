/*
 * Payload's GraphQL API, as its blank template generates it, each request served under its id
 * (x-request-id) and behind the GraphQL guard (body shape and size, French errors without field
 * suggestions: src/services/api/graphql-guard.ts).
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphql } from '@/services/api/graphql-guard'
import { withRequestId } from '@/services/logging/request-context'

export const POST = withRequestId(guardGraphql(GRAPHQL_POST(config)))
export const OPTIONS = withRequestId(REST_OPTIONS(config))
