import type { AdminViewServerProps } from 'payload'

export async function StatisticsView(_props: AdminViewServerProps) {
  return null
}
