import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../app-error.js';
import type { AuthUser, RequestContext } from '../request-context.js';

export const IS_PUBLIC = 'samrad:isPublic';

/** Marks an operation that needs no sign-in (register, login, refresh). Everything else does. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export function requestOf(context: ExecutionContext): RequestContext['req'] {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>().req;
  }
  return context.switchToHttp().getRequest();
}

/** The signed-in user on a @Public() operation, or null when signed out (or the token is not valid). */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | null => requestOf(context).user ?? null,
);

/** The signed-in user of the current GraphQL operation or HTTP request. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).user;
  if (!user) throw unauthenticated();
  return user;
});
