import type { choices as en } from '../en/choices';

export const choices: typeof en = {
  title: '平台选型',
};
