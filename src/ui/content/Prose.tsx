import { RichText } from '@payloadcms/richtext-lexical/react'
import type { ComponentProps } from 'react'

import { typesetRichText } from '@/domain/text/typography'

/** Editorial rich text, with French no-break spaces (before ; : ! ? », inside numbers, before € and %). */
export function Prose({
  data,
  className = 'prose',
}: {
  data: ComponentProps<typeof RichText>['data']
  className?: string
}) {
  return <RichText className={className} data={typesetRichText(data)} />
}
