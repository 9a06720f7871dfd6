export * from './status';
export * from './decideRelease';
