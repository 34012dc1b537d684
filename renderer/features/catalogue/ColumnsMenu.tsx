import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { STAR_COLUMN_ID } from './catalogue-columns';
import type { CatalogueTable } from './CatalogueGrid';
import { moveColumnBy } from './column-order';
import { activeColumnPreset, columnPresetIds, columnsForPreset } from './column-presets';

/** Show, hide and move columns; widths are changed on the headers themselves. */
export function ColumnsMenu({ table }: { table: CatalogueTable }) {
  const { t } = useTranslation('catalogue');
  const resetCatalogueColumns = useAppStore((state) => state.resetCatalogueColumns);
  // The menu sits in the page's memoized header, so it follows the columns' state itself.
  useAppStore((state) => state.catalogueColumnVisibility);
  useAppStore((state) => state.catalogueColumnOrder);
  const columns = table.getAllLeafColumns();
  const order = columns.map((column) => column.id);
  const movable = columns.filter((column) => column.id !== STAR_COLUMN_ID);
  const active = activeColumnPreset(
    columns.filter((column) => column.getIsVisible()).map((column) => column.id),
    order,
  );

  return (
    <div className="columns-menu">
      <div className="column-presets" role="group" aria-label={t('columnsMenu.presets')}>
        {columnPresetIds.map((preset) => (
          <button
            key={preset}
            type="button"
            className="chip"
            aria-pressed={active === preset}
            data-column-preset={preset}
            onClick={() => {
              const { order: presetOrder, visibility } = columnsForPreset(preset, order);
              table.setColumnOrder(presetOrder);
              table.setColumnVisibility(visibility);
            }}
          >
            {t(`columnsMenu.preset.${preset}`)}
          </button>
        ))}
      </div>
      <ul className="columns-list">
        {movable.map((column, index) => {
          const label = t(`columns.${column.id}`);
          return (
            <li key={column.id} className="columns-item">
              <label className="check-option">
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  disabled={!column.getCanHide()}
                  onChange={(event) => column.toggleVisibility(event.target.checked)}
                  data-column-toggle={column.id}
                />
                <span className="option-label">{label}</span>
              </label>
              <span className="move-buttons">
                <button
                  type="button"
                  className="icon-button small"
                  aria-label={t('columnsMenu.moveEarlier', { column: label })}
                  title={t('columnsMenu.moveEarlier', { column: label })}
                  disabled={index === 0}
                  onClick={() => table.setColumnOrder(moveColumnBy(order, column.id, -1))}
                >
                  <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
                    <path d="M6 9.5V2.5M2.5 6 6 2.5 9.5 6" fill="none" stroke="currentColor" strokeWidth="1.5" />
                  </svg>
                </button>
                <button
                  type="button"
                  className="icon-button small"
                  aria-label={t('columnsMenu.moveLater', { column: label })}
                  title={t('columnsMenu.moveLater', { column: label })}
                  disabled={index === movable.length - 1}
                  onClick={() => table.setColumnOrder(moveColumnBy(order, column.id, 1))}
                >
                  <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
                    <path d="M6 2.5v7M2.5 6 6 9.5 9.5 6" fill="none" stroke="currentColor" strokeWidth="1.5" />
                  </svg>
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button subtle reset-columns" onClick={resetCatalogueColumns}>
        {t('columnsMenu.reset')}
      </button>
    </div>
  );
}
