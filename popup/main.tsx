/** Popup entry: renders the app for the target tab. */
import { render } from 'preact';
import { App } from './App';
import { setDocumentLanguage } from './ui';
import './styles.css';

setDocumentLanguage();
render(<App />, document.getElementById('app')!);
