import { isObjectType, type GraphQLSchema } from 'graphql';

/**
 * Nest gives every plain `@Field` a resolver of its own that reads the parent's property (`rootFieldResolver`,
 * falling back to the field's `defaultValue`, which no output field here sets). graphql-js and graphql-jit read
 * the property themselves when a field has no resolver, and graphql-jit then inlines the read instead of calling
 * a function per field (a network page has ~200 such fields). Without them, a field with a resolver is one that
 * computes or loads something: the execution time limit checks only those, and kept answers
 * (`kept-responses/`) need a keeper's word only for those.
 */
export function withPlainFieldReads(schema: GraphQLSchema): GraphQLSchema {
  const probe = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      // only where it reads the very property graphql would (not a field renamed with `@Field({ name })`)
      const reads =
        field.resolve?.name === 'rootFieldResolver' &&
        field.resolve({ [field.name]: probe }, {}, null, null as never) === probe;
      if (reads) field.resolve = undefined;
    }
  }
  return schema;
}
