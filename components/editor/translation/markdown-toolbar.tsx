'use client';

import { useRef, useState, type KeyboardEvent } from 'react';
import { markdownCommands, type MarkdownCommand } from './markdown-edits';
import { ToolbarIcon } from './toolbar-icons';

type Props = {
  label: string;
  /** Each command's name in the UI language. */
  labels: Record<MarkdownCommand, string>;
  /** The id of the textarea the toolbar edits. */
  controls: string;
  disabled: boolean;
  onCommand: (command: MarkdownCommand) => void;
};

/** Keyboard shortcuts in the textarea (Ctrl, or ⌘ on a Mac, with the key). */
export const shortcutKeys: Partial<Record<MarkdownCommand, string>> = { bold: 'b', italic: 'i', link: 'k' };

/**
 * The formatting buttons above the body. One Tab stop, arrow keys move between buttons (the ARIA
 * toolbar pattern), so keyboard users cross it in one step on their way to the text.
 */
export function MarkdownToolbar({ label, labels, controls, disabled, onCommand }: Props) {
  const [active, setActive] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  function move(event: KeyboardEvent<HTMLDivElement>) {
    const last = markdownCommands.length - 1;
    // In a right-to-left page the first button is on the right, so → goes backwards.
    const forward = getComputedStyle(event.currentTarget).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    const targets: Record<string, number> = {
      [forward]: active === last ? 0 : active + 1,
      [backward]: active === 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    const next = targets[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  }

  return (
    <div role="toolbar" aria-label={label} aria-controls={controls} className="markdown-toolbar" onKeyDown={move}>
      {markdownCommands.map((command, index) => {
        const key = shortcutKeys[command];
        return (
          <button
            key={command}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            tabIndex={index === active ? 0 : -1}
            aria-label={labels[command]}
            aria-keyshortcuts={key ? `Control+${key.toUpperCase()} Meta+${key.toUpperCase()}` : undefined}
            title={labels[command]}
            disabled={disabled}
            onFocus={() => setActive(index)}
            onClick={() => onCommand(command)}
          >
            <ToolbarIcon command={command} />
          </button>
        );
      })}
    </div>
  );
}
