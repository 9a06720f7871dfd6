export * from './openslo';
export * from './math';
export * from './policy';
export * from './api';
export * from './summary';
