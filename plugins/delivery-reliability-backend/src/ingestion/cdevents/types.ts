/** The CDEvents this plugin maps, by `<subject>.<predicate>`. @internal */
export const SUPPORTED_CDEVENT_KINDS = [
  'service.deployed',
  'service.upgraded',
  'service.rolledback',
  'change.merged',
  'incident.detected',
  'incident.resolved',
] as const;

/** One of {@link SUPPORTED_CDEVENT_KINDS}. @internal */
export type CDEventKind = (typeof SUPPORTED_CDEVENT_KINDS)[number];

/**
 * The CDEvents envelope (spec v0.4: `context.version`; v0.5:
 * `context.specversion`), as far as the mapping reads it.
 * @internal
 */
export interface CDEvent {
  context: {
    version?: string;
    specversion?: string;
    id: string;
    source: string;
    type: string;
    timestamp: string;
    chainId?: string;
  };
  subject: {
    id: string;
    source?: string;
    type?: string;
    content: Record<string, any>;
  };
  customData?: Record<string, any>;
  customDataContentType?: string;
}
