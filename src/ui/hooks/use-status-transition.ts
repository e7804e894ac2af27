'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Refusal = { errors?: { message: string; data?: { errors?: { message: string }[] } }[] } | null

/**
 * A status change of the document open in the admin: `apply(to)` posts it with the comment typed
 * to /api/<collection>/:id/transition, then reloads the document; a refusal keeps the server's
 * French messages (each field's, else the general one, else `fallbackError`).
 */
export function useStatusTransition(collection: string, fallbackError: string) {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function apply(to: string) {
    setPending(true)
    setError(null)
    const response = await fetch(`/api/${collection}/${id}/transition`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to, comment: comment || undefined }),
    })
    setPending(false)
    if (!response.ok) {
      const first = ((await response.json().catch(() => null)) as Refusal)?.errors?.[0]
      setError(first?.data?.errors?.map((e) => e.message).join(' ') || first?.message || fallbackError)
      return
    }
    setComment('')
    router.refresh()
  }

  return { id, comment, setComment, error, pending, apply }
}
