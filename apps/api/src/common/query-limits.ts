import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

const logger = new Logger('GraphQL');

export interface QueryLimits {
  /** Deepest field nesting (a top-level field is depth 1). */
  maxDepth: number;
  /** Aliased fields in one operation, fragments expanded. */
  maxAliases: number;
  /** Objects the operation may load, each multiplied by the assumed size of the lists above it. */
  maxCost: number;
  /** The size assumed for every list, unless a `limit`/`first` argument says less. */
  listSize: number;
}

/**
 * Measured on the web's documents (lists counted as 20 rows): the deepest is 5 levels (the indicator set and
 * round pages), the costliest 830 objects (the indicator set page), none uses an alias. The limits leave room for
 * pages to grow while a cycle (round → network → rounds → network …) stops a few levels in and one request cannot
 * ask for millions of objects. The cost limit also admits reports across every network and round (networks →
 * rounds → indicators is 8,420 objects): three nested lists, not four.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 8,
  maxAliases: 20,
  maxCost: 20_000,
  listSize: 20,
};

interface Tally {
  aliases: number;
  cost: number;
  fields: number;
}

/** Bounds the walk itself: fragments spread many times over could otherwise expand without end. */
const MAX_FIELDS_WALKED = 10_000;

/**
 * One validation rule for depth, aliases and cost, applied before anything executes. It works from the schema's
 * types, so every type added later is limited too (lists multiply the cost of what is under them). The walk
 * stops as soon as a limit is passed, so a huge document costs little to refuse.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = rootType(context, operation.operation);
      if (!root) return;
      const depth = depthOf(context, operation.selectionSet, new Map());
      const problem =
        depth > limits.maxDepth
          ? `Query too deep: at most ${limits.maxDepth} levels`
          : walk(
              context,
              limits,
              root,
              operation.selectionSet,
              1,
              { aliases: 0, cost: 0, fields: 0 },
              new Set(),
            );
      if (problem) {
        context.reportError(
          new GraphQLError(problem, {
            nodes: [operation],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
        );
      }
    },
  });
}

function rootType(context: ValidationContext, kind: 'query' | 'mutation' | 'subscription') {
  const schema = context.getSchema();
  if (kind === 'query') return schema.getQueryType();
  if (kind === 'mutation') return schema.getMutationType();
  return schema.getSubscriptionType();
}

/** Levels of fields under a selection set; each fragment is measured once (memo), so this is linear. */
function depthOf(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  memo: Map<string, number>,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(
        deepest,
        1 + (selection.selectionSet ? depthOf(context, selection.selectionSet, memo) : 0),
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(context, selection.selectionSet, memo));
    } else {
      const name = selection.name.value;
      if (!memo.has(name)) {
        memo.set(name, 0); // a cycle of fragments ends here (NoFragmentCyclesRule reports it)
        const fragment = context.getFragment(name);
        memo.set(name, fragment ? depthOf(context, fragment.selectionSet, memo) : 0);
      }
      deepest = Math.max(deepest, memo.get(name)!);
    }
  }
  return deepest;
}

/**
 * Counts aliases and cost (the objects the operation may load: each object field counts the rows of every list
 * above it, times its own if it is a list), returning a message when a limit is passed.
 */
function walk(
  context: ValidationContext,
  limits: QueryLimits,
  parentType: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  multiplier: number,
  tally: Tally,
  fragmentsOnPath: Set<string>,
): string | null {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue; // __typename; __schema is for introspection only
      if (selection.alias && ++tally.aliases > limits.maxAliases) {
        return `Too many aliases: at most ${limits.maxAliases} in one operation`;
      }
      if (++tally.fields > MAX_FIELDS_WALKED) return `Query too large: at most ${MAX_FIELDS_WALKED} fields`;
      if (!selection.selectionSet) continue;
      const field =
        isObjectType(parentType) || isInterfaceType(parentType)
          ? parentType.getFields()[selection.name.value]
          : undefined;
      if (!field) continue; // unknown fields are reported by graphql's own rules
      const childType = getNamedType(field.type);
      if (!isCompositeType(childType)) continue;
      const size = isListType(getNullableType(field.type)) ? listSize(selection.arguments ?? [], limits) : 1;
      tally.cost += multiplier * size;
      if (tally.cost > limits.maxCost)
        return `Query too costly: at most ${limits.maxCost} objects, with lists counted as ${limits.listSize} rows`;
      const problem = walk(
        context,
        limits,
        childType,
        selection.selectionSet,
        multiplier * size,
        tally,
        fragmentsOnPath,
      );
      if (problem) return problem;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? context.getSchema().getType(typeName) : parentType;
      if (!type || !isCompositeType(type)) continue;
      const problem = walk(context, limits, type, selection.selectionSet, multiplier, tally, fragmentsOnPath);
      if (problem) return problem;
    } else {
      const name = selection.name.value;
      if (fragmentsOnPath.has(name)) continue; // a fragment cycle, reported by NoFragmentCyclesRule
      const fragment = context.getFragment(name);
      if (!fragment) continue;
      const type = context.getSchema().getType(fragment.typeCondition.name.value);
      if (!type || !isCompositeType(type)) continue;
      fragmentsOnPath.add(name);
      const problem = walk(context, limits, type, fragment.selectionSet, multiplier, tally, fragmentsOnPath);
      fragmentsOnPath.delete(name);
      if (problem) return problem;
    }
  }
  return null;
}

