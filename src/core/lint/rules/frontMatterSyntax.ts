import { M, msg } from '../../messages';
import { Rule } from '../types';

/** YAML that Jekyll's loader refuses, an unclosed block, or front matter that is not a mapping. */
export const frontMatterSyntax: Rule = {
  id: 'front-matter-syntax',
  defaultSeverity: 'error',
  check({ frontMatter }, report) {
    for (const problem of frontMatter.problems) {
      switch (problem.kind) {
        case 'yaml-error':
          report({ range: problem.range, message: msg(M.yamlError, problem.detail) });
          break;
        case 'unclosed':
          report({ range: problem.range, message: msg(M.unclosed) });
          break;
        case 'not-mapping':
          report({ range: problem.range, message: msg(problem.detail === 'list' ? M.notMappingList : M.notMappingScalar) });
          break;
        case 'alias-limit':
          report({ range: problem.range, message: msg(M.aliasLimit, problem.detail) });
          break;
        case 'nesting-limit':
          report({ range: problem.range, message: msg('Front matter nests more than {0} levels deep; it is refused as unsafe.', problem.detail) });
          break;
        default:
          break;
      }
    }
  },
};
