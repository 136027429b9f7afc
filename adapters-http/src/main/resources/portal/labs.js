// Labs started, hinted, checked and reset from the page; the story, symptom, hints and check lines shown.
import { call, explain } from './api.js';
import { t, language } from './texts.js';
import { byId, busy, el, redraw, showProblem } from './dom.js';

let labs = null;
let current = null;
let told = null; // what the page was told about the current lab: story, symptom, hints, last check or reset

export async function refresh() {
  try {
    const answer = await call('GET', '/labs');
    labs = answer.labs || [];
    current = answer.current || null;
    if (!current || (told && told.name !== current.name)) told = null;
    showProblem('labs-problem', '');
  } catch (failure) {
    labs = null;
    showProblem('labs-problem', explain(failure));
  }
  draw();
}

export function draw() {
  drawCurrent();
  redraw(byId('labs'), JSON.stringify([language(), labs, current && current.name]), (labs || []).map((lab) => el('li', { className: current && current.name === lab.name ? 'lab started' : 'lab' },
    el('div', {}, el('strong', {}, lab.title || lab.name), ' ', el('span', { className: 'code' }, lab.code),
      el('p', { className: 'description' }, lab.symptom)),
    el('button', {
      type: 'button', className: 'small', id: `lab-start-${lab.name}`, 'data-focus': `lab-start-${lab.name}`,
      'aria-label': t('labs.start.named', lab.title || lab.name), onclick: (event) => startLab(event.currentTarget, lab.name),
    }, current && current.name === lab.name ? t('labs.restart') : t('labs.start')))));
}

function drawCurrent() {
  const box = byId('lab-current');
  if (!current) {
    redraw(box, JSON.stringify([language(), null]), [el('p', { className: 'hint' }, t('labs.noneStarted'))]);
    return;
  }
  // The story ends with what the trainee meets; that part shows once, in the symptom's box.
  const symptom = told && told.symptom ? told.symptom : '';
  const story = (told ? told.story : []).filter((line) => !line.trim() || !symptom.includes(line.trim()));
  redraw(box, JSON.stringify([language(), current, told]), [el('div', { className: 'current', id: 'lab-panel' },
    el('h3', {}, t('labs.current', current.name), ' ', el('span', { className: 'code' }, current.code)),
    story.length ? el('div', { className: 'story' }, story.map((line) => el('p', {}, line))) : null,
    told && told.symptom ? el('div', { className: 'symptom' }, el('strong', {}, t('labs.symptom')), el('pre', { id: 'lab-symptom' }, told.symptom)) : null,
    el('div', { className: 'actions' },
      el('button', { type: 'button', id: 'lab-hint', 'data-focus': 'lab-hint', onclick: (event) => act(event.currentTarget, 'hints') }, t('labs.hint')),
      el('button', { type: 'button', id: 'lab-check', className: 'primary', 'data-focus': 'lab-check', onclick: (event) => act(event.currentTarget, 'check') }, t('labs.check')),
      el('button', { type: 'button', id: 'lab-reset', 'data-focus': 'lab-reset', onclick: (event) => act(event.currentTarget, 'reset') }, t('labs.reset'))),
    told && told.hints.length ? el('ol', { className: 'hints', id: 'lab-hints' }, told.hints.map((hint) =>
      el('li', {}, el('strong', {}, t('labs.hintNumber', hint.number, hint.of)), ' ', hint.text))) : null,
    told && told.outcome ? el('div', { className: `outcome ${told.outcome.kind}`, id: 'lab-outcome', role: 'status' },
      el('strong', {}, t(`labs.outcome.${told.outcome.kind}`)), told.outcome.lines.map((line) => el('p', {}, line))) : null)]);
}

async function startLab(button, name) {
  await busy(button, async () => {
    try {
      const started = await call('POST', `/labs/${encodeURIComponent(name)}/start`, {});
      told = { name: started.name, story: started.story || [], symptom: started.symptom, hints: [], outcome: null };
      showProblem('labs-problem', '');
    } catch (failure) {
      showProblem('labs-problem', explain(failure));
    }
  });
  await refresh();
  const panel = byId('lab-check');
  if (panel) panel.focus();
}

async function act(button, what) {
  const name = current.name;
  told = told || { name, story: [], symptom: null, hints: [], outcome: null };
  await busy(button, async () => {
    try {
      const answer = await call('POST', `/labs/${encodeURIComponent(name)}/${what}`, {});
      if (what === 'hints') told.hints = told.hints.filter((hint) => hint.number !== answer.number).concat([answer]);
      if (what === 'check') told.outcome = { kind: answer.passed ? 'passed' : 'failed', lines: answer.lines || [] };
      if (what === 'reset') told.outcome = { kind: 'reset', lines: answer.lines || [] };
      told = { ...told };
      showProblem('labs-problem', '');
    } catch (failure) {
      showProblem('labs-problem', explain(failure));
    }
  });
  if (what === 'reset') {
    const lines = told.outcome ? told.outcome.lines : [];
    await refresh();
    showProblem('labs-problem', '');
    byId('lab-current').prepend(el('div', { className: 'outcome reset', role: 'status', id: 'lab-outcome' },
      el('strong', {}, t('labs.outcome.reset')), lines.map((line) => el('p', {}, line))));
  } else {
    drawCurrent();
  }
}
