import { nextPageUrl } from './linkHeader';

describe('nextPageUrl', () => {
  it('reads rel="next" from GitHub Link headers', () => {
    const link =
      '<https://api.github.com/repositories/1/pulls?page=3>; rel="next", <https://api.github.com/repositories/1/pulls?page=9>; rel="last", <https://api.github.com/repositories/1/pulls?page=1>; rel="first"';
    expect(nextPageUrl(link)).toBe(
      'https://api.github.com/repositories/1/pulls?page=3',
    );
  });
  it('answers undefined on the last page', () => {
    expect(
      nextPageUrl(
        '<https://x/?page=1>; rel="prev", <https://x/?page=1>; rel="first"',
      ),
    ).toBeUndefined();
    expect(nextPageUrl(null)).toBeUndefined();
  });
});
