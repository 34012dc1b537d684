import type { Language } from '../ipc/contract';
import { catalogue as enCatalogue } from './en/catalogue';
import { cli as enCli } from './en/cli';
import { common as enCommon } from './en/common';
import { errors as enErrors } from './en/errors';
import { menu as enMenu } from './en/menu';
import { sla as enSla } from './en/sla';
import { catalogue as zhCatalogue } from './zh-CN/catalogue';
import { cli as zhCli } from './zh-CN/cli';
import { common as zhCommon } from './zh-CN/common';
import { errors as zhErrors } from './zh-CN/errors';
import { menu as zhMenu } from './zh-CN/menu';
import { sla as zhSla } from './zh-CN/sla';

/**
 * Both languages' strings, by namespace. Each zh-CN file is typed as its en twin, so a key missing
 * from either language fails the type check before any test runs.
 */
export const resources = {
  en: { common: enCommon, sla: enSla, menu: enMenu, cli: enCli, catalogue: enCatalogue, errors: enErrors },
  'zh-CN': { common: zhCommon, sla: zhSla, menu: zhMenu, cli: zhCli, catalogue: zhCatalogue, errors: zhErrors },
} satisfies Record<Language, Record<string, unknown>>;

export const namespaces = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];
export const defaultNamespace = 'common';

/** Chinese for any zh-* OS locale, English for everything else. */
export function languageForLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
