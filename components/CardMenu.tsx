import { useId, useRef, useState } from 'preact/hooks';
import type { Translate } from '../lib/ui/translate';

export interface CardMenuItem {
  /** Stable id for tests and keys. */
  id: string;
  label: string;
  /** Runs the item; resolves the line to say (or `null`), and text to show when it could not copy. */
  run: () => Promise<{ said: string; showText?: string }>;
}

export interface CardMenuProps {
  items: readonly CardMenuItem[];
  t: Translate;
}

/**
 * The card's menu of further actions ("Copy as ClaimReview"): a menu button (ARIA
 * menu-button pattern: Enter, Space or Arrow Down opens it on its first item, arrows move,
 * Escape closes it and gives focus back to the button without closing the card, Tab leaves).
 */
export function CardMenu({ items, t }: CardMenuProps) {
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement | null>(null);
  const list = useRef<HTMLDivElement | null>(null);
  const menuId = useId();

  const menuItems = () =>
    Array.from(list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);
  const focusItem = (i: number) => {
    const all = menuItems();
    all[(i + all.length) % all.length]?.focus();
  };
  const openAt = (i: number) => {
    setOpen(true);
    requestAnimationFrame(() => focusItem(i));
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  return (
    <div class="qc-menu-wrap">
      <div class="qc-menu">
        <button
          type="button"
          class="qc-button qc-menu-button"
          data-testid="card-menu"
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={menuId}
          ref={button}
          onClick={() => (open ? close(false) : openAt(0))}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              openAt(e.key === 'ArrowDown' ? 0 : -1);
            }
          }}
        >
          <span aria-hidden="true">⋯ </span>
          {t('cardMenu')}
        </button>
        {open && (
          <div
            class="qc-menu-list"
            role="menu"
            id={menuId}
            aria-label={t('cardMenu')}
            ref={list}
            onKeyDown={(e) => {
              const all = menuItems();
              const at = all.indexOf(e.target as HTMLButtonElement);
              if (e.key === 'Escape') {
                // Closes the menu, not the card around it.
                e.preventDefault();
                e.stopPropagation();
                close(true);
              } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                focusItem(at + (e.key === 'ArrowDown' ? 1 : -1));
              } else if (e.key === 'Home' || e.key === 'End') {
                e.preventDefault();
                focusItem(e.key === 'Home' ? 0 : -1);
              } else if (e.key === 'Tab') {
                setOpen(false);
              }
            }}
          >
            {items.map((item) => (
              <button
                type="button"
                role="menuitem"
                class="qc-menu-item"
                key={item.id}
                data-testid={item.id}
                tabIndex={-1}
                onClick={async () => {
                  close(true);
                  const done = await item.run();
                  setSaid(done.said);
                  setShown(done.showText ?? null);
                }}
              >
                {item.label}
              </button>
            ))}
          </div>
        )}
      </div>
      {/* Under the row of actions, so a line said never pushes the menu button aside. */}
      <p class="qc-copy-feedback qc-menu-status" role="status">
        {said}
      </p>
      {shown !== null && <pre class="qc-citation-text qc-menu-text">{shown}</pre>}
    </div>
  );
}
