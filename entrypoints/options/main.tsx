import { render } from 'preact';
import '../../assets/card.css';
import '../../assets/page.css';
import './style.css';
import { t, uiLocale } from '../shared/t';
import { App } from './App';

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');

const root = document.getElementById('app');
if (root) render(<App />, root);
