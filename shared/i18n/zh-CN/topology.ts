import type { topology as en } from '../en/topology';

export const topology: typeof en = {
  title: '高可用拓扑与容量',
};
