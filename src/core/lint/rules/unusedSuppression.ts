import { Rule } from '../types';

/**
 * A `# jekyll-posts-disable` comment that hides nothing (or names no rule). It is worked out after
 * the other rules, from what they reported: lintDocument runs applySuppressions (../suppressions).
 */
export const unusedSuppression: Rule = {
  id: 'unused-suppression',
  defaultSeverity: 'info',
  check() {
    // Reported by applySuppressions once the other rules have run.
  },
};
