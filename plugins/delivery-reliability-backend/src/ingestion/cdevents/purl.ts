const MAX_VERSION_LENGTH = 255;

/**
 * The version of a package URL (`pkg:type/namespace/name@version?qualifiers#subpath`),
 * percent-decoded: `pkg:oci/app@sha256%3Aabc` → `sha256:abc`,
 * `pkg:npm/%40scope/app@1.2.3` → `1.2.3`. Undefined without a version.
 * @internal
 */
export function versionFromPurl(purl: string | undefined): string | undefined {
  if (!purl || !purl.startsWith('pkg:')) return undefined;
  const base = purl.split('#')[0].split('?')[0];
  const at = base.lastIndexOf('@');
  // The version follows the name, so its `@` is in the last path segment.
  if (at < 0 || at < base.lastIndexOf('/')) return undefined;
  const raw = base.slice(at + 1);
  if (!raw) return undefined;
  let version = raw;
  try {
    version = decodeURIComponent(raw);
  } catch {
    // Keep a malformed escape as sent rather than reject the deployment.
  }
  return version.slice(0, MAX_VERSION_LENGTH);
}
