import type { ChoicesTab } from '../features/choices/choices-slice';
import type { SlaTab } from '../features/sla/sla-slice';
import { useAppStore } from './store';

/** A place a "Go to" link lands on: the page, its tab, and the field that holds the decision there. */
export type GoToTarget = { section: 'choices'; tab: ChoicesTab } | { section: 'sla'; tab: SlaTab; field: 'sla-target' };

/**
 * How long to wait for the page to render the target: a page other than the catalogue loads its code
 * on first open, then its data, so the field can appear well after the click.
 */
const MAX_WAIT_MS = 5_000;

/**
 * The field a link names, else the first field of the open tab: where the user would start typing.
 * Only a field on screen: while the next page's code loads, the page being left stays in the document,
 * hidden, with fields of its own.
 */
function targetField(target: GoToTarget): HTMLElement | undefined {
  const main = document.getElementById('main');
  if (!main) return undefined;
  const selector =
    'field' in target
      ? `[data-go-to-field="${target.field}"]`
      : '[role="tabpanel"]:not([hidden]) :is(input, select, textarea):not([disabled]):not([type="hidden"])';
  return [...main.querySelectorAll<HTMLElement>(selector)].find((field) => field.checkVisibility());
}

/** Opens the page and tab a link names and moves the focus to its field once the page has rendered. */
export function goToTarget(target: GoToTarget): void {
  const state = useAppStore.getState();
  if (target.section === 'choices') state.setChoicesTab(target.tab);
  else state.updateSlaTools({ tab: target.tab });
  state.goTo(target.section);
  // Watching the document rather than polling: the field appears whenever the page's code and data
  // arrive. Not #main itself, which each page renders anew.
  const observer = new MutationObserver(() => focusWhenShown());
  const giveUp = setTimeout(() => observer.disconnect(), MAX_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(giveUp);
  };
  function focusWhenShown() {
    // The user went elsewhere before the page showed up: leave the focus where they put it.
    if (useAppStore.getState().section !== target.section) return stop();
    const field = targetField(target);
    if (!field) return;
    stop();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  }
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  requestAnimationFrame(focusWhenShown);
}
