export * from './api';
export * from './csv';
export * from './sloAttainment';
