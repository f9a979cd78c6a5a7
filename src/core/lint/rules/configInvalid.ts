import { Rule } from '../types';

/**
 * An unknown key, rule id or severity in the `jekyll_posts:` block of `_config.yml`. It concerns the
 * configuration file, not a post: hosts run checkProjectConfigText (../configCheck) on that file;
 * here it only takes its place among the rules (its id, severity setting and doc page).
 */
export const configInvalid: Rule = {
  id: 'config-invalid',
  defaultSeverity: 'warning',
  check() {
    // Reported on the configuration file by checkProjectConfigText.
  },
};
