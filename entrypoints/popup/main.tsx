/** Popup entry: measures from here (script start) to the first answer on screen. */
const startedAt = performance.now();

import { render } from 'preact';
import '../../assets/card.css';
import './style.css';
import { browser } from 'wxt/browser';
import { sendMessage } from '../shared/sendMessage';
import { uiLocale } from '../shared/t';
import { App } from './App';

// The worker loads the matcher while the popup reads the selection (a failure shows on the check).
void sendMessage('prepare', null);

document.documentElement.lang = uiLocale();
document.title = browser.i18n.getMessage('extName');

const root = document.getElementById('app');
if (root) render(<App startedAt={startedAt} />, root);
