/** The server's reasons for refusing files (`files[<n>]` details), joined for one message; null if none. */
export function fileReasons(details: ReadonlyArray<{ field: string; message: string }>): string | null {
  const reasons = details
    .filter((detail) => detail.field.startsWith('files'))
    .map((detail) => detail.message);
  return reasons.length > 0 ? reasons.join('；') : null;
}
