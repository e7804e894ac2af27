import type { CollectionConfig, FieldHook } from 'payload'

import { adminOnly, adminOnlyField, adminsOrSelf, colleaguesOrSelf, ownAccountOrAdminField, staffOnly } from '@/access'
import { ROLES, ROLE_LABELS, hasRole } from '@/domain/access/roles'
import { displayNameOf } from '@/domain/accounts/display-name'
import { env } from '@/env'
import { forgotPassword, verifyEmail } from '@/services/auth/account-emails'

import { forgotPasswordEndpoint } from './endpoints/forgot-password'
import { personalDataEndpoint } from './endpoints/personal-data'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { keepVerifiedEmail } from './hooks/keepVerifiedEmail'
import { liftSignInDelay, recordSignIn } from './hooks/recordSignIn'
import { throttleSignIn } from './hooks/throttleSignIn'

/** The account's name in the admin, always derived from its names, e-mail and roles (whatever is sent). */
const deriveDisplayName: FieldHook = ({ data, originalDoc }) => displayNameOf({ ...originalDoc, ...data })
/** Accounts saved before the field existed are named when read. */
const nameUnsavedAccount: FieldHook = ({ value, data }) => value || (data ? displayNameOf(data) : value)

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { fr: 'Utilisateur', en: 'User' }, plural: { fr: 'Utilisateurs', en: 'Users' } },
  // Named "Léa Martin · Modération" in relations and lists, not by an e-mail address or "Sans titre".
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'email', 'roles'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  auth: {
    // No lockout by Payload: anybody could lock anybody's account, and tell who has one. Sign-ins
    // are rate-limited instead, per address, per account and per trusted browser (throttleSignIn).
    maxLoginAttempts: 0,
    tokenExpiration: 2 * 60 * 60,
    useSessions: true,
    // A new account proves its address before it can sign in (teachers sign up on the public site).
    verify: verifyEmail,
    forgotPassword,
    // Secure cookies whenever the portal is served over https (production requires it, except on localhost).
    cookies: { secure: env.SERVER_URL.startsWith('https://'), sameSite: 'Lax' },
  },
  access: {
    admin: staffOnly,
    // The staff see their colleagues named in relations (name and roles only): see colleaguesOrSelf.
    read: colleaguesOrSelf,
    create: adminOnly,
    update: adminsOrSelf,
    delete: adminOnly,
    unlock: adminOnly,
  },
  endpoints: [personalDataEndpoint, forgotPasswordEndpoint],
  hooks: {
    beforeOperation: [firstUserIsAdmin, throttleSignIn, enforcePasswordPolicy],
    beforeChange: [keepVerifiedEmail],
    afterLogin: [recordSignIn],
    afterOperation: [liftSignInDelay],
  },
  fields: [
    // Payload's own e-mail field, read only by the account's owner and admins (colleagues see names).
    {
      name: 'email',
      type: 'email',
      label: { fr: 'Adresse e-mail', en: 'E-mail address' },
      access: { read: ownAccountOrAdminField },
    },
    {
      type: 'row',
      fields: [
        { name: 'firstName', type: 'text', label: { fr: 'Prénom', en: 'First name' }, maxLength: 100 },
        { name: 'lastName', type: 'text', label: { fr: 'Nom', en: 'Last name' }, maxLength: 100 },
      ],
    },
    {
      name: 'displayName',
      type: 'text',
      label: { fr: 'Nom affiché', en: 'Display name' },
      index: true,
      hooks: { beforeChange: [deriveDisplayName], afterRead: [nameUnsavedAccount] },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          fr: 'Prénom, nom et rôle principal, mis à jour à chaque enregistrement.',
          en: 'Derived from the names and roles.',
        },
      },
    },
    {
      name: 'roles',
      type: 'select',
      label: { fr: 'Rôles', en: 'Roles' },
      hasMany: true,
      required: true,
      defaultValue: ['donor'],
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'territories',
      type: 'relationship',
      relationTo: 'territories',
      hasMany: true,
      access: { read: ownAccountOrAdminField, create: adminOnlyField, update: adminOnlyField },
      label: { fr: 'Territoires coordonnés', en: 'Coordinated territories' },
      admin: { condition: (data) => hasRole(data as { roles?: string[] }, 'coordinator') },
    },
    {
      name: 'structures',
      type: 'relationship',
      relationTo: 'structures',
      hasMany: true,
      access: { read: ownAccountOrAdminField, create: adminOnlyField, update: adminOnlyField },
      label: { fr: 'Structures gérées', en: 'Managed structures' },
      admin: { condition: (data) => hasRole(data as { roles?: string[] }, 'structure-manager') },
    },
    {
      name: 'sponsors',
      type: 'relationship',
      relationTo: 'sponsors',
      hasMany: true,
      access: { read: ownAccountOrAdminField, create: adminOnlyField, update: adminOnlyField },
      label: { fr: 'Mécènes gérés', en: 'Managed sponsors' },
      admin: { condition: (data) => hasRole(data as { roles?: string[] }, 'sponsor') },
    },
    {
      name: 'followedProjects',
      type: 'relationship',
      relationTo: 'projects',
      hasMany: true,
      label: { fr: 'Projets suivis', en: 'Followed projects' },
      access: { read: ownAccountOrAdminField },
      admin: {
        description: {
          fr: 'Le donateur reçoit les actualités publiques de ces projets.',
          en: 'The donor receives these projects’ public news.',
        },
      },
    },
    // Payload's own field, with its access narrowed: any signed-in user could otherwise mark their
    // own address verified (or not) through the API. Only admins (and services acting without a user) do.
    {
      name: '_verified',
      type: 'checkbox',
      access: { read: ownAccountOrAdminField, create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'erasedAt',
      type: 'date',
      label: { fr: 'Compte effacé le', en: 'Account erased on' },
      access: { read: ownAccountOrAdminField, create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.erasedAt) },
    },
  ],
}
