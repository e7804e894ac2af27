// Kept so that the components' imports stay as they are: the formatting lives in src/domain/text/format.ts.
export { formatDate, formatDateTime, formatEuros, formatEventTime, percent } from '@/domain/text/format'
