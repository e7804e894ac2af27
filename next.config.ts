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
  serverExternalPackages: ['rate-limiter-flexible', 'ioredis', '@zxcvbn-ts/core', '@zxcvbn-ts/language-common', '@zxcvbn-ts/language-fr'],
  experimental: {
    // Project pictures are posted to server actions (5 MB each, checked again on the server).
    serverActions: { bodySizeLimit: '6mb' },
    isrFlushToDisk: false,
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

export default withPayload(nextConfig, { devBundleServerPackages: false })
