import {
  getOperationAST,
  Kind,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  BREAK,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import { fieldsSelectedIn } from '../lookahead.js';
import type { RequestContext } from '../request-context.js';
import type { RootKeeper } from './root-keepers.js';

/** How to key one operation's answer: null when the operation cannot be kept. */
export interface KeepPlan {
  key(ctx: RequestContext, variables: Record<string, unknown>): Promise<string | null>;
}

const KEEPABLE_DIRECTIVES = new Set(['include', 'skip']);

/**
 * A query can be kept when it has exactly one root field with a keeper (besides `__typename`), and every field
 * anywhere in the document either has no resolver of its own (it reads a property of its parent) or is one the
 * keeper covers. Checked once per document and operation.
 */
export function keepPlan(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string,
  keepers: ReadonlyMap<string, RootKeeper>,
): KeepPlan | null {
  const operation = getOperationAST(document, operationName || undefined);
  if (operation?.operation !== 'query') return null;
  const roots = operation.selectionSet.selections;
  if (roots.some((selection) => selection.kind !== Kind.FIELD)) return null;
  const fields = (roots as FieldNode[]).filter((field) => field.name.value !== '__typename');
  if (fields.length !== 1 || fields[0].directives?.length) return null;
  const [root] = fields;
  const keeper = keepers.get(root.name.value);
  if (!keeper || !everyFieldCovered(schema, document, keeper.covers())) return null;

  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const selected = fieldsSelectedIn([root.selectionSet], (name) => fragments.get(name));
  return {
    key(ctx, variables) {
      const args = Object.fromEntries(
        (root.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, variables)]),
      );
      return keeper.key(args, selected, ctx);
    },
  };
}

function everyFieldCovered(
  schema: GraphQLSchema,
  document: DocumentNode,
  covers: ReadonlySet<string>,
): boolean {
  const typeInfo = new TypeInfo(schema);
  let covered = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (node.name.value === '__typename' || parent === schema.getQueryType()) return;
        const resolved = typeInfo.getFieldDef()?.resolve !== undefined;
        if (!parent || (resolved && !covers.has(`${parent.name}.${node.name.value}`))) {
          covered = false;
          return BREAK;
        }
      },
      Directive(node) {
        if (!KEEPABLE_DIRECTIVES.has(node.name.value)) {
          covered = false;
          return BREAK;
        }
      },
    }),
  );
  return covered;
}
