import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../renderer/components/ConfirmDialog';

/** A page with a button that opens the question, as the screens use it; confirming or cancelling closes it. */
function Page({ onConfirm, onKeyDown }: { onConfirm: () => void; onKeyDown?: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <div onKeyDown={onKeyDown}>
      <button type="button" onClick={() => setAsking(true)}>
        完成并提交
      </button>
      {asking && (
        <ConfirmDialog
          title="完成并提交本表？"
          consequences={['提交后本表不能再修改，也不能撤回。', '本表没有不合格项。']}
          confirmLabel="完成并提交"
          onConfirm={() => {
            setAsking(false);
            onConfirm();
          }}
          onCancel={() => setAsking(false)}
        />
      )}
    </div>
  );
}

async function openQuestion(onConfirm = vi.fn(), onKeyDown?: () => void) {
  const user = userEvent.setup();
  render(<Page onConfirm={onConfirm} {...(onKeyDown ? { onKeyDown } : {})} />);
  const opener = screen.getByRole('button', { name: '完成并提交' });
  await user.click(opener);
  return { user, opener, onConfirm, dialog: screen.getByRole('dialog') };
}

describe('the confirmation dialog (issue 20 item 2)', () => {
  it('is a modal dialog named by its question and described by what will happen, with the focus on 取消', async () => {
    const { dialog } = await openQuestion();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByRole('dialog', { name: '完成并提交本表？' })).toBe(dialog);
    expect(screen.getByRole('dialog', { description: /^提交后本表不能再修改，也不能撤回。\s*本表没有不合格项。$/ })).toBe(dialog);
    expect(document.activeElement).toBe(screen.getByTestId('confirm-dialog-cancel'));
    expect(document.activeElement?.textContent).toBe('取消');
  });

  it('Enter pressed out of habit cancels, it does not confirm; focus goes back to the button that asked', async () => {
    const { user, opener, onConfirm } = await openQuestion();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(opener);
  });

  it('Escape cancels, and the page behind never sees the key (a form would cancel itself)', async () => {
    const pageKeys = vi.fn();
    const { user, opener, onConfirm } = await openQuestion(vi.fn(), pageKeys);
    pageKeys.mockClear();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(pageKeys).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(opener);
  });

  it('confirming calls the action once', async () => {
    const { user, onConfirm } = await openQuestion();
    await user.click(screen.getByTestId('confirm-dialog-confirm'));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps Tab inside the dialog', async () => {
    const { user } = await openQuestion();
    const cancel = screen.getByTestId('confirm-dialog-cancel');
    const confirm = screen.getByTestId('confirm-dialog-confirm');
    await user.tab();
    expect(document.activeElement).toBe(confirm);
    await user.tab();
    expect(document.activeElement).toBe(cancel);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(confirm);
  });
});
