import { api } from '../../app/api';
import { useAppStore } from '../../app/store';
import { createPlanWorkspace } from './plan-workspace';

/** The one link between the page's plan and main's workspace; main.tsx starts it, the Plan page drives it. */
export const planWorkspace = createPlanWorkspace(api, useAppStore);
