import type { Access } from 'payload'

/** Public reference data and site identity, readable by anonymous visitors. */
export const anyone: Access = () => true
