import { dedupeLatestById } from './dedupe';

describe('dedupeLatestById', () => {
  it('lets a re-sent id replace the earlier version, keeping its first position', () => {
    const result = dedupeLatestById([
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
      { id: 'a', v: 2 },
      { id: 'a', v: 3 },
    ]);
    expect(result).toEqual([
      { id: 'a', v: 3 },
      { id: 'b', v: 1 },
    ]);
  });

  it('accepts any iterable and returns an empty list for none', () => {
    expect(dedupeLatestById(new Set<{ id: string }>())).toEqual([]);
  });
});
