import {
  doraSeriesBucketFor,
  doraWindowEndingNow,
  formatDoraWindow,
} from './doraWindow';

describe('doraWindowEndingNow', () => {
  it('ends at the next UTC midnight and spans whole days', () => {
    const window = doraWindowEndingNow(
      90,
      Date.parse('2024-05-10T13:45:00.123Z'),
    );
    expect(window.to.toISOString()).toBe('2024-05-11T00:00:00.000Z');
    expect(window.from.toISOString()).toBe('2024-02-11T00:00:00.000Z');
    expect(window.days).toBe(90);
  });

  it('keeps a time that is already midnight', () => {
    const window = doraWindowEndingNow(30, Date.parse('2024-05-11T00:00:00Z'));
    expect(window.to.toISOString()).toBe('2024-05-11T00:00:00.000Z');
    expect(window.from.toISOString()).toBe('2024-04-11T00:00:00.000Z');
  });
});

describe('doraSeriesBucketFor', () => {
  it.each([
    [30, 'week'],
    [90, 'week'],
    [180, 'month'],
    [365, 'month'],
  ])('%s days → %s', (days, bucket) => {
    expect(doraSeriesBucketFor(days)).toBe(bucket);
  });
});

describe('formatDoraWindow', () => {
  it('names the first and last whole day, in UTC', () => {
    expect(
      formatDoraWindow({
        from: new Date('2024-02-11T00:00:00Z'),
        to: new Date('2024-05-11T00:00:00Z'),
      }),
    ).toBe('Feb 11 – May 10, 2024');
  });

  it('names both years across New Year', () => {
    expect(
      formatDoraWindow({
        from: new Date('2023-12-01T00:00:00Z'),
        to: new Date('2024-01-31T00:00:00Z'),
      }),
    ).toBe('Dec 1, 2023 – Jan 30, 2024');
  });
});
