/** The popup's title bar: the Dossier mark and the host of the page it acts on. */
import { t } from '../../src/platform/i18n';

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function Header({ url }: { url: string }) {
  return (
    <header class="bar">
      <img class="mark" src="../icons/icon-32.png" alt="" width={20} height={20} />
      <span class="brand">{t('extName')}</span>
      <span class="host" title={url}>
        {host(url)}
      </span>
    </header>
  );
}
