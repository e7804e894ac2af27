'use client'

import { useRowLabel } from '@payloadcms/ui'

import { formatDateTime, formatEuros } from '@/ui/format'

type Row = Record<string, unknown>
const pad = (n: number) => String(n).padStart(2, '0')

/**
 * An array row named by its own content ("Transport — 1 200 €"), or "<noun> 01" while it is empty,
 * instead of Payload's default (the array's English singular label and the row number).
 */
export function RowLabel({ noun, fields, moneyField }: { noun: string; fields: string[]; moneyField?: string }) {
  const { data, rowNumber } = useRowLabel<Row>()
  const text = fields
    .map((name) => data?.[name])
    .filter((v): v is string | number => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number')
    .join(' · ')
  const amount = moneyField && typeof data?.[moneyField] === 'number' ? formatEuros(data[moneyField] as number) : null
  const name = text || `${noun} ${pad((rowNumber ?? 0) + 1)}`
  return <span>{amount ? `${name} — ${amount}` : name}</span>
}

/** A lifecycle's history row: "Envoyée → Signée, 12 décembre 2023 à 16 h 37". */
export function HistoryRowLabel({ labels }: { labels: Record<string, string> }) {
  const { data, rowNumber } = useRowLabel<Row>()
  const name = (value: unknown) => (typeof value === 'string' ? (labels[value] ?? value) : '…')
  const at = typeof data?.at === 'string' ? `, ${formatDateTime(data.at)}` : ''
  return <span>{data?.to ? `${name(data.from)} → ${name(data.to)}${at}` : `Étape ${pad((rowNumber ?? 0) + 1)}`}</span>
}
