/** The web app's real-time module: see docs/realtime.md for the protocol. */
export { realtime, connectRealtimeToSession } from './client';
export { useRoom, useConnectionState, usePresence } from './hooks';
export { registerCacheUpdate, registerQueryUpdate, type CacheUpdate, type QueryUpdate } from './cache-sync';
export { ConnectionStatus } from './ConnectionStatus';
