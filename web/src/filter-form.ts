/**
 * The filter bar shared by the timeline, network and map: real form controls, each labelled, that
 * apply as soon as they change (the view re-renders from the URL and focus returns to the control).
 */
import { getJson } from './api.ts';
import { h } from './dom.ts';
import { DEFAULT_MIN_CONFIDENCE, normalizeCode, readMinConfidence, STATUSES, type EventFilter } from './filters.ts';
import { PLOVER_TYPES } from './quad.ts';
import type { ActorSummary, EventStatus } from './types.ts';
import type { ActorSuggestion } from '../../src/store/query/actor-refs.ts';

/** Options for {@link filterForm}. */
export interface FilterFormOptions {
  filter: EventFilter;
  /** Show since/until inputs (the timeline has its own range inputs under the chart). */
  dates: boolean;
  /** Called with the new filter whenever a control changes or the form is submitted. */
  onChange: (filter: EventFilter) => void;
}

let actorList: Promise<ActorSummary[]> | null = null;

/** The most active actors, fetched once per page load for the actor and dyad suggestions. */
function knownActors(): Promise<ActorSummary[]> {
  actorList ??= getJson<{ items: ActorSummary[] }>('/actors', { limit: 300, status: 'occurred,scheduled,denied,hypothetical' })
    .then((r) => r.items)
    .catch(() => {
      actorList = null;
      return [];
    });
  return actorList;
}

function actorDatalist(): HTMLDataListElement {
  const list = h('datalist', { attrs: { id: 'actor-options' } });
  void knownActors().then((actors) => {
    // Suggestions for what the user typed came first: they fit better than the most active actors.
    if (list.childElementCount > 0) return;
    for (const a of actors) list.appendChild(h('option', { attrs: { value: a.code } }, `${a.name} (${a.events})`));
  });
  return list;
}

// Pause after the last key before asking the server, so typing "Russia" asks once, not six times.
const SUGGEST_DELAY_MS = 150;

/**
 * Refills the actor completions from /api/actors/suggest as the user types: codes and ids with the
 * names they stand for, for the last item of a comma list. Options carry text only.
 */
function suggestWhileTyping(input: HTMLInputElement, list: HTMLDataListElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const cut = input.value.lastIndexOf(',') + 1;
    const typed = input.value.slice(cut).trim();
    if (typed === '' || typed === asked) return;
    timer = setTimeout(() => {
      asked = typed;
      const before = input.value.slice(0, cut);
      getJson<{ items: ActorSuggestion[] }>('/actors/suggest', { q: typed, limit: 20 })
        .then(({ items }) => {
          // An answer to an older question would offer what the user has typed past.
          if (typed !== asked) return;
          list.replaceChildren(...items.map((s) => h('option', { attrs: { value: `${before}${s.code}` } }, s.name)));
        })
        .catch(() => {});
    }, SUGGEST_DELAY_MS);
  });
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), control);
}

function textInput(id: string, name: string, value: string, placeholder: string, extra: Record<string, string> = {}): HTMLInputElement {
  return h('input', { attrs: { id, name, type: 'text', value, placeholder, autocomplete: 'off', spellcheck: 'false', ...extra } });
}

function dateInput(id: string, name: string, value: string): HTMLInputElement {
  return h('input', { attrs: { id, name, type: 'date', value } });
}

function typeSelect(value: string): HTMLSelectElement {
  const select = h('select', { attrs: { id: 'f-type', name: 'type' } }, h('option', { attrs: { value: '' } }, 'Any type'));
  for (const { type } of PLOVER_TYPES) select.appendChild(h('option', { attrs: { value: type, selected: type === value } }, type));
  return select;
}

function statusChecks(selected: readonly EventStatus[]): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: 'field status-field' },
    h('legend', null, 'Status'),
    ...STATUSES.map((status) =>
      h(
        'label',
        { class: 'check' },
        h('input', { attrs: { type: 'checkbox', name: 'status', value: status, id: `f-status-${status}`, checked: selected.includes(status) } }),
        ` ${status}`,
      ),
    ),
  );
}

