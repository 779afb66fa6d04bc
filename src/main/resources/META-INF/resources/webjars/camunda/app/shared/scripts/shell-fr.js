// The Camunda webapps' shell in French and accessible, loaded by every app (scripts/config.js,
// customScripts: '../shared/scripts/shell-fr'); docs/architecture.md, "The webapps in French".
// The webapps' templates and the libraries they embed write a few strings in English whatever the
// locale, leave icon-only links and buttons without a name for screen readers, and show some raw
// variable names in tooltips: this mends them as they appear, without forking the webapps.
// The page's language is already right in the served HTML (web/WebappDelivery); this keeps it right
// if Camunda picks another locale than the server guessed.

const APP = (document.querySelector('base') || document.body).getAttribute('app-name') || '';

// Camunda's own choice (camunda-commons-ui): the browser's first language if the app offers it.
// Tasklist and the welcome page offer French only; Cockpit and Admin English too.
const FIRST = ((navigator.languages && navigator.languages[0]) || navigator.language || 'fr').toLowerCase();
const LANGUAGE = (APP === 'cockpit' || APP === 'admin') && FIRST.split('-')[0] === 'en' ? 'en' : 'fr';
if (document.documentElement.lang !== LANGUAGE) {
  document.documentElement.lang = LANGUAGE;
}
const FRENCH = LANGUAGE === 'fr';

// Exact strings (trimmed) written in English by the templates or libraries.
const WORDS = new Map([
  ['zoom in', 'Agrandir le schéma'],
  ['zoom out', 'Réduire le schéma'],
  ['reset zoom', 'Schéma entier, taille initiale'],
  ['Powered by bpmn.io', 'Propulsé par bpmn.io'],
  // the welcome page's name in its header and its window title
  ['Camunda Welcome', 'Camunda – Accueil'],
  // an empty value written raw by Cockpit (« Instance appelante : null » on an instance's page)
  ['null', 'aucune'],
  // Cockpit's header on a phone names its menu button by its raw translation key
  ['CAM_WIDGET_HEADER_TOGGLE_NAVIGATION', 'Afficher ou masquer le menu'],
  ['Close', 'Fermer'],
  ['Toggle this section', 'Afficher ou masquer cette section'],
  ['Click to remove sorting', 'Retirer le tri'],
  ['Next page', 'Page suivante'],
  ['Previous page', 'Page précédente'],
  ['dd/mm/yyyy', 'jj/mm/aaaa'],
  ['dd/mm/yyyy hh:mm', 'jj/mm/aaaa hh:mm'],
  ['task.assignee', 'Personne à qui la tâche est attribuée'],
  ['varName', 'nom de la variable'],
  // the example names of the welcome page's profile form
  ['Jonny', 'Camille'],
  ['Prosciutto', 'Martin'],
  ['j.prosciutto@acme.org', 'camille.martin@exemple.fr']
]);
const PATTERNS = [
  [/^Click to sort by (.+) descending$/, (label) => `Trier par « ${label} », ordre décroissant`],
  [/^Click to sort by (.+) ascending$/, (label) => `Trier par « ${label} », ordre croissant`],
  // Cockpit fixes its tables' date format to ISO (2026-10-05T09:00:00) whatever config.js says:
  // written the French way, to the second as Cockpit shows it.
  [
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/,
    (year, month, day, hour, minute, second) => `${day}/${month}/${year} ${hour}:${minute}:${second}`
  ]
];
const ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'alt'];

function french(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  const word = WORDS.get(trimmed);
  if (word) {
    return text.replace(trimmed, word);
  }
  for (const [pattern, replace] of PATTERNS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, replace(...match.slice(1)));
    }
  }
  return null;
}

