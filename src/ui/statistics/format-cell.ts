// Kept so that the components' imports stay as they are: the PDF report shares it from src/domain.
export { formatCell } from '@/domain/statistics/format-cell'
