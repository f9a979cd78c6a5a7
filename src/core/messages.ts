/**
 * Every sentence the core says to a user, in English. Hosts translate them through VS Code's
 * localization (the English text is the key of `l10n/bundle.l10n.*.json`), so the core stays free
 * of the editor. `{0}`, `{1}`... stand for the arguments.
 */
export interface Message {
  readonly template: string;
  /** A message as an argument is translated too (a reason inside a report line). */
  readonly args: readonly (string | number | Message)[];
}

export function msg(template: string, ...args: (string | number | Message)[]): Message {
  return { template, args };
}

/** Fills a template's `{N}` placeholders; `translate` maps the English template to the user's language. */
export function formatMessage(message: Message, translate: (template: string) => string = (t) => t): string {
  return translate(message.template).replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = message.args[Number(index)];
    return value === undefined ? whole : typeof value === 'object' ? formatMessage(value, translate) : String(value);
  });
}

/** The catalog: tests check that each entry has a French translation. */
export const M = {
  yamlError: 'Front matter is not valid YAML, so Jekyll ignores all of it: {0}',
  unclosed: 'Front matter is never closed: add a line with `---` after it, or Jekyll reads the whole file as content.',
  notMappingList: 'Front matter must be a set of `key: value` lines, not a list.',
  notMappingScalar: 'Front matter must be a set of `key: value` lines, not a single value.',
  aliasLimit: 'Front matter expands YAML aliases more than {0} times; it is refused as unsafe.',
  duplicateKey: '`{0}` is set more than once; Jekyll keeps only the last value.',
  duplicateKeyEarlier: 'Earlier `{0}`, which Jekyll ignores.',
  duplicateKeyRemove: 'Remove the earlier `{0}`',
  binaryFile: 'This file is not text (it holds NUL bytes); Jekyll cannot read it as a post.',
  invalidUtf8: 'This file is not valid UTF-8; Jekyll fails on it.',
  fileTooLarge: 'This file is {0} MB; only its front matter was checked.',
  configYamlError: '`_config.yml` is not valid YAML: {0}',
  configNotMapping: '`_config.yml` must be a set of `key: value` lines.',
} as const;