// Names of icon-only controls that have no tooltip to borrow one from.
const NAMES = [
  ['[data-region="filters"].region-toggle', 'Afficher ou masquer les filtres'],
  ['[data-region="list"].region-toggle', 'Afficher ou masquer la liste des tâches'],
  ['[data-region="task"].region-toggle', 'Afficher ou masquer la tâche'],
  ['.maximize', 'Agrandir ou rétablir la tâche'],
  ['.cam-widget-search .dropdown-toggle', 'Recherches enregistrées'],
  ['.navbar .dropdown-toggle', 'Menu des applications'],
  ['.dropdown-toggle', 'Ouvrir le menu'],
  ['.sort-direction', 'Changer l’ordre du tri'],
  ['a[ng-click^="changeOrder"]', 'Changer l’ordre du tri'],
  ['.bjs-drilldown', 'Ouvrir le sous-processus'],
  ['a.app-label-wrapper[href*="/tasklist/"]', 'Tasklist'],
  ['a.app-label-wrapper[href*="/cockpit/"]', 'Cockpit'],
  ['a.app-label-wrapper[href*="/admin/"]', 'Admin'],
  ['[state-circle].circle-red', 'Ouvrir l’instance (avec incident)'],
  ['[state-circle]', 'Ouvrir l’instance'],
  ['.glyphicon-menu-down, .glyphicon-menu-up', 'Afficher ou masquer les détails'],
  ['input.toggle[type="radio"]', 'Compteurs sur le schéma']
];
const CONTROLS = 'a[href], a[ng-click], button, [role="button"], input.toggle[type="radio"]';

document.addEventListener('keydown', (event) => {
  const element = event.target;
  if ((event.key === 'Enter' || event.key === ' ') && element.matches && element.matches('a[ng-click][role="button"]:not([href])')) {
    event.preventDefault();
    element.click();
  }
});
const TOOLTIP_ATTRIBUTES = ['uib-tooltip', 'tooltip', 'title'];

// Bootstrap's hidden-xs, hidden-sm…: text shown on wide screens only (« Ajouter tri »).
const RESPONSIVE = /(^|\s)hidden-(xs|sm|md|lg)(\s|$)/;

function hasName(element) {
  if (element.getAttribute('aria-label') || element.getAttribute('aria-labelledby')) {
    return true;
  }
  if (element.tagName === 'INPUT') {
    return false;
  }
  // Text a screen reader reads: not hidden, not a template still waiting for its value.
  const text = [...element.childNodes]
    .map((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        return node.nodeValue;
      }
      if (
        node.nodeType !== Node.ELEMENT_NODE ||
        node.getAttribute('aria-hidden') === 'true' ||
        node.classList.contains('ng-hide') ||
        RESPONSIVE.test(node.className)
      ) {
        return '';
      }
      return node.textContent + (node.getAttribute('alt') || '');
    })
    .join('');
  return text.trim().length > 0 && !text.includes('{{');
}

function tooltipOf(element) {
  for (const candidate of [element, ...element.querySelectorAll('[uib-tooltip], [title]')]) {
    for (const attribute of TOOLTIP_ATTRIBUTES) {
      const value = candidate.getAttribute(attribute);
      if (value && value.trim() && !value.includes('{{')) {
        return french(value) || value.trim();
      }
    }
  }
  return null;
}

function nameControl(element) {
  const named = element.hasAttribute('data-shell-name');
  if (named ? false : hasName(element)) {
    return;
  }
  const wideOnly = [...element.children].find((child) => RESPONSIVE.test(child.className));
  let name = wideOnly && wideOnly.textContent.trim() && !wideOnly.textContent.includes('{{')
    ? wideOnly.textContent.trim()
    : tooltipOf(element);
  if (!name) {
    const known = NAMES.find(([selector]) => element.matches(selector));
    name = known && known[1];
  }
  if (name && element.getAttribute('aria-label') !== name) {
    element.setAttribute('aria-label', name);
    element.setAttribute('data-shell-name', '');
  }
}

