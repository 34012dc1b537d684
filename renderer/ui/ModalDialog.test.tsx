import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ModalDialog } from './ModalDialog';

function Page({ onClose }: { onClose: () => void }) {
  const [open, setOpen] = useState(false);
  const close = () => {
    onClose();
    setOpen(false);
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Compare
      </button>
      {open && (
        <ModalDialog
          title="Comparison"
          onClose={close}
          className="compare-dialog"
          footer={
            <button type="button" data-autofocus="" onClick={close}>
              Close
            </button>
          }
        >
          <p>Two products side by side.</p>
        </ModalDialog>
      )}
    </>
  );
}

describe('ModalDialog', () => {
  it('opens named by its title, with its body and footer, and focus on the marked control', () => {
    render(<Page onClose={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const dialog = screen.getByRole('dialog', { name: 'Comparison' });
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.className).toBe('modal-dialog compare-dialog');
    expect(dialog.querySelector('.modal-body')!.textContent).toBe('Two products side by side.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
  });

  it('closes through its owner on Escape, and gives focus back to what opened it', () => {
    const onClose = vi.fn();
    render(<Page onClose={onClose} />);
    const opener = screen.getByRole('button', { name: 'Compare' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Comparison' });
    // The browser turns Escape on a modal dialog into a cancelable `cancel` event.
    const cancel = new Event('cancel', { cancelable: true });
    act(() => {
      dialog.dispatchEvent(cancel);
    });
    expect(cancel.defaultPrevented).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves the footer out when there is none', () => {
    render(
      <ModalDialog title="Report" onClose={() => undefined}>
        <p>Nothing to do.</p>
      </ModalDialog>,
    );
    expect(screen.getByRole('dialog', { name: 'Report' }).querySelector('footer')).toBeNull();
  });
});
