import { Rule } from '../types';
import { duplicateKey } from './duplicateKey';
import { frontMatterSyntax } from './frontMatterSyntax';

/** Every rule, in the order findings are reported. Ids are public: settings, docs, CLI output. */
export const allRules: readonly Rule[] = [frontMatterSyntax, duplicateKey];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((rule) => rule.id === id);
}
