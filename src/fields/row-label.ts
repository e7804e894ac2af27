/** Names of array rows in the admin (src/ui/admin/RowLabel.tsx), instead of Payload's "<label> 01". */

/** A history row is named by its transition and date ("Envoyée → Signée, 12 décembre 2023 à 16 h 37"). */
export const historyRowLabel = (labels: Record<string, string>) => ({
  path: '/ui/admin/RowLabel#HistoryRowLabel',
  clientProps: { labels },
})

/** An array row named by its own fields ("Transport — 1 200 €"), or "<noun> <n>" while they are empty. */
export const rowLabel = (noun: string, fields: string[], moneyField?: string) => ({
  path: '/ui/admin/RowLabel#RowLabel',
  clientProps: { noun, fields, moneyField },
})
