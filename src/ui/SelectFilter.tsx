import { escapeHtml } from '@/domain/text/html'

/**
 * The `<option>`s of a filter, as HTML: an "all" first option (value "") when `all` is given, then
 * each choice, the one equal to `value` selected (else the first). Every value and label is escaped.
 */
export function optionsHtml(options: readonly [string, string][], value?: string, all?: string): string {
  const selected = value ?? ''
  const option = (optionValue: string, label: string) =>
    `<option value="${escapeHtml(optionValue)}"${optionValue === selected ? ' selected=""' : ''}>${escapeHtml(label)}</option>`
  return (all ? option('', all) : '') + options.map(([optionValue, label]) => option(optionValue, label)).join('')
}

/**
 * A labelled select of a GET filter form, with an "all" first option (value "").
 *
 * Its options are one string of escaped HTML rather than React elements: a filter has up to a hundred
 * choices (the départements), each of which React would otherwise build, render into the page and
 * serialise again into its RSC payload, on every catalogue query (issue 18). Nothing on the client
 * changes them: the form is a plain GET form.
 */
export function SelectFilter({
  name,
  label,
  all,
  options,
  value,
}: {
  name: string
  label: string
  all?: string
  options: [string, string][]
  value?: string
}) {
  return (
    <p>
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} dangerouslySetInnerHTML={{ __html: optionsHtml(options, value, all) }} />
    </p>
  )
}
