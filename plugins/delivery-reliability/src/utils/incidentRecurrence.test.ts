import { IncidentView } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  findIncidentRecurrences,
  normalizeIncidentTitle,
} from './incidentRecurrence';

function incident(
  id: string,
  startedAt: string,
  title: string | undefined,
  entityRef = 'component:default/checkout',
): IncidentView {
  return { id, entityRef, environment: 'production', startedAt, title };
}

const ids = (map: Map<string, IncidentView[]>, id: string) =>
  map.get(id)?.map(i => i.id);

describe('normalizeIncidentTitle', () => {
  it.each([
    ['Checkout 5xx rate at 12%', 'checkout xx rate at'],
    ['checkout 5XX rate at 3 %!', 'checkout xx rate at'],
    ['  DB  pool exhausted (pod-7f9c2)  ', 'db pool exhausted pod fc'],
    ['Überlast im Zahlungsdienst', 'überlast im zahlungsdienst'],
    ['2024-05-01', undefined],
    [undefined, undefined],
  ])('normalizes %j to %j', (title, normalized) => {
    expect(normalizeIncidentTitle(title)).toBe(normalized);
  });
});

describe('findIncidentRecurrences', () => {
  it('links incidents of one entity with the same normalized title within 30 days', () => {
    const incidents = [
      incident('a', '2024-05-01T10:00:00Z', 'Checkout 5xx rate at 12%'),
      // 20 days later, same title apart from the number: recurs.
      incident('b', '2024-05-21T10:00:00Z', 'checkout 5XX rate at 3 %'),
      // 30 days and 1 minute after b, 50 days after a: b is too far back.
      incident('c', '2024-06-20T10:01:00Z', 'Checkout 5xx rate at 40%'),
      // Exactly 30 days after a: the bound is inclusive.
      incident('d', '2024-05-31T10:00:00Z', 'Checkout 5xx rate at 1%'),
    ];
    const result = findIncidentRecurrences(incidents);

    expect(ids(result, 'a')).toEqual(['b', 'd']);
    expect(ids(result, 'b')).toEqual(['a', 'd']);
    // c is 20 days and 1 minute after d.
    expect(ids(result, 'd')).toEqual(['a', 'b', 'c']);
    expect(ids(result, 'c')).toEqual(['d']);
  });

  it('does not link different entities, different titles or untitled incidents', () => {
    const result = findIncidentRecurrences([
      incident('a', '2024-05-01T10:00:00Z', 'Payment timeouts'),
      incident(
        'b',
        '2024-05-02T10:00:00Z',
        'Payment timeouts',
        'component:default/payments',
      ),
      incident('c', '2024-05-03T10:00:00Z', 'Payment timeouts at the PSP'),
      incident('d', '2024-05-04T10:00:00Z', undefined),
      incident('e', '2024-05-05T10:00:00Z', undefined),
    ]);
    expect(result.size).toBe(0);
  });

  it('skips an incident whose start cannot be read', () => {
    const result = findIncidentRecurrences([
      incident('a', 'yesterday', 'Payment timeouts'),
      incident('b', '2024-05-02T10:00:00Z', 'Payment timeouts'),
    ]);
    expect(result.size).toBe(0);
  });
});
