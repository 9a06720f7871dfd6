import { ConfigReader } from '@backstage/config';
import { readConfiguredWindows } from './readConfiguredWindows';

const read = (maintenanceWindows: object[]) =>
  readConfiguredWindows(
    new ConfigReader({ deliveryReliability: { slo: { maintenanceWindows } } }),
  );
const window = {
  id: 'dr-test',
  entityRef: 'Checkout',
  from: '2026-03-20T13:00:00+01:00',
  to: '2026-03-20T14:00:00+01:00',
};

describe('readConfiguredWindows', () => {
  it('reads windows with normalized refs and epoch times', () => {
    expect(read([{ ...window, reason: 'DR' }])).toEqual([
      {
        id: 'dr-test',
        entityRef: 'component:default/checkout',
        fromMs: Date.parse('2026-03-20T12:00:00Z'),
        toMs: Date.parse('2026-03-20T13:00:00Z'),
        reason: 'DR',
        source: 'config',
      },
    ]);
    expect(readConfiguredWindows(new ConfigReader({}))).toEqual([]);
  });

  it.each([
    [
      [{ ...window, from: '2026-03-20 13:00' }],
      'Invalid config deliveryReliability.slo.maintenanceWindows[0].from: must be an RFC 3339 date-time with a time-zone offset (e.g. 2026-01-31T22:00:00Z), got "2026-03-20 13:00"',
    ],
    [
      [{ ...window, to: window.from }],
      'Invalid config deliveryReliability.slo.maintenanceWindows[0]: from must be before to (the window is [from, to))',
    ],
    [
      [window, { ...window }],
      'Invalid config deliveryReliability.slo.maintenanceWindows[1].id: "dr-test" is used by an earlier window; ids must be unique',
    ],
    [
      [{ ...window, entityRef: 'a b' }],
      'Invalid config deliveryReliability.slo.maintenanceWindows[0].entityRef: must be an entity ref like component:default/checkout, got "a b"',
    ],
  ])(
    'stops start-up on a bad entry, naming its key (%#)',
    (entries, message) => {
      expect(() => read(entries)).toThrow(message);
    },
  );

  it('names the key of a missing field', () => {
    expect(() =>
      read([{ id: 'x', entityRef: 'a', from: window.from }]),
    ).toThrow(/deliveryReliability\.slo\.maintenanceWindows\[0\]\.to/);
  });
});
