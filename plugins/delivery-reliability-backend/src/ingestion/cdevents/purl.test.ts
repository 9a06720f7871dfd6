import { versionFromPurl } from './purl';

describe('versionFromPurl', () => {
  it.each([
    [
      'pkg:oci/app@sha256%3Aabc123?repository_url=ghcr.io/acme',
      'sha256:abc123',
    ],
    ['pkg:oci/checkout@v1.4.1', 'v1.4.1'],
    ['pkg:npm/%40acme/checkout@2.0.0#dist', '2.0.0'],
    ['pkg:golang/github.com/acme/checkout@v0.3.0', 'v0.3.0'],
  ])('reads the version of %s', (purl, version) => {
    expect(versionFromPurl(purl)).toBe(version);
  });

  it.each([
    [undefined],
    ['pkg:oci/checkout'],
    ['pkg:oci/checkout@'],
    ['ghcr.io/acme/checkout:1.0'],
  ])('has no version for %p', purl => {
    expect(versionFromPurl(purl)).toBeUndefined();
  });
});
