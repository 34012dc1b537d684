import type { plan as en } from '../en/plan';

export const plan: typeof en = {
  title: '部署方案',
};
