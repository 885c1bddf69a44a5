/** Placeholder slot in the header for the live-connection indicator (the realtime client fills it). */
export function ConnectionStatus() {
  return null;
}
