/** Next.js start-up hook; the work happens in the Node.js runtime only (see instrumentation-node). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./instrumentation-node')
}
