import type { FieldAccess } from 'payload'

/** A field that no one writes through the API (set by hooks and services only). */
export const nobody: FieldAccess = () => false
