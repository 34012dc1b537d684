/**
 * Column order as the columns menu and header drag change it. `order` is the full current order of
 * leaf column ids; the first `pinned` ids (the star column) never move and nothing moves before them.
 */
export function moveColumnBy(order: readonly string[], id: string, offset: number, pinned = 1): string[] {
  const from = order.indexOf(id);
  if (from < pinned) return [...order];
  const to = Math.min(Math.max(from + offset, pinned), order.length - 1);
  return moveColumnTo(order, from, to);
}

/** Moves `id` to where `targetId` is, pushing the target one place along: what dropping a dragged header does. */
export function moveColumnOnto(order: readonly string[], id: string, targetId: string, pinned = 1): string[] {
  const from = order.indexOf(id);
  const to = order.indexOf(targetId);
  if (from < pinned || to < pinned) return [...order];
  return moveColumnTo(order, from, to);
}

function moveColumnTo(order: readonly string[], from: number, to: number): string[] {
  const next = [...order];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}
