import { z } from 'zod';
import { LOCALES } from './enums.js';
import { normalizeEmail, plainString } from './text.js';

export const MIN_PASSWORD_LENGTH = 10;

export const emailSchema = plainString()
  .max(254, 'E-mail address is too long')
  .pipe(z.email('Enter a valid e-mail address'))
  .transform(normalizeEmail);

export const passwordSchema = plainString(undefined, { trim: false })
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, 'Password must be at most 200 characters');

export const displayNameSchema = plainString()
  .min(1, 'Name is required')
  .max(120, 'Name must be at most 120 characters');

export const localeSchema = z.enum(LOCALES, 'Locale must be one of sv, da, en');

export const registerSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  locale: localeSchema.nullish().transform((v) => v ?? 'sv'),
});
export type RegisterInput = z.input<typeof registerSchema>;

export const loginSchema = z.object({
  email: emailSchema,
  password: plainString(undefined, { trim: false }).min(1, 'Password is required').max(200),
});

export const updateProfileSchema = z.object({
  displayName: displayNameSchema.optional(),
  locale: localeSchema.optional(),
});
