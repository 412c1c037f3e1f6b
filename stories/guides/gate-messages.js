// What each message of the translation gate (npm run i18n:check) means, and what to do, for the
// "For translators" page. `message` is the message as the gate prints it, each value as ‹name›;
// tests/node/guides.test.mjs compares this list with the messages in scripts/i18n/check.mjs itself.
// `who`: who acts on it — the translator, or the developer who changed the code.
export const GATE_MESSAGES = [
  {
    message: '‹locale›: message "‹id›" is missing from locales/‹locale›.xlf',
    who: 'developer',
    meaning: 'The code has a message that the language’s file lacks.',
    action: 'Run npm run localize:extract, which adds it; then it needs a translation.',
  },
  {
    message: '‹locale›: message "‹id›" has no translation',
    who: 'translator',
    meaning: 'The message has a <source> but no <target> in this language.',
    action: 'Add a <target> after the <source>, keeping every <x id="…"/> placeholder.',
  },
  {
    message: '‹locale›: message "‹id›" has an empty translation',
    who: 'translator',
    meaning: 'The <target> is there but holds nothing but white space.',
    action: 'Write the translation in it.',
  },
  {
    message:
      '‹locale›: message "‹id›" is the English text unchanged ("‹English›"); translate it, or add "‹locale›:‹id›" with a reason to scripts/i18n/allowlist.mjs',
    who: 'translator',
    meaning: 'The <target> equals the English <source>: usually a message left untranslated.',
    action:
      'Translate it. If the English is right in this language (a proper name, a cognate), ask a developer to add it to the allow-list with the reason.',
  },
  {
    message:
      'en: message "‹id›" has one placeholder for ‹n› values (‹values›); put text between them (e.g. "${a}, ${b}") or split them, so that a translator can reorder them',
    who: 'developer',
    meaning: 'Two values sit side by side in one placeholder, so no language can put them in another order.',
    action: 'Put text between the values in the code, or make two messages.',
  },
  {
    message: 'en: message "‹id›" has no description for the translator; give msg() a desc',
    who: 'developer',
    meaning: 'The message has no <note>: a translator cannot tell where it appears.',
    action: 'Give the msg() call a desc saying where the text appears and how long it may be.',
  },
  {
    message:
      'en: message "‹id›": its description names {‹name›}, which is none of its values; write each value as its placeholder names it: ‹values›',
    who: 'developer',
    meaning:
      'The note writes a value otherwise than the message’s placeholders name it (say {0} where the XLIFF has equiv-text="${organisation}"), so the note, the Docs tables and the XLIFF would disagree.',
    action: 'Write each value in the desc as {name}, the name in its placeholder’s equiv-text without the $.',
  },
  {
    message: 'en: message "‹id›": its description gives no "Length:" guidance for the translator',
    who: 'developer',
    meaning: 'The <note> says where the text appears but not how much room it has.',
    action: 'End the desc with "Length: …" (one line, up to about N characters; one or two words; …).',
  },
  {
    message:
      '‹locale›: extraction would change locales/‹locale›.xlf (‹what›); run "npm run localize:extract" and translate',
    who: 'developer',
    meaning:
      'The XLIFF files are not in step with the code. The part in brackets lists the messages concerned (the three lines below), or says "formatting or notes".',
    action:
      'Run npm run localize:extract, commit the files, and have the new or changed messages translated.',
  },
  {
    message: 'new in the code: ‹ids›',
    who: 'developer',
    meaning: 'Part of the message above: messages the files do not have yet.',
    action: 'Extract, then translate them in every language.',
  },
  {
    message: 'gone from the code: ‹ids›',
    who: 'developer',
    meaning: 'Part of the message above: messages the code no longer has; extraction drops them.',
    action: 'Extract. Nothing to translate.',
  },
  {
    message: 'English text changed: ‹ids›',
    who: 'translator',
    meaning: 'Part of the message above: the English of these messages changed since the files were made.',
    action: 'After extraction, check each translation against the new English and correct it.',
  },
  {
    message: 'allow-list entry "‹locale:id›" has no reason',
    who: 'developer',
    meaning: 'An entry of scripts/i18n/allowlist.mjs lets English text stand without saying why.',
    action: 'Write the reason (a proper name, a cognate, …) or remove the entry.',
  },
  {
    message: 'lit-localize extract failed:\n‹its output›',
    who: 'developer',
    meaning: 'The gate could not read the messages from the code (a TypeScript error, usually).',
    action: 'Fix what its output names; the gate checks nothing else until then.',
  },
  {
    message: '‹locale›: locales/‹file› does not exist',
    who: 'developer',
    meaning: 'lit-localize.json lists a language that has no XLIFF file.',
    action: 'Run npm run localize:extract, which creates it, then translate it.',
  },
  {
    message:
      '‹file:line›: two messages joined by white space in a template; make them one message, or let each language give the joiner (the space is wrong in Chinese)',
    who: 'developer',
    meaning: 'Two sentences are glued by a space in the code: a translator cannot change the space.',
    action: 'Make them one message, or a message that holds both with its own joiner.',
  },
  {
    message: 'src/localization.ts: no SHIPPED table of languages found',
    who: 'developer',
    meaning: 'The gate could not find the table of languages it compares with lit-localize.json.',
    action: 'Keep the table as `export const SHIPPED = { … }` in src/localization.ts.',
  },
  {
    message:
      '‹locale›: in lit-localize.json but not in the SHIPPED table of src/localization.ts (endonym, dir, script)',
    who: 'developer',
    meaning: 'A language was added to the translations but not to the library’s list of languages.',
    action: 'Add its row (endonym, direction, script, loader), as the README’s "Add a language" says.',
  },
  {
    message: '‹locale›: in the SHIPPED table of src/localization.ts but not in lit-localize.json',
    who: 'developer',
    meaning: 'The library lists a language that has no translations.',
    action: 'Add the code to targetLocales in lit-localize.json, or remove the row.',
  },
  {
    message: 'locales/‹file› belongs to no target locale in lit-localize.json',
    who: 'developer',
    meaning: 'An XLIFF file in locales/ is for a language the project does not list.',
    action: 'Add its code to lit-localize.json, or delete the file.',
  },
  {
    message: 'i18n:check failed with ‹n› problem(s):',
    who: 'both',
    meaning: 'The first line of a failure; the problems follow, one a line, each after "- ".',
    action: 'Work through the lines below it.',
  },
  {
    message: 'i18n:check: every message is extracted and translated in every locale.',
    who: 'both',
    meaning: 'All is well.',
    action: 'Nothing.',
  },
];
