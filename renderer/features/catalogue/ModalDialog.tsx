/**
 * The modal moved to renderer/ui; CataloguePage.tsx (rewritten in another branch of issue 14) still
 * imports it from here. Delete this file once that page imports '../../ui/ModalDialog'.
 */
export { ModalDialog } from '../../ui/ModalDialog';
