export * from './enums.js';
export * from './text.js';
export * from './identity.schemas.js';
export * from './phases.js';
export * from './access.js';
export * from './networks.schemas.js';
export * from './realtime.js';
export * from './realtime-client.js';
