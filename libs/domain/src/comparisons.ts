import { z } from 'zod';
import { idSchema } from './networks.schemas.js';
import { plainString } from './text.js';

export const GROUP_NAME_MAX = 100;
/** A group compares with a handful to a few dozen municipalities; a network has at most 400. */
export const GROUP_SIZE_MAX = 400;

const groupName = plainString()
  .min(1, 'Name is required')
  .max(GROUP_NAME_MAX, `Name must be at most ${GROUP_NAME_MAX} characters`);

const groupMunicipalities = z
  .array(idSchema('Municipality'))
  .min(1, 'A group needs at least one municipality')
  .max(GROUP_SIZE_MAX, `At most ${GROUP_SIZE_MAX} municipalities`)
  .refine((ids) => new Set(ids).size === ids.length, 'A municipality is listed more than once');

/** A saved group of similar municipalities of a network (e.g. "Kommuner 20–40 000 inv."). */
export const createMunicipalityGroupSchema = z.object({
  networkId: idSchema('Network'),
  name: groupName,
  municipalityIds: groupMunicipalities,
});

/** Only the fields given change. */
export const updateMunicipalityGroupSchema = z.object({
  name: groupName.nullish().transform((v) => v ?? undefined),
  municipalityIds: groupMunicipalities.nullish().transform((v) => v ?? undefined),
});

/** `indicatorHistory`'s arguments: an indicator code is the question across years. */
export const indicatorHistorySchema = z.object({
  networkId: idSchema('Network'),
  indicatorCode: plainString().min(1, 'Give an indicator code').max(100, 'Indicator code is too long'),
});
