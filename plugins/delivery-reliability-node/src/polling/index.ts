export * from './IncidentPollingSource';
export * from './PollStateStore';
export * from './fetchJsonWithRetry';
export * from './incidentScopes';
export * from './pollIncidents';
export * from './retryDelay';
export * from './severity';
export * from './timeWindows';
