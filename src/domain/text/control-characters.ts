/**
 * Control characters (C0 but tab, line feed and carriage return, and DEL): nobody types them, a
 * crafted request or a bad copy-paste does, and PostgreSQL refuses NUL in any text, so a NUL that
 * reaches a query fails it (a 500). Removed from every value a form or a search posts.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '')
}
