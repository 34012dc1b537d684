/**
 * Vitest global setup: where `../shared` (the seed and the landscape snapshot) is absent, says so in
 * one line before the run, so the tests that compare against it are not skipped unnoticed.
 */
import { SHARED_REFERENCE_DIR, landscape2026, seedDocument } from '../support/shared-reference';

export default function reportReferenceFiles(): void {
  const missing = [seedDocument, landscape2026].filter((file) => !file.available).map((file) => `../shared/${file.name}`);
  if (missing.length === 0) return;
  console.warn(
    `Reference files absent (${SHARED_REFERENCE_DIR}): the tests that compare against ${missing.join(' and ')} skip, each saying so in its name. ` +
      'Set KUBE_PLANNER_SHARED_DIR to a folder holding seeds/ and data/ to run them.',
  );
}
