import type { Badge, BadgeProblem, BadgeProgressData, BadgesRequestError } from '../model';

/**
 * A minimal `fetch`: `globalThis.fetch` or anything with its signature.
 */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The part of an axios instance the client uses, e.g. frontend-platform's
 * `getAuthenticatedHttpClient()` (never imported: the host passes it in). The client passes an
 * identity `transformResponse`, so `data` is the body text and the client parses it once (an
 * instance that still hands back parsed JSON is read as is).
 */
export interface AxiosLike {
  get(
    url: string,
    config?: { signal?: AbortSignal; headers?: Record<string, string>; transformResponse?: (data: unknown) => unknown },
  ): Promise<{ data: unknown; status: number; headers?: unknown }>;
}

/** Options shared by every list call. */
export interface RequestOptions {
  /** Aborts the request (react-query passes its own). */
  signal?: AbortSignal;
}

/**
 * A learner's earned badges from every configured source, merged without duplicates.
 * When a page after the first fails, what loaded is kept and `error` says what failed.
 */
export interface BadgeCollection {
  badges: Badge[];
  /** Items that could not be (fully) used, with which item, which field and why. */
  problems: BadgeProblem[];
  /** Total reported by the first source's first page, when known. */
  total?: number;
  /** True when the page cap stopped loading before the end. */
  truncated: boolean;
  /** A later page (or a secondary source) failed: the badges above are partial. */
  error?: BadgesRequestError;
}

/** A learner's progress toward badge templates. Same partial-result rules as `BadgeCollection`. */
export interface ProgressCollection {
  progress: BadgeProgressData[];
  problems: BadgeProblem[];
  total?: number;
  truncated: boolean;
  error?: BadgesRequestError;
}

/** The typed badges client. Every failure is a `BadgesRequestError`. */
export interface BadgesClient {
  /** Lists a learner's earned badges, following pagination up to the page cap. */
  listBadges(username: string, options?: RequestOptions): Promise<BadgeCollection>;
  /** Lists a learner's progress toward badges, following pagination up to the page cap. */
  listProgress(username: string, options?: RequestOptions): Promise<ProgressCollection>;
}
