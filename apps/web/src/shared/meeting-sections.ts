import type { ComponentType } from 'react';

/** Extra sections of the meeting page contributed by other features (e.g. its discussion), in order. */
export interface MeetingSectionProps {
  meetingId: string;
  networkId: string;
}

export const meetingSections: { key: string; Component: ComponentType<MeetingSectionProps> }[] = [];
