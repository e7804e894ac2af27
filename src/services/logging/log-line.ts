/**
 * One JSON log line on stdout, in the shape of Payload's (level as a word, ISO time): for what is
 * logged outside Payload's logger (Next's request errors, the database monitor, which runs before
 * Payload exists).
 */
export function writeLogLine(
  level: 'info' | 'warn' | 'error',
  msg: string,
  fields: Record<string, unknown> = {},
  write: (line: string) => unknown = (line) => process.stdout.write(line),
): void {
  write(`${JSON.stringify({ level, time: new Date().toISOString(), ...fields, msg })}\n`)
}
