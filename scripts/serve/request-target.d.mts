/** Longer request targets get 414. */
export const MAX_TARGET_LENGTH: number;
/** Decoded path segments under the build, or the status (400, 404, 414) that refuses the target. */
export function parseRequestTarget(
  target: string | undefined,
): { segments: string[]; extension: boolean } | { status: 400 | 404 | 414; reason: string };
