import { z } from 'zod';
import { plainString } from './text.js';
import { COUNTRIES, NETWORK_ROLES, type NetworkRole } from './enums.js';
import { emailSchema } from './identity.schemas.js';

export const NETWORK_NAME_MAX = 200;
export const NETWORK_DESCRIPTION_MAX = 2000;
/** How long an invitation link works. */
export const INVITATION_TTL_DAYS = 14;
/**
 * Whether an invitation's e-mail went out: queued (PENDING, also while retrying after the mail server
 * refused), handed to the mail server (SENT), given up after every retry (FAILED), or no mail server
 * is configured (NOT_CONFIGURED: the coordinator shares the link).
 */
export const INVITATION_MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED', 'NOT_CONFIGURED'] as const;
export type InvitationMailStatus = (typeof INVITATION_MAIL_STATUSES)[number];
/** Tries of an invitation e-mail: retries back off exponentially (e^n s), about 3.5 hours in all. */
export const INVITATION_MAIL_ATTEMPTS = 10;
/** Search results are capped; a country without a search term lists all of it (≤ 290 rows). */
export const MUNICIPALITY_SEARCH_LIMIT = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const idSchema = (what: string) =>
  z
    .string()
    .regex(UUID, `${what} is not a valid id`)
    .transform((id) => id.toLowerCase());

export const networkNameSchema = plainString()
  .min(1, 'Name is required')
  .max(NETWORK_NAME_MAX, `Name must be at most ${NETWORK_NAME_MAX} characters`);

/** Blank descriptions are stored as none. */
export const networkDescriptionSchema = plainString(undefined, { multiline: true })
  .max(NETWORK_DESCRIPTION_MAX, `Description must be at most ${NETWORK_DESCRIPTION_MAX} characters`)
  .nullish()
  .transform((value) => (value ? value : null));

export const createNetworkSchema = z.object({
  name: networkNameSchema,
  description: networkDescriptionSchema,
  municipalityIds: z
    .array(idSchema('Municipality'))
    .max(400, 'At most 400 municipalities')
    .nullish()
    .transform((ids) => ids ?? [])
    .refine((ids) => new Set(ids).size === ids.length, 'A municipality is listed more than once'),
});
export type CreateNetworkInput = z.input<typeof createNetworkSchema>;

/** Only the fields given change; `description: null` clears it. */
/** How long a commitment may go without a progress update before its owner is reminded. */
export const FOLLOW_UP_INTERVAL_DEFAULT_DAYS = 90;
export const followUpIntervalDaysSchema = z
  .number()
  .int('Whole days')
  .min(7, 'At least 7 days')
  .max(730, 'At most 730 days');

export const updateNetworkSchema = z.object({
  name: networkNameSchema.optional(),
  description: networkDescriptionSchema.optional(),
  followUpIntervalDays: followUpIntervalDaysSchema.optional(),
});
export type UpdateNetworkInput = z.input<typeof updateNetworkSchema>;

/**
 * Where a role sits: COORDINATOR is network-wide, HEAD and EDITOR act for one municipality,
 * VIEWER may be either. Returns the problem in words, or null when the placement is fine.
 */
export function rolePlacementProblem(
  role: NetworkRole,
  municipalityId: string | null | undefined,
): string | null {
  switch (role) {
    case 'COORDINATOR':
      return municipalityId ? 'A coordinator is network-wide: leave the municipality out' : null;
    case 'HEAD':
    case 'EDITOR':
      return municipalityId ? null : `A ${role.toLowerCase()} acts for one municipality: choose it`;
    case 'VIEWER':
      return null;
  }
}

const roleSchema = z.enum(NETWORK_ROLES, 'Role must be one of COORDINATOR, HEAD, EDITOR, VIEWER');

const placedRole = <T extends { role: NetworkRole; municipalityId: string | null }>(schema: z.ZodType<T>) =>
  schema.superRefine((value, ctx) => {
    const problem = rolePlacementProblem(value.role, value.municipalityId);
    if (problem) ctx.addIssue({ code: 'custom', path: ['municipalityId'], message: problem });
  });

export const inviteMemberSchema = placedRole(
  z.object({
    networkId: idSchema('Network'),
    email: emailSchema,
    role: roleSchema,
    municipalityId: idSchema('Municipality')
      .nullish()
      .transform((id) => id ?? null),
  }),
);
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

export const changeMemberRoleSchema = placedRole(
  z.object({
    membershipId: z.string(),
    role: roleSchema,
    municipalityId: idSchema('Municipality')
      .nullish()
      .transform((id) => id ?? null),
  }),
);

export const municipalitySearchSchema = z.object({
  country: z.enum(COUNTRIES).nullish(),
  search: plainString()
    .max(100, 'Search text must be at most 100 characters')
    .nullish()
    .transform((value) => value?.trim() || null),
});

/** Invitation tokens are opaque base64url strings; anything else cannot be one. */
export const invitationTokenSchema = plainString()
  .min(16, 'This invitation link is not valid')
  .max(200, 'This invitation link is not valid');
