/**
 * The app shell: reads the hash route, renders its view into <main>, and keeps focus where a
 * keyboard user expects it (on the heading after moving to another page, on the same control after
 * changing a filter).
 */
import './style.css';
import { isAbort } from './api.ts';
import { replaceChildren } from './dom.ts';
import { href, parseHash, samePage, type Route, type ViewName } from './router.ts';
import { errorBox, pageHeading, type Rendered, type View } from './view.ts';
import { actorView } from './views/actor.ts';
import { articleView } from './views/article.ts';
import { searchView } from './views/search.ts';
import { timelineView } from './views/timeline.ts';
import { upcomingView } from './views/upcoming.ts';

const notFoundView: View = async () => ({
  root: pageHeading('Page not found', 'That address does not name a Dateline view. Use the navigation above.'),
  title: 'Not found',
});

// The network and map pull in cytoscape and d3-geo: loaded only when those pages are opened.
const VIEWS: Record<ViewName, View> = {
  timeline: timelineView,
  article: articleView,
  actor: actorView,
  upcoming: upcomingView,
  search: searchView,
  network: async (context) => (await import('./views/network.ts')).networkView(context),
  map: async (context) => (await import('./views/map.ts')).mapView(context),
  notfound: notFoundView,
};

/**
 * The nav entry that is "current" for each view. An article belongs to the timeline (its crumbs say
 * so); an actor page is reached from the timeline, network and map alike and has no entry of its own,
 * so none is marked.
 */
const NAV_FOR: Record<ViewName, string | null> = { timeline: 'timeline', article: 'timeline', actor: null, network: 'network', map: 'map', upcoming: 'upcoming', search: 'search', notfound: null };

const main = document.getElementById('main') as HTMLElement;
let shown: Route | null = null;
let controller: AbortController | null = null;

function navigate(hash: string): void {
  if (location.hash === hash) void render();
  else location.hash = hash;
}

function markNav(route: Route): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.site-nav a[data-view]')) {
    if (a.dataset.view === NAV_FOR[route.view]) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const q = document.getElementById('global-q') as HTMLInputElement | null;
  if (q && route.view === 'search') q.value = route.params.get('q') ?? '';
  document.body.classList.remove('nav-open');
  document.getElementById('nav-toggle')?.setAttribute('aria-expanded', 'false');
}

async function render(): Promise<void> {
  const route = parseHash(location.hash);
  controller?.abort();
  const current = new AbortController();
  controller = current;
  const refresh = samePage(shown, route);
  const focusedId = refresh && document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  const scrollY = window.scrollY;
  main.setAttribute('aria-busy', 'true');
  let rendered: Rendered;
  try {
    rendered = await VIEWS[route.view]({ route, signal: current.signal, navigate });
  } catch (error) {
    if (isAbort(error) || current.signal.aborted) return;
    rendered = { root: errorBox(error), title: 'Error' };
  }
  if (current.signal.aborted) return;
  replaceChildren(main, rendered.root);
  main.removeAttribute('aria-busy');
  // Which route the content shows: lets anyone (the browser tests) tell a finished render from a pending one.
  main.dataset.route = location.hash;
  document.title = `${rendered.title} · Dateline`;
  markNav(route);
  const isFirst = shown === null;
  shown = route;
  if (rendered.afterMount?.()) return;
  if (refresh) {
    window.scrollTo(0, scrollY);
    if (focusedId) document.getElementById(focusedId)?.focus({ preventScroll: true });
  } else {
    window.scrollTo(0, 0);
    if (!isFirst) main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }
}

function setUpChrome(): void {
  // The skip link must not change the hash: the hash is the route.
  document.querySelector('.skip-link')?.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  });
  const toggle = document.getElementById('nav-toggle');
  toggle?.addEventListener('click', () => {
    const open = document.body.classList.toggle('nav-open');
    toggle.setAttribute('aria-expanded', String(open));
  });
  const search = document.getElementById('global-search') as HTMLFormElement | null;
  search?.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = (document.getElementById('global-q') as HTMLInputElement).value.trim();
    navigate(href('search', null, { q }));
  });
}

setUpChrome();
window.addEventListener('hashchange', () => void render());
void render();
