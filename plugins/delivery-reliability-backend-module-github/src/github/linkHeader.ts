/**
 * The `rel="next"` URL of a GitHub `Link` header, or undefined on the last
 * page. GitHub paginates lists this way and documents that clients must
 * follow the header rather than build page URLs themselves.
 * @internal
 */
export function nextPageUrl(
  link: string | null | undefined,
): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part.trim());
    if (match && match[2].split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}
