import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface MenuProps {
  label: ReactNode;
  /** The button's accessible name when `label` is not plain text. */
  ariaLabel?: string;
  className?: string;
  /** Renders the items; `close` returns focus to the menu button. */
  children(close: () => void): ReactNode;
}

/**
 * A disclosure menu: a button that shows a panel of ordinary buttons. Escape or a click elsewhere
 * closes it; opening it moves focus to its first item, closing it returns focus to the button.
 */
export function Menu({ label, ariaLabel, className, children }: MenuProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('.menu-popup button, .menu-popup a')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      ref={root}
      className={`menu ${className ?? ''}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
      onBlur={(event) => {
        if (open && event.relatedTarget !== null && !root.current?.contains(event.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="button menu-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={ariaLabel}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        <span aria-hidden="true" className="menu-caret">
          ▾
        </span>
      </button>
      {open && (
        <div id={id} className="menu-popup">
          {children(close)}
        </div>
      )}
    </div>
  );
}
