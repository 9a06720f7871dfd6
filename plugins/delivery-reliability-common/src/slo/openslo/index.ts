export * from './types';
export { parseOpenSloDuration, fixedDurationMs } from './duration';
export { parseOpenSloDocuments } from './parseOpenSlo';
export { formatOpenSloIssue } from './format';
