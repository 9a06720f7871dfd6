import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogOrg } from './catalogOrg';

// Principals remembered at once; beyond this the oldest entry is dropped.
const MAX_ENTRIES = 200;

function principalKey(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
    subject?: string;
  };
  return `${principal.type}:${principal.userEntityRef ?? principal.subject}`;
}

/**
 * A short per-principal memory of the catalog listing the comparison reads,
 * so a lead who sorts, filters or changes the time range does not make the
 * catalog list thousands of entities again each time. Keyed by principal,
 * never shared between callers: each sees only what the catalog showed them.
 * Catalog edits appear after at most `ttlMs`. A failed read is not kept.
 * @internal
 */
export class OrgCache {
  private readonly entries = new Map<
    string,
    { expiresAtMs: number; org: Promise<CatalogOrg> }
  >();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(
    credentials: BackstageCredentials,
    read: () => Promise<CatalogOrg>,
  ): Promise<CatalogOrg> {
    if (this.ttlMs <= 0) return read();
    const key = principalKey(credentials);
    const nowMs = this.now();
    const cached = this.entries.get(key);
    if (cached && cached.expiresAtMs > nowMs) return cached.org;
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    const org = read();
    this.entries.set(key, { expiresAtMs: nowMs + this.ttlMs, org });
    org.catch(() => {
      if (this.entries.get(key)?.org === org) this.entries.delete(key);
    });
    return org;
  }
}
