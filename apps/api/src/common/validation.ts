import type { z } from 'zod';
import { badInput } from './app-error.js';

export interface FieldProblem {
  path: string;
  message: string;
  /** A named rule (e.g. DEADLINE_ORDER) and its arguments, for clients that word problems themselves. */
  rule?: string;
  phase?: string;
  otherPhase?: string;
}

/**
 * Parses input at the edge with a zod schema from libs/domain. Every problem is reported at
 * once, as BAD_USER_INPUT with `extensions.problems` [{path, message}].
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems: FieldProblem[] = result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
    ...(issue.code === 'custom' ? (issue.params as Omit<FieldProblem, 'path' | 'message'>) : {}),
  }));
  const summary = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
  throw badInput(summary, { problems });
}
