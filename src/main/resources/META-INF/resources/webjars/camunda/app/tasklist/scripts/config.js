// Overrides the webapp's default configuration (same path in camunda-webapp-webjar); docs/architecture.md.
export default {
  locales: {
    // Participants' apps: French whatever the browser's language (a school computer may be set to English).
    availableLocales: ['fr'],
    fallbackLocale: 'fr'
  },
  // Dates as French readers expect them (moment formats; the French names come from locales/fr.json).
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY, HH:mm',
    normal: 'D MMMM YYYY, HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'D MMMM YYYY'
  },
  // No "welcome to Camunda" notice on the first visit: the guides (docs/guide/) say where to start.
  disableWelcomeMessage: true,
  // form-js messages (validation, dynamic lists) in French: scripts/form-js-fr.js; forms usable with
  // a keyboard and a screen reader: scripts/forms-access.js (docs/accessibility.md); the shell's
  // remaining English strings and the names of its icon-only controls: ../shared/scripts/shell-fr.js
  customScripts: ['scripts/form-js-fr', 'scripts/forms-access', '../shared/scripts/shell-fr']
};
