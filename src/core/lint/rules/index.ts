import { Rule } from '../types';
import { authorUnknown } from './authorUnknown';
import { dateFilenameMismatch } from './dateFilenameMismatch';
import { dateFuture } from './dateFuture';
import { dateGmtMismatch } from './dateGmtMismatch';
import { dateInvalid } from './dateInvalid';
import { duplicateKey } from './duplicateKey';
import { filenameInvalid } from './filenameInvalid';
import { frontMatterSyntax } from './frontMatterSyntax';
import { keyTypo } from './keyTypo';
import { langUnknown } from './langUnknown';
import { layoutUnknown } from './layoutUnknown';
import { categoriesFormat, tagsFormat } from './listFormat';
import { permalinkInvalid } from './permalinkInvalid';
import { permalinkLangMismatch } from './permalinkLangMismatch';
import { requiredKey } from './requiredKey';
import { seoLength } from './seoLength';
import { tagNearDuplicate } from './tagNearDuplicate';
import { yamlTypeSurprise } from './yamlTypeSurprise';
import { permalinkConflict } from './permalinkConflict';
import { postUrlBroken } from './postUrlBroken';
import { linkBroken } from './linkBroken';
import { linkBaseurlMissing } from './linkBaseurlMissing';
import { imageMissing } from './imageMissing';
import { imageAltMissing } from './imageAltMissing';
import { translationDuplicate, translationMismatch, translationMissing } from './translations';
import { configInvalid } from './configInvalid';
import { unusedSuppression } from './unusedSuppression';

/** Every rule. Ids are public: settings, docs, CLI output. */
export const allRules: readonly Rule[] = [
  frontMatterSyntax,
  duplicateKey,
  dateInvalid,
  dateFilenameMismatch,
  dateGmtMismatch,
  dateFuture,
  filenameInvalid,
  langUnknown,
  permalinkLangMismatch,
  permalinkInvalid,
  authorUnknown,
  tagsFormat,
  categoriesFormat,
  tagNearDuplicate,
  yamlTypeSurprise,
  keyTypo,
  requiredKey,
  layoutUnknown,
  seoLength,
  permalinkConflict,
  postUrlBroken,
  translationDuplicate,
  translationMissing,
  translationMismatch,
  configInvalid,
  unusedSuppression,
  linkBroken,
  linkBaseurlMissing,
  imageMissing,
  imageAltMissing,
];
