// Small DOM helpers: building elements, showing problems, keeping focus across a redraw.

/** An element with attributes (on* keys become listeners) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'className') element.className = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function byId(id) {
  return document.getElementById(id);
}

/** Shows a problem in words in its place, or hides the place when there is none. */
export function showProblem(id, text) {
  const place = byId(id);
  if (!place) return;
  place.hidden = !text;
  if (place.textContent !== (text || '')) place.textContent = text || '';
}

/** A term and its value, for a definition list; an empty value shows a dash. */
export function property(term, value, id) {
  const shown = value === undefined || value === null || value === '' ? '—' : String(value);
  return [el('dt', {}, term), el('dd', id ? { id } : {}, shown)];
}

/**
 * Replaces the children of {@code container} with {@code children} only when {@code signature} changed
 * (a poll that brings the same data changes nothing), and gives the focus back to the element with the
 * same data-focus key when the focus was inside.
 */
export function redraw(container, signature, children) {
  if (container.dataset.signature === signature) return false;
  container.dataset.signature = signature;
  const focused = document.activeElement;
  const key = focused && container.contains(focused) ? focused.dataset.focus : undefined;
  container.replaceChildren(...children.flat());
  if (key) {
    const again = container.querySelector(`[data-focus="${CSS.escape(key)}"]`);
    if (again) again.focus();
  }
  return true;
}

/** Runs {@code work} with {@code button} disabled, so a double click does not send twice. */
export async function busy(button, work) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** An instant as the reader's locale writes it (date and time to the second), or a dash. */
export function when(instant, language) {
  if (!instant) return '—';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  return date.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'medium' });
}
