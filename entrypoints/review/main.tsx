import { render } from 'preact';
import '../../assets/card.css';
import '../../assets/page.css';
import './style.css';
import { t, uiLocale } from '../shared/t';
import { App } from './App';

document.documentElement.lang = uiLocale();
document.title = t('reviewTitle');

const root = document.getElementById('app');
// The draft's token is the page's address fragment (`review.html#<token>`).
if (root) render(<App token={decodeURIComponent(location.hash.slice(1))} />, root);
