/**
 * Orders ids by code unit, the same on every database and in JavaScript, so
 * ties between equal times break identically everywhere.
 * @internal
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
