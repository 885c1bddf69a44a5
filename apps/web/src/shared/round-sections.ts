import { lazy, type ComponentType } from 'react';

/** Extra sections of the round page contributed by other features (e.g. interpretation), in order. */
export interface RoundSectionProps {
  roundId: string;
}

export interface RoundSection {
  key: string;
  Component: ComponentType<RoundSectionProps>;
  /** Starts loading the section's chunk (the round page's route does, beside its own chunk). */
  preload: () => Promise<unknown>;
}

export const roundSections: RoundSection[] = [];

/** Adds a section that loads as its own chunk, so it stays out of the first page's JavaScript. */
export function addRoundSection(key: string, load: () => Promise<ComponentType<RoundSectionProps>>) {
  let loading: Promise<ComponentType<RoundSectionProps>> | undefined;
  const preload = () => (loading ??= load());
  roundSections.push({ key, preload, Component: lazy(async () => ({ default: await preload() })) });
}
