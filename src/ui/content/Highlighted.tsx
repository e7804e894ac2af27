import { splitHighlights } from '@/domain/content/highlight'

/** A search result's title or excerpt: plain text, with the matched words in <mark>. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((segment, index) =>
        segment.highlighted ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  )
}
