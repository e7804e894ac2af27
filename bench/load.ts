import http from 'node:http'

export type LoadResult = {
  path: string
  requests: number
  errors: number
  rps: number
  p50: number
  p95: number
  p99: number
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/**
 * A closed-loop load: `connections` keep-alive clients each send the next request as soon as the
 * previous answer has arrived, for `seconds`. Latencies in milliseconds; non-2xx count as errors.
 */
export async function load({
  port,
  host,
  path,
  connections = 50,
  seconds = 10,
}: {
  port: number
  host: string
  path: string
  connections?: number
  seconds?: number
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const latencies: number[] = []
  let errors = 0
  const deadline = performance.now() + seconds * 1000
  const once = () =>
    new Promise<void>((resolve) => {
      const start = performance.now()
      const req = http.request({ host: '127.0.0.1', port, path, agent, headers: { host } }, (res) => {
        res.resume()
        res.on('end', () => {
          latencies.push(performance.now() - start)
          if (!res.statusCode || res.statusCode >= 300) errors++
          resolve()
        })
      })
      req.on('error', () => {
        errors++
        resolve()
      })
      req.end()
    })
  const started = performance.now()
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await once()
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  agent.destroy()
  const sorted = latencies.sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    path,
    requests: sorted.length,
    errors,
    rps: Math.round(sorted.length / elapsed),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
  }
}
