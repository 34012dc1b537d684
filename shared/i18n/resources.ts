import type { Language } from '../language';
import { catalogue as enCatalogue } from './en/catalogue';
import { choices as enChoices } from './en/choices';
import { cluster as enCluster } from './en/cluster';
import { cli as enCli } from './en/cli';
import { common as enCommon } from './en/common';
import { distributions as enDistributions } from './en/distributions';
import { errors as enErrors } from './en/errors';
import { menu as enMenu } from './en/menu';
import { plan as enPlan } from './en/plan';
import { planExport as enPlanExport } from './en/planExport';
import { sla as enSla } from './en/sla';
import { topology as enTopology } from './en/topology';
import { catalogue as zhCatalogue } from './zh-CN/catalogue';
import { choices as zhChoices } from './zh-CN/choices';
import { cluster as zhCluster } from './zh-CN/cluster';
import { cli as zhCli } from './zh-CN/cli';
import { common as zhCommon } from './zh-CN/common';
import { distributions as zhDistributions } from './zh-CN/distributions';
import { errors as zhErrors } from './zh-CN/errors';
import { menu as zhMenu } from './zh-CN/menu';
import { plan as zhPlan } from './zh-CN/plan';
import { planExport as zhPlanExport } from './zh-CN/planExport';
import { sla as zhSla } from './zh-CN/sla';
import { topology as zhTopology } from './zh-CN/topology';

/**
 * Both languages' strings, by namespace. Each zh-CN file is typed as its en twin, so a key missing
 * from either language fails the type check before any test runs.
 */
export const resources = {
  en: {
    common: enCommon,
    sla: enSla,
    menu: enMenu,
    cli: enCli,
    catalogue: enCatalogue,
    errors: enErrors,
    choices: enChoices,
    topology: enTopology,
    cluster: enCluster,
    plan: enPlan,
    planExport: enPlanExport,
    distributions: enDistributions,
  },
  'zh-CN': {
    common: zhCommon,
    sla: zhSla,
    menu: zhMenu,
    cli: zhCli,
    catalogue: zhCatalogue,
    errors: zhErrors,
    choices: zhChoices,
    topology: zhTopology,
    cluster: zhCluster,
    plan: zhPlan,
    planExport: zhPlanExport,
    distributions: zhDistributions,
  },
} satisfies Record<Language, Record<string, unknown>>;

export const namespaces = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];
export const defaultNamespace = 'common';

/** Chinese for any zh-* OS locale, English for everything else. */
export function languageForLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
