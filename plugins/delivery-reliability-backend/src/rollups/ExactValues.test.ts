import { ExactValues } from './ExactValues';

describe('ExactValues', () => {
  it('removes a multiset and returns what it did not hold', () => {
    const values = new ExactValues();
    values.addAll([5, 1, 3, 3, 9]);
    // {1, 3, 3, 5, 9} − {3, 4, 9, 9} = {1, 3, 5}; 4 and one 9 were not held.
    expect(values.removeAll([9, 3, 9, 4])).toEqual([4, 9]);
    expect(values.sorted()).toEqual([1, 3, 5]);
    expect(values.length).toBe(3);
  });

  it('answers its values ascending however they were added, and empties on takeAll', () => {
    const values = new ExactValues();
    values.addAll([1, 2, 2, 7]);
    expect(values.sorted()).toEqual([1, 2, 2, 7]);
    values.add(0);
    expect(values.sorted()).toEqual([0, 1, 2, 2, 7]);
    expect(values.takeAll().length).toBe(5);
    expect(values.length).toBe(0);
  });
});
