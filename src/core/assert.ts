/**
 * The last branch of a switch that covers every member of a union: TypeScript rejects the call while a member
 * has no case (add a block kind, and the build names each switch still missing it). At run time it only meets
 * data from a newer build than the code, and says so instead of dropping it without a word.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`fosc-widgets: unexpected ${what} ${JSON.stringify(value)}`);
}
