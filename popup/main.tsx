/** Popup entry: renders the app for the target tab. */
// First: ask the background before the rest of the bundle evaluates (./boot-state).
import './boot';
import { render } from 'preact';
import { App } from './App';
import { setDocumentLanguage } from './ui';
import './styles.css';

setDocumentLanguage();
render(<App />, document.getElementById('app')!);
