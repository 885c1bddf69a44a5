import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/request-context.js';
import { municipalityById } from '../networks/networks.loaders.js';
import { MunicipalityType } from '../networks/network.types.js';
import { referenceValuesOfIndicator } from './catalogue.loaders.js';
import { IndicatorReferenceValueType, IndicatorType } from './catalogue.types.js';

/** Catalogue data is public to signed-in users, comparison figures included (they are official statistics). */
@Resolver(() => IndicatorType)
export class IndicatorResolver {
  @ResolveField(() => [IndicatorReferenceValueType])
  referenceValues(
    @Parent() indicator: IndicatorType,
    @Context() ctx: RequestContext,
  ): Promise<IndicatorReferenceValueType[]> {
    return ctx.loaders.of(referenceValuesOfIndicator).load(indicator.id);
  }
}

@Resolver(() => IndicatorReferenceValueType)
export class IndicatorReferenceValueResolver {
  @ResolveField(() => MunicipalityType)
  async municipality(
    @Parent() value: IndicatorReferenceValueType,
    @Context() ctx: RequestContext,
  ): Promise<MunicipalityType> {
    return (await ctx.loaders.of(municipalityById).load(value.municipalityId))!;
  }
}
