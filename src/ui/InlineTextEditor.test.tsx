// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InlineTextEditor } from './InlineTextEditor';

afterEach(cleanup);

function setup(value = '登记') {
  const onCommit = vi.fn();
  const onCancel = vi.fn();
  render(<InlineTextEditor value={value} ariaLabel="label" onCommit={onCommit} onCancel={onCancel} />);
  return { input: screen.getByLabelText('label') as HTMLTextAreaElement, onCommit, onCancel };
}

describe('InlineTextEditor', () => {
  it('focuses and selects the current text', () => {
    const { input } = setup();
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 2]);
  });

  it('commits the trimmed text on Enter, once', () => {
    const { input, onCommit } = setup();
    fireEvent.change(input, { target: { value: ' 咨询 ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith('咨询');
  });

  it('ignores Enter and Escape while an input method is composing', () => {
    const { input, onCommit, onCancel } = setup();
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 229 });
    fireEvent.keyDown(input, { key: 'Escape', isComposing: true });
    expect(onCommit).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('keeps Shift+Enter as a new line, cancels on Escape and commits on blur', () => {
    const first = setup();
    fireEvent.keyDown(first.input, { key: 'Enter', shiftKey: true });
    expect(first.onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(first.input, { key: 'Escape' });
    expect(first.onCancel).toHaveBeenCalledTimes(1);
    cleanup();
    const second = setup('收费');
    fireEvent.blur(second.input);
    expect(second.onCommit).toHaveBeenCalledWith('收费');
  });

  it('does not let typed keys reach the canvas shortcuts', () => {
    const { input } = setup();
    const outer = vi.fn();
    window.addEventListener('keydown', outer);
    fireEvent.keyDown(input, { key: 't' });
    window.removeEventListener('keydown', outer);
    expect(outer).not.toHaveBeenCalled();
  });
});
