import type { ChoicesTab } from '../features/choices/choices-slice';
import type { SlaTab } from '../features/sla/sla-slice';
import { useAppStore } from './store';

/** A place a "Go to" link lands on: the page, its tab, and the field that holds the decision there. */
export type GoToTarget = { section: 'choices'; tab: ChoicesTab } | { section: 'sla'; tab: SlaTab; field: 'sla-target' };

/** How many frames to wait for the page to render the target before giving up on focusing it. */
const MAX_FRAMES = 30;

/** The field a link names, else the first field of the open tab: where the user would start typing. */
function targetField(target: GoToTarget): HTMLElement | null {
  const main = document.getElementById('main');
  if (!main) return null;
  if ('field' in target) return main.querySelector<HTMLElement>(`[data-go-to-field="${target.field}"]`);
  return main.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden]) :is(input, select, textarea):not([disabled]):not([type="hidden"])');
}

/** Opens the page and tab a link names and moves the focus to its field once the page has rendered. */
export function goToTarget(target: GoToTarget): void {
  const state = useAppStore.getState();
  if (target.section === 'choices') state.setChoicesTab(target.tab);
  else state.updateSlaTools({ tab: target.tab });
  state.goTo(target.section);
  let frames = 0;
  const focusWhenShown = () => {
    const field = targetField(target);
    if (field) {
      field.focus();
      field.scrollIntoView({ block: 'center' });
    } else if (++frames < MAX_FRAMES) requestAnimationFrame(focusWhenShown);
  };
  requestAnimationFrame(focusWhenShown);
}
