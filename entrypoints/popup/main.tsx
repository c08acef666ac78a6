/** Popup entry: measures from here (script start) to the first answer on screen. */
const startedAt = performance.now();

import { render } from 'preact';
import '../../assets/card.css';
import './style.css';
import { browser } from 'wxt/browser';
import { applyTheme } from '../shared/applyTheme';
import { themeItem } from '../shared/settings';
import { uiLocale } from '../shared/t';
import { App } from './App';
import { firstCheck } from './firstCheck';
import { settled } from './settled';

/**
 * How long the first frame waits for the selection's answer (usually back in 20–60 ms), so
 * the popup is drawn once with it rather than "Checking…" then the card; a worker that
 * has to start first takes longer, and then the popup shows "Checking…" meanwhile.
 */
const FIRST_ANSWER_WAIT_MS = 100;

// The selection's check goes out first: the worker answers while the popup loads.
const checking = firstCheck();

document.documentElement.lang = uiLocale();
document.title = browser.i18n.getMessage('extName');

const root = document.getElementById('app');
// Drawn once, in the reader's theme and, when the worker answers in time, with the answer.
void Promise.all([themeItem.getValue(), settled(checking, FIRST_ANSWER_WAIT_MS)]).then(
  ([theme, first]) => {
    applyTheme(theme);
    if (!root) return;
    render(
      <App startedAt={startedAt} firstCheck={checking} first={first} initialTheme={theme} />,
      root,
    );
  },
);
