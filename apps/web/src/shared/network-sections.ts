import type { ComponentType } from 'react';

/** Extra sections of the network page contributed by other features (e.g. rounds), in order. */
export interface NetworkSectionProps {
  networkId: string;
  isCoordinator: boolean;
}

export const networkSections: { key: string; Component: ComponentType<NetworkSectionProps> }[] = [];
