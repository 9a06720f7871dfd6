import { MAX_BATCH_SIZE, toBatches } from './batches';

describe('toBatches', () => {
  it('splits into consecutive batches of at most the size', () => {
    const items = Array.from({ length: 2_501 }, (_, i) => i);
    const batches = toBatches(items);
    expect(batches.map(b => b.length)).toEqual([1000, 1000, 501]);
    expect(batches.flat()).toEqual(items);
    expect(MAX_BATCH_SIZE).toBe(1000);
    expect(toBatches([])).toEqual([]);
  });
});
