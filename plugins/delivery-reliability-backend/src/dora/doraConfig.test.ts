import { ConfigReader } from '@backstage/config';
import { TestDatabases } from '@backstage/backend-test-utils';
import { startTestPlugin } from '../__testUtils__/startTestPlugin';
import { readDoraSettings } from './doraConfig';

// Starting a backend on a fresh database is slow on a loaded 2-core machine.
jest.setTimeout(60_000);

const settingsOf = (dora: object) =>
  readDoraSettings(new ConfigReader({ deliveryReliability: { dora } }), [
    'production',
  ]);

describe('readDoraSettings', () => {
  it('defaults to the 2023 table and first-commit lead time', () => {
    const settings = settingsOf({});
    expect(settings.tierTable.id).toBe('dora-2023');
    expect(settings.leadTimeStart).toBe('firstCommit');
    expect(settings.productionEnvironments).toEqual(['production']);
  });

  it('accepts each report year, also written as a YAML number', () => {
    for (const year of ['2021', '2022', '2023', '2024']) {
      expect(settingsOf({ tierTable: year }).tierTable.year).toBe(year);
    }
    expect(settingsOf({ tierTable: 2024 }).tierTable.id).toBe('dora-2024');
    expect(settingsOf({ leadTimeStart: 'prOpened' }).leadTimeStart).toBe(
      'prOpened',
    );
  });

  it('rejects unknown values naming the key and the choices', () => {
    expect(() => settingsOf({ tierTable: '2019' })).toThrow(
      'Invalid config deliveryReliability.dora.tierTable: no DORA tier table "2019"; use one of 2021, 2022, 2023, 2024',
    );
    expect(() => settingsOf({ leadTimeStart: 'deployed' })).toThrow(
      'Invalid config deliveryReliability.dora.leadTimeStart: "deployed"; use one of firstCommit, prOpened, merged',
    );
  });
});

describe('plugin start-up with a bad tier table', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('fails, naming the key', async () => {
    await expect(
      startTestPlugin(databases, 'SQLITE_3', {
        config: { deliveryReliability: { dora: { tierTable: 'latest' } } },
      }),
    ).rejects.toThrow('deliveryReliability.dora.tierTable');
  });
});
