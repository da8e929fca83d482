/** Entity page entry: `entity.html?id=<entity id>`. */
import { render } from 'preact';
import { EntityPage } from './EntityPage';
import { setDocumentLanguage } from '../ui';
import './entity.css';

setDocumentLanguage();
render(<EntityPage id={new URLSearchParams(location.search).get('id') ?? ''} />, document.getElementById('app')!);
