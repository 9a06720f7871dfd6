/**
 * The fields this module reads from GitHub REST responses, with guards: an
 * item missing one of them is skipped (and logged) instead of failing the
 * whole repository.
 */

/** `GET /repos/{owner}/{repo}/deployments` item. @internal */
export interface GithubDeployment {
  id: number;
  sha: string;
  ref?: string;
  task?: string;
  environment: string;
  created_at: string;
  payload?: unknown;
}

/** `GET …/deployments/{id}/statuses` item. @internal */
export interface GithubDeploymentStatus {
  state: string;
  created_at: string;
  log_url?: string;
  target_url?: string;
}

/** `GET /repos/{owner}/{repo}/pulls` item. @internal */
export interface GithubPull {
  number: number;
  created_at: string;
  updated_at: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
}

/** `GET …/pulls/{n}/commits` item. @internal */
export interface GithubCommit {
  sha: string;
  commit: {
    author?: { date?: string } | null;
    committer?: { date?: string } | null;
  };
}

/** `GET …/pulls/{n}/files` item. @internal */
export interface GithubFile {
  filename: string;
  previous_filename?: string;
}

const isObject = (v: unknown): v is Record<string, any> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** @internal */
export function isDeployment(v: unknown): v is GithubDeployment {
  return (
    isObject(v) &&
    Number.isInteger(v.id) &&
    isText(v.sha) &&
    isText(v.environment) &&
    isTime(v.created_at)
  );
}

/** @internal */
export function isDeploymentStatus(v: unknown): v is GithubDeploymentStatus {
  return isObject(v) && isText(v.state) && isTime(v.created_at);
}

/** @internal */
export function isPull(v: unknown): v is GithubPull {
  return (
    isObject(v) &&
    Number.isInteger(v.number) &&
    isTime(v.created_at) &&
    isTime(v.updated_at) &&
    (v.merged_at === null || isTime(v.merged_at)) &&
    (v.merge_commit_sha === null || isText(v.merge_commit_sha))
  );
}

/** The author date of a commit (when it was written), else its commit date. @internal */
export function commitTime(v: unknown): string | undefined {
  if (!isObject(v) || !isObject(v.commit)) return undefined;
  const date = v.commit.author?.date ?? v.commit.committer?.date;
  return isTime(date) ? date : undefined;
}

/** @internal */
export function isFile(v: unknown): v is GithubFile {
  return isObject(v) && isText(v.filename);
}

/** Shas of a compare response's commits. @internal */
export function compareShas(v: unknown): string[] | undefined {
  if (!isObject(v) || !Array.isArray(v.commits)) return undefined;
  return v.commits.filter(c => isObject(c) && isText(c.sha)).map(c => c.sha);
}
