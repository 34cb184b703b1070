// Where to go when search cannot help: links to browse, and the message when search cannot be reached.
import type { SearchProps, T } from './types.ts';

export function BrowseLinks({ links }: { links: SearchProps['browse'] }) {
  return (
    <ul className="quick-links">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
    </ul>
  );
}

export function Unavailable({ t, browse }: { t: T; browse: SearchProps['browse'] }) {
  return (
    <div className="notice warning" role="alert">
      <p>
        <strong>{t('unavailable.title')}</strong>
      </p>
      <p>{t('unavailable.body')}</p>
      <BrowseLinks links={browse} />
    </div>
  );
}
