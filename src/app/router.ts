// Hash routes, so the URL names the open process (reload and back/forward work) on any static
// host: #/ the library, #/trash its trash, #/p/<id> a process, #/new a new process.
import { useSyncExternalStore } from 'react';

export type Route = { screen: 'library'; trash: boolean } | { screen: 'process'; id: string } | { screen: 'new' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const process = /^\/p\/([^/?#]+)/.exec(path);
  if (process) return { screen: 'process', id: decodeURIComponent(process[1]!) };
  if (path === '/new') return { screen: 'new' };
  return { screen: 'library', trash: path === '/trash' };
}

export const hrefOf = (route: Route) =>
  route.screen === 'process' ? `#/p/${encodeURIComponent(route.id)}` : route.screen === 'new' ? '#/new' : route.trash ? '#/trash' : '#/';

export function navigate(route: Route, options: { replace?: boolean } = {}) {
  const href = hrefOf(route);
  if (options.replace) window.location.replace(href);
  else window.location.hash = href;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export const useRoute = (): Route => parseRoute(useSyncExternalStore(subscribe, () => window.location.hash));
