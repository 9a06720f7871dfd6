export * from './types';
export * from './decideVerdict';
