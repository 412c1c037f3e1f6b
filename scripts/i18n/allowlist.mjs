// Translations that may equal the English source text: true proper names and cognates only.
// Key: "<locale>:<message id>"; value: why the English form is right in that language.
// The translation gate (scripts/i18n/check.mjs) refuses an entry without a reason.
export const identicalAllowed = {
  // French spells the word for a navigation menu the same way ("le menu").
  'fr:nav.menu': 'French word for a menu is "Menu", as on French government sites',
  // "Message" is the French word for a message (un message), as in ITU's French pages.
  'fr:message.heading': 'French word for a message is "Message"',
};
