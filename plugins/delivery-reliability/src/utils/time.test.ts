import { formatRelativeTime, secondsBetween } from './time';

describe('formatRelativeTime', () => {
  const now = Date.parse('2024-05-10T12:00:00Z');

  it.each([
    ['2024-05-10T11:59:59.500Z', 'just now'],
    ['2024-05-10T11:59:30Z', '30 seconds ago'],
    ['2024-05-10T09:30:00Z', '2 hours ago'],
    ['2024-05-08T12:00:00Z', '2 days ago'],
    ['2024-04-20T12:00:00Z', '2 weeks ago'],
    ['2023-05-10T12:00:00Z', '1 year ago'],
    ['2024-05-10T13:00:00Z', 'in 1 hour'],
  ])('formats %s as %s', (iso, text) => {
    expect(formatRelativeTime(iso, now)).toBe(text);
  });

  it('returns unparsable input unchanged', () => {
    expect(formatRelativeTime('yesterday', now)).toBe('yesterday');
  });
});

describe('secondsBetween', () => {
  it('honours offsets', () => {
    expect(
      secondsBetween('2024-05-10T12:00:00+02:00', '2024-05-10T12:00:00Z'),
    ).toBe(7200);
  });
});
