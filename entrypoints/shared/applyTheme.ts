/**
 * Puts the theme on an extension page's `<html>` too (not only on its `main`), so the
 * whole window, margins included, takes the theme's background. The stylesheets key their
 * colours on `.qc-root[data-theme]` (`system` follows `prefers-color-scheme`).
 */
import type { ThemeSetting } from './settings';

export function applyTheme(
  theme: ThemeSetting,
  root: HTMLElement = document.documentElement,
): void {
  root.classList.add('qc-root');
  root.dataset.theme = theme;
}
