import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from './src/domain/security/headers'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Cached pages are served as they are: hashing each response for an ETag costs more than it saves.
  generateEtags: false,
  reactStrictMode: true,
  images: { formats: ['image/avif', 'image/webp'] },
  // Full-route cache (ISR: project pages, see README "Caching"): kept in memory only (bounded LRU,
  // `isrFlushToDisk: false`), so arbitrary hosts or slugs cannot fill the disk; a page older than
  // 2 minutes is re-rendered before being served rather than served stale.
  expireTime: 120,
  // Loaded by Node at run time rather than bundled: the strength estimator's dictionaries (megabytes,
  // loaded on the first password check), and the rate limiter, whose optional stores are imported by
  // expressions a bundler cannot follow.
  serverExternalPackages: [
    'rate-limiter-flexible',
    'ioredis',
    '@fortedigital/nextjs-cache-handler',
    '@zxcvbn-ts/core',
    '@zxcvbn-ts/language-common',
    '@zxcvbn-ts/language-fr',
  ],
  experimental: {
    // Project pictures are posted to server actions (5 MB each, checked again on the server).
    serverActions: { bodySizeLimit: '6mb' },
    isrFlushToDisk: false,
    // Each route's code is loaded when first asked, not all at start: an instance that serves only the
    // public sites does not hold the admin's (about 130 MB less, issue 18's memory goal).
    preloadEntriesOnStart: false,
  },
  // The security headers that are the same everywhere (src/domain/security/headers.ts). The pages'
  // Content-Security-Policy and HSTS depend on the deployment and the request: the proxy adds them.
  async headers() {
    return [
      { source: '/:path*', headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] },
    ]
  },
}

/**
 * With REDIS_URL the full-route cache lives in Redis, shared by every instance
 * (src/services/cache/next-cache-handler.mjs; README "Caching"). Read when the server starts, so one
 * build serves both; without it, Next's own memory in each instance.
 */
const sharedCacheHandler = process.env.REDIS_URL
  ? { cacheHandler: path.resolve('src/services/cache/next-cache-handler.mjs') }
  : {}

export default withPayload({ ...nextConfig, ...sharedCacheHandler }, { devBundleServerPackages: false })
