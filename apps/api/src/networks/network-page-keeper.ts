import { addRootKeeper } from '../common/kept-responses/root-keepers.js';
import {
  networkKey,
  networkPartsAsked,
  networkWithGrants,
  registeredNetworkParts,
} from './networks.loaders.js';

/**
 * Whole answers of `network(id)` are kept by: who asks, their roles there, the network's row and its page version
 * — all read in the page's one statement, which the resolver then reuses. Every list a page shows is a
 * `NetworkPart` that bumps that version when it changes, so the answer is a function of this key.
 */
addRootKeeper('network', {
  covers: () =>
    new Set([
      'Network.myRoles', // the caller's roles, in the key
      'Network.myMemberships', // the caller's memberships: their roles, and the members list's rows
      ...registeredNetworkParts().flatMap((part) => part.resolvers),
    ]),
  async key(args, selected, ctx) {
    const user = ctx.req.user;
    if (!user || typeof args.id !== 'string') return null;
    const parts = networkPartsAsked(selected);
    const read = await ctx.loaders.of(networkWithGrants).load(networkKey(user.id, args.id, parts));
    // not a member (or no such network): the resolver refuses, and refusals are not kept
    if (!read.network || !read.grants.length) return null;
    return `${user.id}|${read.version}|${JSON.stringify(read.grants)}|${JSON.stringify(read.network)}`;
  },
});
