import type { RequestContext } from '../request-context.js';

/**
 * What a root query field vouches for when its answers are kept (`keptResponses`): the fields whose values are
 * a function of its key alone, and the key itself.
 */
export interface RootKeeper {
  /**
   * The field resolvers (`Type.field`) whose answers are a function of the key. Fields without a resolver of
   * their own read a property of their parent, so they are covered wherever their parent is; `__typename` too.
   * Asked at the first request (features register their parts when they load).
   */
  covers(): ReadonlySet<string>;
  /**
   * What the answer depends on besides the document and variables — who asks, their roles, the version of the
   * data — or null when this request is not to be kept (no caller, not a member: the resolver decides and says
   * why). Read with the statement the root field runs anyway, so a kept answer costs no extra round trip.
   */
  key(
    args: Record<string, unknown>,
    selected: ReadonlySet<string>,
    ctx: RequestContext,
  ): Promise<string | null>;
}

const keepers = new Map<string, RootKeeper>();

/** Registers the keeper of a root `Query` field (once per field). */
export function addRootKeeper(field: string, keeper: RootKeeper): void {
  keepers.set(field, keeper);
}

export const rootKeepers = (): ReadonlyMap<string, RootKeeper> => keepers;