/** A literal `limit`/`first` argument counts as the rows it asks for; otherwise the assumed list size. */
function listSize(
  args: readonly { name: { value: string }; value: { kind: Kind } & { value?: unknown } }[],
  limits: QueryLimits,
) {
  const arg = args.find((a) => a.name.value === 'limit' || a.name.value === 'first');
  if (arg && arg.value.kind === Kind.INT) {
    const asked = Number(arg.value.value);
    if (Number.isFinite(asked) && asked >= 0) return Math.max(1, asked);
  }
  return limits.listSize;
}

const DEADLINE = Symbol('operationDeadline');
const WRAPPED = Symbol('deadlineChecked');

interface DeadlineContext {
  /** `writes`: a mutation, whose deadline stops only root fields (writes) not yet started. */
  [DEADLINE]?: { at: number; reported: boolean; writes: boolean };
}

/**
 * Stops resolving fields once an operation has run for `ms`: graphql-js cannot abort a running resolver, but no
 * new resolver starts, so a slow request ends soon after its deadline instead of holding the process.
 *
 * The deadline is checked by the schema's own resolvers (wrapped once at start), not by Apollo's per-field
 * `willResolveField` hook: that hook makes Apollo wrap every field, plain property reads included, and call the
 * plugin for each (allocations on ~100 fields a page). Property reads are synchronous and bounded by the query
 * limits (depth, cost, fields walked); everything that loads or computes is a resolver and is checked.
 *
 * In a mutation only the root fields are checked: once a write has committed, its answer is resolved whatever the
 * time, so a client is never told QUERY_TIMEOUT about a change that was made.
 */
export function executionTimeLimit(ms: number): ApolloServerPlugin {
  return {
    async serverWillStart({ schema }) {
      checkDeadlineInResolvers(schema, ms);
    },
    async requestDidStart() {
      return {
        // armed before any execution starts, whichever executor runs it (graphql-jit or graphql-js: jit-execution.ts);
        // null lets the next plugin or graphql-js answer
        async responseForOperation({ contextValue, operation }) {
          (contextValue as DeadlineContext)[DEADLINE] ??= {
            at: performance.now() + ms,
            reported: false,
            writes: operation?.operation === 'mutation',
          };
          return null;
        },
      };
    },
  };
}

function checkDeadlineInResolvers(schema: GraphQLSchema, ms: number) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as
        (GraphQLFieldResolver<unknown, unknown> & { [WRAPPED]?: true }) | undefined;
      if (!resolve || resolve[WRAPPED]) continue;
      const checked: GraphQLFieldResolver<unknown, DeadlineContext> = (source, args, context, info) => {
        const deadline = context?.[DEADLINE];
        const applies = !deadline?.writes || info.parentType.name === 'Mutation';
        if (deadline && applies && performance.now() > deadline.at) {
          if (!deadline.reported) {
            deadline.reported = true;
            logger.warn(`An operation ran past its ${ms} ms limit and was stopped`);
          }
          throw new GraphQLError(`The request took longer than ${ms} ms and was stopped`, {
            extensions: { code: 'QUERY_TIMEOUT' },
          });
        }
        return resolve(source, args, context, info);
      };
      field.resolve = Object.assign(checked, { [WRAPPED]: true as const });
    }
  }
}
