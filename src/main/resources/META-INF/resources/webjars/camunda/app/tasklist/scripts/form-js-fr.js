// Loaded by Tasklist (scripts/config.js, customScripts). Camunda Forms (form-js 1.8) write their
// validation messages and a few buttons in English whatever the locale, and Tasklist's translations
// do not reach them: this puts them in French as they appear. Dates follow the browser's locale
// (day/month/year in French); their placeholder, written in English letters, reads jj/mm/aaaa.
const TEXTS = [
  [/^Field is required\.$/, () => 'Ce champ est obligatoire.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Au moins ${n} caractères.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Au plus ${n} caractères.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `La valeur doit être au moins ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `La valeur doit être au plus ${n}.`],
  [/^Field must match pattern .*$/, () => "Le format n'est pas celui demandé (voir l'aide sous le champ)."],
  [/^Field must be a valid email\.$/, () => 'Adresse électronique invalide.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Numéro de téléphone invalide (format international).'],
  [/^Date must match pattern .*$/, () => 'Date invalide : jj/mm/aaaa.'],
  [/^Date and time must both be entered\.$/, () => 'La date et l’heure sont toutes deux nécessaires.'],
  [/^Time must match pattern .*$/, () => 'Heure invalide : hh:mm.'],
  [/^(dd\/mm\/yyyy|mm\/dd\/yyyy)$/i, () => 'jj/mm/aaaa'],
  [/^Add new$/, () => 'Ajouter'],
  [/^No results$/, () => 'Aucun résultat'],
  [/^No values$/, () => 'Aucune valeur'],
  [/^No content to show\.$/, () => 'Rien à afficher.'],
  [/^Select$/, () => 'Choisir'],
  [/^Search$/, () => 'Rechercher'],
  [/^Remove item$/, () => 'Retirer'],
  // a dynamic list's row: the remove button's name, read by screen readers (icon only)
  [/^Remove list item (\d+)$/, (n) => `Retirer la ligne ${n}`],
  [/^Expand all \((\d+)\)$/, (n) => `Tout déplier (${n})`],
  [/^Remove tag$/, () => 'Retirer'],
  [/^Collapse$/, () => 'Replier'],
  [/^Expand$/, () => 'Déplier'],
  [/^Clear$/, () => 'Effacer']
];

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

function french(text) {
  const trimmed = text.trim();
  for (const [pattern, replace] of TEXTS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, replace(...match.slice(1)));
    }
  }
  return null;
}

function translate(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    const text = french(root.nodeValue);
    if (text !== null && text !== root.nodeValue) {
      root.nodeValue = text;
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const elements = [root, ...root.querySelectorAll('*')];
  for (const element of elements) {
    for (const attribute of ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      const text = value && french(value);
      if (text && text !== value) {
        element.setAttribute(attribute, text);
      }
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = french(node.nodeValue);
    if (text !== null && text !== node.nodeValue) {
      node.nodeValue = text;
    }
  }
}

// The date picker (flatpickr) of form-js has no French of its own: give each one French names.
const FLATPICKR_FR = {
  weekdays: {
    shorthand: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    longhand: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']
  },
  months: {
    shorthand: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    longhand: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
      'novembre', 'décembre']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' au ',
  weekAbbreviation: 'Sem.',
  scrollTitle: 'Défiler pour augmenter la valeur',
  toggleTitle: 'Cliquer pour basculer',
  time_24hr: true,
  ordinal: () => ''
};

function frenchDatePickers(root) {
  const inputs = root.querySelectorAll ? root.querySelectorAll('input.flatpickr-input') : [];
  inputs.forEach((input) => {
    const picker = input._flatpickr;
    if (picker && !picker.__french) {
      picker.__french = true;
      picker.set('locale', FLATPICKR_FR);
    }
  });
}

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element && element.closest('.fjs-container');
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData' && inForm(mutation.target)) {
      translate(mutation.target);
    } else if (mutation.type === 'attributes' && inForm(mutation.target)) {
      translate(mutation.target);
    } else {
      mutation.addedNodes.forEach((node) => inForm(node) && translate(node));
    }
  }
  for (const mutation of mutations) {
    if (mutation.addedNodes.length && inForm(mutation.target)) {
      frenchDatePickers(mutation.target.closest('.fjs-container') || document);
      break;
    }
  }
}).observe(document.body, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});

export default {};
