// The page's sentences, from /api/texts in the chosen language (remembered in localStorage).
const STORED = 'stackbridge.portal.language';
const SUPPORTED = ['en', 'fr'];

let chosen = pick();
let texts = {};

/** The language of the page: the one chosen before, else the browser's first supported one, else English. */
function pick() {
  try {
    const remembered = localStorage.getItem(STORED);
    if (SUPPORTED.includes(remembered)) return remembered;
  } catch (private_) {
    // no storage: fall back on the browser's languages
  }
  const wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'])
    .map((tag) => String(tag).toLowerCase().split('-')[0]);
  return wanted.find((tag) => SUPPORTED.includes(tag)) || 'en';
}

export function language() {
  return chosen;
}

/** Chooses a language, remembers it and loads its sentences. */
export async function choose(next) {
  chosen = SUPPORTED.includes(next) ? next : 'en';
  try {
    localStorage.setItem(STORED, chosen);
  } catch (private_) {
    // not remembered, still used
  }
  await load();
}

/** Loads the sentences of the chosen language (the English words in the page stay when it fails). */
export async function load() {
  const response = await fetch('/_stackbridge/portal/api/texts', {
    headers: { Accept: 'application/json', 'Accept-Language': chosen },
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`texts: ${response.status}`);
  const answer = await response.json();
  texts = answer.texts || {};
  document.documentElement.lang = chosen;
}

/** The sentence of {@code key} with {0}, {1}… filled; the key itself when the bundle lacks it. */
export function t(key, ...values) {
  const pattern = texts[key];
  if (pattern === undefined) return key;
  return pattern.replace(/\{(\d+)\}/g, (whole, index) => (values[index] === undefined ? whole : String(values[index])));
}

/** Writes the sentences into the elements that name a key (data-text, data-text-aria-label). */
export function apply(root = document) {
  for (const element of root.querySelectorAll('[data-text]')) element.textContent = t(element.dataset.text);
  for (const element of root.querySelectorAll('[data-text-aria-label]')) {
    element.setAttribute('aria-label', t(element.dataset.textAriaLabel));
  }
  document.title = t('page.documentTitle');
}
