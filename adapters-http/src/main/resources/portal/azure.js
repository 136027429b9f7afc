// The Azure side as a CSP sees it: registrations, their customer subscriptions and multi-tenancy approvals.
import { call, explain } from './api.js';
import { t, language } from './texts.js';
import { byId, busy, el, redraw, showProblem } from './dom.js';

let registrations = null;

export async function refresh() {
  try {
    const answer = await call('GET', '/azure/registrations');
    registrations = answer.registrations || [];
    showProblem('registrations-problem', '');
  } catch (failure) {
    registrations = null;
    showProblem('registrations-problem', explain(failure));
  }
  draw();
}

export function draw() {
  const box = byId('registrations');
  if (!registrations) {
    redraw(box, 'none', []);
    return;
  }
  if (!registrations.length) {
    redraw(box, JSON.stringify([language(), 0]), [el('p', { className: 'hint' }, t('registrations.none'))]);
    return;
  }
  redraw(box, JSON.stringify([language(), registrations]), [el('table', { className: 'grid', id: 'registrations-table' },
    el('thead', {}, el('tr', {}, ['name', 'subscription', 'resourceGroup', 'billingModel', 'cloudId', 'multiTenancy', 'customers']
      .map((column) => el('th', { scope: 'col' }, t(`registrations.${column}`))))),
    el('tbody', {}, registrations.map(row)))]);
}

function row(registration) {
  const approved = registration.multiTenancyApproved;
  const action = approved ? 'revoke' : 'approve';
  const customers = registration.customerSubscriptions || [];
  return el('tr', { 'data-registration': registration.name },
    el('th', { scope: 'row' }, registration.name),
    el('td', { className: 'mono' }, registration.subscriptionId),
    el('td', {}, registration.resourceGroup),
    el('td', {}, registration.billingModel),
    el('td', { className: 'mono' }, registration.cloudId || '—'),
    el('td', {},
      el('span', { className: `badge ${approved ? 'status-registered' : 'status-notregistered'}` },
        approved ? t('registrations.approved') : t('registrations.notApproved')), ' ',
      el('button', {
        type: 'button', className: 'small', 'data-focus': `${action}-${registration.id}`,
        'aria-label': t(`registrations.${action}.named`, registration.name),
        onclick: (event) => decide(event.currentTarget, registration.id, approved),
      }, t(`registrations.${action}`))),
    el('td', {}, customers.length
      ? el('ul', { className: 'plain' }, customers.map((customer) => el('li', {}, customer.name,
        el('span', { className: 'mono dim' }, ` ${customer.tenantId}`))))
      : el('span', { className: 'dim' }, t('registrations.noCustomers'))));
}

async function decide(button, registrationId, approved) {
  await busy(button, async () => {
    try {
      if (approved) await call('DELETE', `/azure/approvals?registrationId=${encodeURIComponent(registrationId)}`);
      else await call('POST', '/azure/approvals', { registrationId });
      showProblem('registrations-problem', '');
    } catch (failure) {
      showProblem('registrations-problem', explain(failure));
    }
  });
  await refresh();
}
