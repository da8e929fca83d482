/** Popup entry: renders the app for the target tab. */
// First: ask the background before the rest of the bundle evaluates (./boot-state).
import './boot';
import { render } from 'preact';
import { App } from './App';
import { firstAnswer } from './boot-state';
import { setDocumentLanguage } from './ui';
import './styles.css';

setDocumentLanguage();
// Drawn once the tab's state is in, or with a loading line if that takes long (./boot-state).
void firstAnswer().then(() => render(<App />, document.getElementById('app')!));
