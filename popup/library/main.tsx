/** Library page entry. */
import { render } from 'preact';
import { Library } from './Library';
import { setDocumentLanguage } from '../ui';
import './library.css';

setDocumentLanguage();
document.title = 'Dossier';
render(<Library />, document.getElementById('app')!);
