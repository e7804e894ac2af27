/**
 * Search excerpts come from PostgreSQL's ts_headline with these control characters around each
 * match (never HTML: the excerpt is the stored text, which may contain anything), and are split
 * here into plain and highlighted segments that React renders as text and <mark>.
 */
export const HIGHLIGHT_START = '\u0002'
export const HIGHLIGHT_STOP = '\u0003'

export type Segment = { text: string; highlighted: boolean }

export function splitHighlights(excerpt: string): Segment[] {
  const segments: Segment[] = []
  let highlighted = false
  let current = ''
  const flush = () => {
    if (current) segments.push({ text: current, highlighted })
    current = ''
  }
  for (const char of excerpt) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_STOP) {
      flush()
      highlighted = char === HIGHLIGHT_START
      continue
    }
    current += char
  }
  flush()
  return segments
}
