/** The official names the tests expect, as the UN, ITU and WSIS write them in each language. */
export const NAMES: Record<string, Record<'un' | 'itu' | 'wsis', [full: string, short: string]>> = {
  en: {
    un: ['United Nations', 'UN'],
    itu: ['International Telecommunication Union', 'ITU'],
    wsis: ['World Summit on the Information Society', 'WSIS'],
  },
  fr: {
    un: ['Organisation des Nations Unies', 'ONU'],
    itu: ['Union internationale des télécommunications', 'UIT'],
    wsis: ['Sommet mondial sur la société de l’information', 'SMSI'],
  },
  es: {
    un: ['Naciones Unidas', 'ONU'],
    itu: ['Unión Internacional de Telecomunicaciones', 'UIT'],
    wsis: ['Cumbre Mundial sobre la Sociedad de la Información', 'CMSI'],
  },
  ru: {
    un: ['Организация Объединенных Наций', 'ООН'],
    itu: ['Международный союз электросвязи', 'МСЭ'],
    wsis: ['Всемирная встреча на высшем уровне по вопросам информационного общества', 'ВВУИО'],
  },
  'zh-Hans': {
    un: ['联合国', '联合国'],
    itu: ['国际电信联盟', '国际电联'],
    wsis: ['信息社会世界峰会', '信息社会世界峰会'],
  },
  ar: {
    un: ['الأمم المتحدة', 'الأمم المتحدة'],
    itu: ['الاتحاد الدولي للاتصالات', 'الاتحاد الدولي للاتصالات'],
    wsis: ['القمة العالمية لمجتمع المعلومات', 'القمة العالمية لمجتمع المعلومات'],
  },
};

/**
 * The accessible name of a logo that shows its wordmark: the full name, with the short form added
 * when the full name does not contain it (WCAG 2.5.3), in the brackets of the language.
 */
export function logoName(code: string, org: 'un' | 'itu' | 'wsis'): string {
  const [full, short] = NAMES[code][org];
  if (full.includes(short)) return full;
  return code === 'zh-Hans' ? `${full}（${short}）` : `${full} (${short})`;
}
