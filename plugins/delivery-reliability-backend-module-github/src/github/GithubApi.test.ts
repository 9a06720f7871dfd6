import { mockServices } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { GithubApi, GithubRequestError } from './GithubApi';

const URL_ = 'https://api.github.com/repos/acme/shop/pulls';
const NOW_MS = 1_700_000_000_000;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Answers the queued responses in order; the last one repeats. */
function answer(...responses: Array<() => Response>) {
  const seen: Request[] = [];
  server.use(
    http.get(URL_, ({ request }) => {
      seen.push(request.clone());
      return (responses.length > 1 ? responses.shift()! : responses[0])();
    }),
  );
  return seen;
}

function apiWithSleeps() {
  const sleeps: number[] = [];
  const api = new GithubApi({
    logger: mockServices.logger.mock(),
    sleep: async ms => {
      sleeps.push(ms);
    },
    now: () => NOW_MS,
  });
  return { api, sleeps };
}

const ok =
  (headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json([{ number: 1 }], { headers });

describe('GithubApi', () => {
  it('waits Retry-After seconds on a 429, then retries', async () => {
    answer(
      () =>
        new HttpResponse('{}', {
          status: 429,
          headers: { 'retry-after': '7' },
        }),
      ok(),
    );
    const { api, sleeps } = apiWithSleeps();
    expect((await api.get(URL_, {})).data).toEqual([{ number: 1 }]);
    expect(sleeps).toEqual([7000]);
    expect(api.stats).toEqual({
      requests: 2,
      notModified: 0,
      rateLimitWaits: 1,
    });
  });

  it('backs off a minute, then two, on a secondary-limit 403 without Retry-After', async () => {
    const limited = () =>
      HttpResponse.json(
        { message: 'You have exceeded a secondary rate limit.' },
        { status: 403 },
      );
    answer(limited, limited, ok());
    const { api, sleeps } = apiWithSleeps();
    await api.get(URL_, {});
    expect(sleeps).toEqual([60_000, 120_000]);
  });

  it('waits for x-ratelimit-reset when the primary limit is exhausted', async () => {
    const reset = String(NOW_MS / 1000 + 90);
    answer(
      () =>
        HttpResponse.json(
          { message: 'API rate limit exceeded' },
          {
            status: 403,
            headers: {
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': reset,
            },
          },
        ),
      ok(),
    );
    const { api, sleeps } = apiWithSleeps();
    await api.get(URL_, {});
    // 90 s to the reset plus one second of slack for whole-second clocks.
    expect(sleeps).toEqual([91_000]);
  });

  it('pauses before the next request when few requests are left', async () => {
    answer(
      ok({
        'x-ratelimit-remaining': '10',
        'x-ratelimit-reset': String(NOW_MS / 1000 + 30),
      }),
    );
    const { api, sleeps } = apiWithSleeps();
    await api.get(URL_, {});
    expect(sleeps).toEqual([]);
    await api.get(URL_, {});
    expect(sleeps).toEqual([31_000]);
  });

  it('does not retry a 403 that is not a rate limit', async () => {
    answer(() =>
      HttpResponse.json(
        { message: 'Resource not accessible by integration' },
        { status: 403 },
      ),
    );
    const { api, sleeps } = apiWithSleeps();
    await expect(api.get(URL_, {})).rejects.toBeInstanceOf(GithubRequestError);
    expect(sleeps).toEqual([]);
  });

  it('sends If-None-Match and returns the remembered body on 304', async () => {
    const seen = answer(
      () =>
        HttpResponse.json([{ number: 1 }], {
          headers: { etag: '"v1"', link: `<${URL_}?page=2>; rel="next"` },
        }),
      () => new HttpResponse(null, { status: 304 }),
    );
    const { api } = apiWithSleeps();
    await api.get(URL_, { Authorization: 'token t' }, { conditional: true });
    const again = await api.get(URL_, {}, { conditional: true });
    expect(seen[0].headers.get('if-none-match')).toBeNull();
    expect(seen[0].headers.get('authorization')).toBe('token t');
    expect(seen[1].headers.get('if-none-match')).toBe('"v1"');
    expect(again).toEqual({
      data: [{ number: 1 }],
      next: `${URL_}?page=2`,
      notModified: true,
    });
    expect(api.stats.notModified).toBe(1);
  });
});
