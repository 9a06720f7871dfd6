/**
 * The stored (lower-case) entity ref of `/entities/:kind/:namespace/:name`.
 * @internal
 */
export function entityRefOfParams(params: {
  kind: string;
  namespace: string;
  name: string;
}): string {
  return `${params.kind}:${params.namespace}/${params.name}`.toLocaleLowerCase(
    'en-US',
  );
}