function mendElement(element) {
  if (FRENCH) {
    for (const attribute of ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      const text = value && french(value);
      if (text && text !== value) {
        element.setAttribute(attribute, text);
      }
    }
  }
  const control = element.closest(CONTROLS);
  if (control) {
    nameControl(control);
  }
  // A link without an address that acts as a button (Cockpit's action buttons): a button for
  // screen readers (which then accept its name) and for the keyboard (Tab, Enter, Space).
  if (element.matches('a[ng-click]:not([href])') && !element.hasAttribute('role')) {
    element.setAttribute('role', 'button');
    element.setAttribute('tabindex', '0');
  }
  // Cockpit's « compteurs » switch on the diagram: a link acting as a button (above) that holds a
  // decorative radio button, a control nested in a control. The link says it all: the radio is
  // taken out of the tab order and of what screen readers read.
  if (element.matches('a[ng-click] input.toggle[type="radio"]') && !element.hasAttribute('inert')) {
    element.setAttribute('inert', '');
    element.setAttribute('tabindex', '-1');
    element.setAttribute('aria-hidden', 'true');
  }
  // Tasklist's task search field: a typeahead (aria-expanded) that does not say it is a combobox.
  if (element.matches('input[uib-typeahead][aria-expanded]:not([role])')) {
    element.setAttribute('role', 'combobox');
  }
}

function mend(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    const text = FRENCH && french(root.nodeValue);
    if (text && text !== root.nodeValue) {
      root.nodeValue = text;
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  mendElement(root);
  root.querySelectorAll('*').forEach(mendElement);
  if (FRENCH) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = french(node.nodeValue);
      if (text && text !== node.nodeValue) {
        node.nodeValue = text;
      }
    }
  }
}

// Tooltips (uib-tooltip) showing a raw variable name: Tasklist's task list labels its variables
// « Réseau », « Année scolaire »… but their tooltips read networkName, schoolYear. Show the label.
let trigger = null;
function rememberTrigger(event) {
  const element = event.target && event.target.closest && event.target.closest('[uib-tooltip]');
  if (element) {
    trigger = element;
  }
}
document.addEventListener('mouseover', rememberTrigger, true);
document.addEventListener('focusin', rememberTrigger, true);

const IDENTIFIER = /^[a-z][a-zA-Z0-9]*([A-Z.][a-zA-Z0-9]*)+$/;
function mendTooltip(tooltip) {
  const inner = tooltip.querySelector('.tooltip-inner');
  if (!inner || !trigger || !IDENTIFIER.test(inner.textContent.trim())) {
    return;
  }
  const label = trigger.textContent.trim().replace(/\s*:$/, '');
  if (label && !IDENTIFIER.test(label)) {
    inner.textContent = label;
  }
}

function mendAll(node) {
  mend(node);
  if (node.nodeType === Node.ELEMENT_NODE) {
    if (node.matches('.tooltip')) {
      mendTooltip(node);
    }
    node.querySelectorAll('.tooltip').forEach(mendTooltip);
  }
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(mendAll);
      if (mutation.target.nodeType === Node.ELEMENT_NODE) {
        mendElement(mutation.target);
      }
      if (mutation.target.nodeType === Node.ELEMENT_NODE && mutation.target.closest('.tooltip')) {
        mendTooltip(mutation.target.closest('.tooltip'));
      }
    } else if (mutation.type === 'characterData') {
      mend(mutation.target);
      if (mutation.target.parentElement) {
        mendElement(mutation.target.parentElement);
      }
      const tooltip = mutation.target.parentElement && mutation.target.parentElement.closest('.tooltip');
      if (tooltip) {
        mendTooltip(tooltip);
      }
    } else if (mutation.type === 'attributes') {
      const element = mutation.target;
      if (element.hasAttribute('data-shell-name') && mutation.attributeName !== 'aria-label') {
        // its tooltip changed (e.g. « Croissant » / « Décroissant »): name it again
        element.removeAttribute('aria-label');
        element.removeAttribute('data-shell-name');
      }
      mendElement(element);
    }
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...ATTRIBUTES, 'uib-tooltip', 'aria-expanded']
});
mend(document.body);
if (FRENCH && french(document.title)) {
  document.title = french(document.title);
}

// Nothing to add to the webapp: no plugin.
export default [];
