/** See scripts/chromium.mjs. */
export function chromiumPath(): string | undefined;
/** See scripts/chromium.mjs. */
export const CHROMIUM_ARGS: string[];
