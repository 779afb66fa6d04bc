// Overrides the webapp's default configuration (same path in camunda-webapp-webjar); docs/architecture.md.
export default {
  locales: {
    // French by default; a browser set to English gets English.
    availableLocales: ['fr', 'en'],
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
  // The shell's remaining English strings and the names of its icon-only controls (all apps).
  customScripts: ['../shared/scripts/shell-fr']
};
