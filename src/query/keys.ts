/**
 * The query-key root and factories. Hosts use them to prefetch and invalidate, e.g.
 * `queryClient.invalidateQueries({ queryKey: badgesQueryKeys.all })`.
 */
export const badgesQueryKeys = {
  /** Every query of this library. */
  all: ['frontend-component-badges'] as const,
  /** A learner's earned badges. */
  badges: (username: string) => [...badgesQueryKeys.all, 'badges', username] as const,
  /** A learner's progress toward badges. */
  progress: (username: string) => [...badgesQueryKeys.all, 'progress', username] as const,
};
