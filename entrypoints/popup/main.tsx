/** Popup entry: measures from here (script start) to the first answer on screen. */
const startedAt = performance.now();

import { render } from 'preact';
import '../../assets/card.css';
import './style.css';
import { t, uiLocale } from '../shared/t';
import { App } from './App';
import { firstCheck } from './firstCheck';

// The selection's check goes out first: the worker answers while the popup loads.
const checking = firstCheck();

document.documentElement.lang = uiLocale();
document.title = t('extName');

const root = document.getElementById('app');
// Drawn at once (title and search field); the answer follows into it.
if (root) render(<App startedAt={startedAt} firstCheck={checking} />, root);
