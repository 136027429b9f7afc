// Training controls: the fault presets as switches, and the journal as it grows (newest first, bounded).
import { call, explain } from './api.js';
import { t, language } from './texts.js';
import { byId, el, redraw, showProblem } from './dom.js';

const MOST_ENTRIES = 100;

let presets = null;
let entries = [];
let after = 0;
let reading = null;
let readAgain = false;

export async function refresh() {
  await Promise.all([refreshPresets(), refreshJournal()]);
}

async function refreshPresets() {
  try {
    presets = (await call('GET', '/azure/presets')).presets || [];
    showProblem('presets-problem', '');
  } catch (failure) {
    presets = null;
    showProblem('presets-problem', explain(failure));
  }
  drawPresets();
}

/** Reads what the journal added; one read at a time (a switch asking meanwhile gets one more right after). */
function refreshJournal() {
  if (reading) {
    readAgain = true;
    return reading;
  }
  reading = (async () => {
    try {
      do {
        readAgain = false;
        await readJournal();
      } while (readAgain);
    } finally {
      reading = null;
    }
  })();
  return reading;
}

async function readJournal() {
  try {
    let answer = await call('GET', `/azure/journal?after=${after}`);
    if (typeof answer.last === 'number' && answer.last < after) {
      // the emulator was reset and its journal numbers again from 1: read it again from its start
      entries = [];
      after = 0;
      answer = await call('GET', '/azure/journal?after=0');
    }
    const fresh = answer.entries || [];
    entries = fresh.slice().reverse().concat(entries).slice(0, MOST_ENTRIES);
    after = typeof answer.last === 'number' ? answer.last : after;
    showProblem('journal-problem', '');
  } catch (failure) {
    showProblem('journal-problem', explain(failure));
  }
  drawJournal();
}

export function draw() {
  drawPresets();
  drawJournal();
}

function drawPresets() {
  const list = byId('presets');
  redraw(list, JSON.stringify([language(), presets]), (presets || []).map((preset) => el('li', { className: 'preset' },
    el('button', {
      type: 'button', role: 'switch', className: 'switch', id: `preset-${preset.name}`, 'data-focus': `preset-${preset.name}`,
      'aria-checked': preset.on ? 'true' : 'false', 'aria-describedby': `preset-${preset.name}-description`,
      onclick: (event) => toggle(event.currentTarget, preset),
    }, el('span', { className: 'track', 'aria-hidden': 'true' }), el('span', { className: 'name' }, preset.name)),
    el('span', { className: 'code' }, preset.code),
    el('p', { className: 'description', id: `preset-${preset.name}-description` }, preset.description))));
}

async function toggle(button, preset) {
  button.disabled = true;
  try {
    const path = `/azure/presets/${encodeURIComponent(preset.name)}`;
    const answer = preset.on ? await call('DELETE', path) : await call('PUT', path, {});
    presets = answer && answer.presets ? answer.presets : presets;
    showProblem('presets-problem', '');
  } catch (failure) {
    showProblem('presets-problem', explain(failure));
  } finally {
    button.disabled = false;
  }
  drawPresets();
  refreshJournal();
}

function drawJournal() {
  const list = byId('journal');
  redraw(list, JSON.stringify([language(), after, entries.length]), entries.length ? entries.map((entry) => el('li', {
    className: entry.status >= 400 ? 'failed' : 'passed',
  },
  el('time', { datetime: entry.at }, new Date(entry.at).toLocaleTimeString(language())),
  el('span', { className: 'method' }, entry.method),
  el('span', { className: 'path', title: entry.path }, entry.operation || entry.path),
  el('span', { className: 'status' }, entry.status),
  entry.code ? el('span', { className: 'code' }, entry.code) : null,
  entry.faulted ? el('span', { className: 'badge state-failing' }, t('journal.faulted')) : null))
    : [el('li', { className: 'hint' }, t('journal.empty'))]);
}
