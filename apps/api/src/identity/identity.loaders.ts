import { byId } from '../common/loaders.js';
import { User } from './user.entity.js';

/** Per-request loaders of identity, for any feature that shows who did something. */
/** What the API shows of a person: never the password hash. */
export const userById = byId('userById', User, ['email', 'displayName', 'locale']);
