import { mockCredentials } from '@backstage/backend-test-utils';
import { CatalogOrg } from './catalogOrg';
import { OrgCache } from './OrgCache';

const org = (): CatalogOrg => ({ groups: new Map(), components: new Map() });

describe('OrgCache', () => {
  it('reuses a listing per principal until it expires', async () => {
    let nowMs = 0;
    const cache = new OrgCache(30_000, () => nowMs);
    const read = jest.fn(async () => org());
    const jane = mockCredentials.user('user:default/jane');
    const joe = mockCredentials.user('user:default/joe');

    const first = await cache.get(jane, read);
    expect(await cache.get(jane, read)).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);
    // Another principal never sees jane's listing.
    expect(await cache.get(joe, read)).not.toBe(first);
    expect(read).toHaveBeenCalledTimes(2);
    nowMs = 30_000;
    expect(await cache.get(jane, read)).not.toBe(first);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('does not keep a failed read, and reads every time with no TTL', async () => {
    const cache = new OrgCache(30_000);
    const user = mockCredentials.user();
    await expect(
      cache.get(user, async () => {
        throw new Error('catalog down');
      }),
    ).rejects.toThrow('catalog down');
    const read = jest.fn(async () => org());
    await cache.get(user, read);
    expect(read).toHaveBeenCalledTimes(1);

    const uncached = new OrgCache(0);
    await uncached.get(user, read);
    await uncached.get(user, read);
    expect(read).toHaveBeenCalledTimes(3);
  });
});
