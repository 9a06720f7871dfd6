import { GithubRequestError } from '../github/GithubApi';
import { compareShas } from '../github/shapes';
import { RepositorySyncContext } from './context';

/**
 * Shas of the commits in `head` that are not in `base`
 * (`GET /compare/{base}...{head}`, all pages). Empty when GitHub no longer
 * knows the base (e.g. after a force-push): the deployment then lists no
 * changes rather than failing the repository.
 * @internal
 */
export async function commitsBetween(
  ctx: RepositorySyncContext,
  base: string,
  head: string,
): Promise<string[]> {
  const shas: string[] = [];
  let url: string | undefined = ctx.client.url(
    `/compare/${encodeURIComponent(base)}...${encodeURIComponent(head)}`,
    { per_page: 100 },
  );
  try {
    while (url) {
      const page: { data: unknown; next?: string } = await ctx.client.page(url);
      const found = compareShas(page.data);
      if (!found) {
        ctx.logger.warn(
          `Malformed compare ${base}...${head} of ${ctx.repositoryKey}; no changes linked`,
        );
        return [];
      }
      shas.push(...found);
      url = page.next;
    }
  } catch (error) {
    if (
      error instanceof GithubRequestError &&
      (error.status === 404 || error.status === 422)
    ) {
      ctx.logger.warn(
        `Cannot compare ${base}...${head} of ${ctx.repositoryKey} (${error.status}); no changes linked`,
      );
      return [];
    }
    throw error;
  }
  return shas;
}
