'use client'

import { useDocumentInfo, useForm } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'

type Refusal = { errors?: { message: string; data?: { errors?: { message: string }[] } }[] } | null

/**
 * A status change of the document open in the admin: `apply(to)` posts it with the comment typed
 * to /api/<collection>/:id/transition; on success the form's status shows the new state at once
 * (the sidebar's panel follows it), then the document is reloaded, and the buttons stay disabled
 * until it is (no second click on a stale state). A refusal keeps the server's French messages
 * (each field's, else the general one, else `fallbackError`).
 */
export function useStatusTransition(collection: string, fallbackError: string) {
  const { id } = useDocumentInfo()
  const { dispatchFields, setModified } = useForm()
  const router = useRouter()
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [posting, setPosting] = useState(false)
  const [refreshing, startRefresh] = useTransition()

  async function apply(to: string) {
    setPosting(true)
    setError(null)
    const response = await fetch(`/api/${collection}/${id}/transition`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to, comment: comment || undefined }),
    }).catch(() => null)
    if (!response?.ok) {
      setPosting(false)
      const first = ((await response?.json().catch(() => null)) as Refusal)?.errors?.[0]
      setError(first?.data?.errors?.map((e) => e.message).join(' ') || first?.message || fallbackError)
      return
    }
    const status =
      ((await response.json().catch(() => null)) as { doc?: { status?: string } } | null)?.doc?.status ?? to
    dispatchFields({ type: 'UPDATE', path: 'status', value: status, initialValue: status })
    setModified(false)
    setComment('')
    setPosting(false)
    startRefresh(() => router.refresh())
  }

  return { id, comment, setComment, error, pending: posting || refreshing, apply }
}
