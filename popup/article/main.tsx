/** Stored-copy page entry: `article.html?id=<article id>`. */
import { render } from 'preact';
import { ArticlePage } from './ArticlePage';
import { setDocumentLanguage } from '../ui';
import './article.css';

setDocumentLanguage();
render(<ArticlePage id={new URLSearchParams(location.search).get('id') ?? ''} />, document.getElementById('app')!);