/**
 * The confidence control (DECISIONS §3): a threshold, empty for the documented default, which the
 * placeholder and label show; and "show all", which lifts it (`min_confidence=0`).
 */
function confidenceField(value: string): HTMLFieldSetElement {
  const all = value === '0';
  return h(
    'fieldset',
    { class: 'field confidence-field' },
    h('legend', null, 'Confidence'),
    h('label', { attrs: { for: 'f-min-confidence' } }, `At least (default ${DEFAULT_MIN_CONFIDENCE})`),
    h('input', {
      attrs: {
        id: 'f-min-confidence', name: 'min_confidence', type: 'number', min: '0', max: '1', step: '0.05', inputmode: 'decimal',
        value: all ? '' : value, placeholder: String(DEFAULT_MIN_CONFIDENCE), disabled: all,
      },
    }),
    h('label', { class: 'check' }, h('input', { attrs: { type: 'checkbox', name: 'all_confidence', id: 'f-all-confidence', checked: all } }), ' show all'),
  );
}

function readForm(form: HTMLFormElement, previous: EventFilter): EventFilter {
  const data = new FormData(form);
  const text = (key: string, fallback: string): string => {
    const value = data.get(key);
    return typeof value === 'string' ? value.trim() : fallback;
  };
  const status = data.getAll('status').filter((v): v is EventStatus => typeof v === 'string' && (STATUSES as readonly string[]).includes(v));
  return {
    actor: text('actor', previous.actor).split(',').map(normalizeCode).join(','),
    dyad: text('dyad', previous.dyad).split(',').map(normalizeCode).join(','),
    type: text('type', previous.type),
    mode: text('mode', previous.mode),
    // Unticking every box would mean "nothing"; the API's default is the useful reading.
    status: status.length > 0 ? status : ['occurred', 'scheduled'],
    since: text('since', previous.since),
    until: text('until', previous.until),
    q: text('q', previous.q),
    // "Show all" lifts the threshold; else the number typed, or the default when empty or not 0 to 1.
    min_confidence: data.get('all_confidence') !== null ? '0' : readMinConfidence(text('min_confidence', previous.min_confidence === '0' ? '' : previous.min_confidence)),
  };
}

/**
 * The filter bar. Each control has a stable id so focus can be restored after the view re-renders.
 *
 * @example
 * main.append(filterForm({ filter, dates: true, onChange: (f) => navigate(href('map', null, filterParams(f))) }));
 */
export function filterForm(options: FilterFormOptions): HTMLFormElement {
  const { filter } = options;
  const actorBox = textInput('f-actor', 'actor', filter.actor, 'RUS, Russia, NATO…', { list: 'actor-options' });
  const actorOptions = actorDatalist();
  suggestWhileTyping(actorBox, actorOptions);
  const form = h(
    'form',
    { class: 'filters', attrs: { role: 'search', 'aria-label': 'Event filters' } },
    field('f-actor', 'Actor', actorBox),
    field('f-dyad', 'Dyad', textInput('f-dyad', 'dyad', filter.dyad, 'RUS,USA')),
    field('f-type', 'Type', typeSelect(filter.type)),
    field('f-mode', 'Mode', textInput('f-mode', 'mode', filter.mode, 'e.g. visit')),
    options.dates ? field('f-since', 'From', dateInput('f-since', 'since', filter.since)) : null,
    options.dates ? field('f-until', 'To', dateInput('f-until', 'until', filter.until)) : null,
    field('f-q', 'Words', textInput('f-q', 'q', filter.q, 'sentence words', { type: 'search' })),
    statusChecks(filter.status),
    confidenceField(filter.min_confidence),
    h('div', { class: 'field actions' }, h('button', { attrs: { type: 'submit' } }, 'Apply'), h('button', { attrs: { type: 'reset', id: 'f-reset' }, class: 'secondary' }, 'Clear')),
    actorOptions,
  );
  const apply = (): void => options.onChange(readForm(form, filter));
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    options.onChange({ actor: '', dyad: '', type: '', mode: '', status: ['occurred', 'scheduled'], since: options.dates ? '' : filter.since, until: options.dates ? '' : filter.until, q: '', min_confidence: '' });
  });
  return form;
}
