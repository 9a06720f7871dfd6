import {
  toRepositoryTargets,
  parseDeploymentSelector,
  parsePathPrefixes,
} from './targets';

const entity = (name: string, annotations: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', annotations },
});

describe('toRepositoryTargets', () => {
  it('groups a monorepo and suffixes ids only for annotated entities', () => {
    const invalid: string[] = [];
    const targets = toRepositoryTargets(
      [
        entity('web', {
          'github.com/project-slug': 'acme/mono',
          'delivery-reliability.io/github-paths': 'apps/web, /libs/ui/',
        }),
        entity('api', {
          'github.com/project-slug': 'acme/mono',
          'delivery-reliability.io/github-deployments': 'environment:api-*',
        }),
        entity('shop', { 'github.com/project-slug': 'acme/shop' }),
        entity('copy', { 'github.com/project-slug': 'acme/shop' }),
        entity('bad', { 'github.com/project-slug': 'acme' }),
      ],
      ref => invalid.push(ref),
    );
    expect(
      targets.map(t => [
        t.owner,
        t.repo,
        t.entities.map(e => [e.entityRef, e.idSuffix]),
      ]),
    ).toEqual([
      [
        'acme',
        'mono',
        [
          ['component:default/web', '@component:default/web'],
          ['component:default/api', '@component:default/api'],
        ],
      ],
      ['acme', 'shop', [['component:default/shop', '']]],
    ]);
    expect(targets[0].entities[0].pathPrefixes).toEqual([
      'apps/web/',
      'libs/ui/',
    ]);
    expect(invalid).toEqual([
      'component:default/copy',
      'component:default/bad',
    ]);
  });
});

describe('parseDeploymentSelector', () => {
  it('matches environment globs case-insensitively', () => {
    const selector = parseDeploymentSelector('environment:api-*');
    expect(
      selector.kind === 'environment' &&
        selector.pattern.test('API-production'),
    ).toBe(true);
    expect(
      selector.kind === 'environment' && selector.pattern.test('web-api-prod'),
    ).toBe(false);
  });
  it('names the accepted forms when the value is wrong', () => {
    expect(() => parseDeploymentSelector('api')).toThrow(
      'environment:<glob> or workflow:<name>',
    );
  });
  it('drops empty prefixes', () => {
    expect(parsePathPrefixes(' , services/a')).toEqual(['services/a/']);
  });
});
