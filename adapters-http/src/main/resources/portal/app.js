// The portal: sections as tabs, the language switch, and a poll of the API every 2 s while the tab is visible.
import { apply, choose, language, load, t } from './texts.js';
import { byId, showProblem } from './dom.js';
import * as stack from './stack.js';
import * as bridge from './bridge.js';
import * as azure from './azure.js';
import * as usage from './usage.js';
import * as training from './training.js';
import * as labs from './labs.js';
import * as support from './support.js';
import * as key from './key.js';

const EVERY = 2000;
const SECTIONS = {
  stack: [stack],
  azure: [azure, usage],
  training: [training, labs],
  support: [],
};
const STORED = 'stackbridge.portal.section';

let section = 'stack';
let polling = false;
let again = false;
let timer = null;

function show(next, focus) {
  section = Object.prototype.hasOwnProperty.call(SECTIONS, next) ? next : 'stack';
  for (const tab of document.querySelectorAll('.tab')) {
    const chosen = tab.dataset.section === section;
    tab.setAttribute('aria-current', chosen ? 'page' : 'false');
    byId(tab.dataset.section).hidden = !chosen;
    if (chosen && focus) tab.focus();
  }
  try {
    sessionStorage.setItem(STORED, section);
  } catch (private_) {
    // the section is simply not remembered
  }
  if (section === 'azure') usage.shown();
  poll();
}

/** One round of reads for the section in view; never two at once (one asked for meanwhile follows at once). */
async function poll() {
  clearTimeout(timer);
  if (polling) {
    again = true;
    return;
  }
  polling = true;
  try {
    if (document.visibilityState === 'visible') {
      await Promise.all(SECTIONS[section].map((part) => part.refresh()));
      byId('freshness').textContent = t('page.updated', new Date().toLocaleTimeString(language()));
    }
  } catch (failure) {
    // each part shows its own problems; one that slipped through must not stop the updates
  } finally {
    polling = false;
    timer = setTimeout(poll, again ? 0 : EVERY);
    again = false;
  }
}

async function switchLanguage(event) {
  await choose(event.target.value);
  apply();
  for (const part of [stack, azure, usage, training, labs]) part.draw();
  poll();
}

async function begin() {
  key.takeFromAddress();
  key.start();
  document.addEventListener('stackbridge-key', () => poll());
  try {
    await load();
    apply();
  } catch (failure) {
    showProblem('page-problem', 'The portal could not load its texts. Le portail n’a pas pu charger ses textes.');
  }
  byId('language').value = language();
  byId('language').addEventListener('change', switchLanguage);
  for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => show(tab.dataset.section, false));
  for (const part of [stack, bridge, usage, support]) part.start();
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && poll());
  let remembered = null;
  try {
    remembered = sessionStorage.getItem(STORED);
  } catch (private_) {
    remembered = null;
  }
  show(location.hash.slice(1) || remembered || 'stack', false);
}

begin();
