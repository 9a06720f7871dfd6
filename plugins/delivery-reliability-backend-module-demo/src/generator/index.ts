/**
 * Pure, deterministic generator of demo delivery events.
 */
export * from './generateEvents';
export * from './changedSince';
export * from './profiles';
