/**
 * Demo content for the stories and the example site: the 2004 WSIS page's bar, its footer links, a
 * breadcrumb and a few other labels, in the six languages, as a site would publish them. This is site
 * content, not the library's messages: it is not in the XLIFF, and a site translates its own.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WsisNavItem } from '../src/components/nav/wsis-nav.js';

type Code = 'en' | 'ar' | 'es' | 'fr' | 'ru' | 'zh-Hans';

interface Bar {
  basic: string;
  geneva: string;
  genevaPages: [string, string, string];
  tunis: string;
  tunisPages: [string, string, string];
  stocktaking: string;
  newsroom: string;
  links: string;
  home: string;
  /** Demo landmark names, for the stories that show `label`. */
  phases: string;
  footer: string;
  trail: string;
  /** The name of a site's own main navigation landmark (screen readers add "navigation"). */
  main: string;
  /** A site's link that reopens the cookie notice (`data-wsis-privacy-reopen`). */
  cookieSettings: string;
  /** A site's own text for a skip link that goes to the message (the skip link's default slot). */
  skipToMessage: string;
  /** The title of the 2004 message page, for `<title>` in the server-rendered site. */
  pageTitle: string;
}

const BARS: Record<Code, Bar> = {
  en: {
    basic: 'Basic information',
    geneva: 'First phase: Geneva',
    genevaPages: ['Declaration of Principles', 'Plan of Action', 'Summit documents'],
    tunis: 'Second phase: Tunis',
    tunisPages: ['Tunis Commitment', 'Tunis Agenda for the Information Society', 'Preparatory process'],
    stocktaking: 'Stocktaking',
    newsroom: 'Newsroom',
    links: 'Links',
    home: 'Home',
    phases: 'Phases',
    footer: 'Footer',
    trail: 'You are here',
    main: 'Main',
    cookieSettings: 'Cookie settings',
    skipToMessage: 'Skip to the message',
    pageTitle: 'Message from the Secretary-General of ITU – WSIS',
  },
  ar: {
    basic: 'معلومات أساسية',
    geneva: 'المرحلة الأولى: جنيف',
    genevaPages: ['إعلان المبادئ', 'خطة العمل', 'وثائق القمة'],
    tunis: 'المرحلة الثانية: تونس',
    tunisPages: ['التزام تونس', 'برنامج عمل تونس لمجتمع المعلومات', 'العملية التحضيرية'],
    stocktaking: 'عملية الحصر',
    newsroom: 'غرفة الأخبار',
    links: 'روابط',
    home: 'الصفحة الرئيسية',
    phases: 'مراحل القمة',
    footer: 'التذييل',
    trail: 'أنت هنا',
    main: 'القائمة الرئيسية',
    cookieSettings: 'إعدادات ملفات تعريف الارتباط',
    skipToMessage: 'الانتقال إلى الرسالة',
    pageTitle: 'رسالة من الأمين العام للاتحاد الدولي للاتصالات – القمة العالمية لمجتمع المعلومات',
  },
  es: {
    basic: 'Información básica',
    geneva: 'Primera fase: Ginebra',
    genevaPages: ['Declaración de Principios', 'Plan de Acción', 'Documentos de la Cumbre'],
    tunis: 'Segunda fase: Túnez',
    tunisPages: [
      'Compromiso de Túnez',
      'Agenda de Túnez para la Sociedad de la Información',
      'Proceso preparatorio',
    ],
    stocktaking: 'Inventario',
    newsroom: 'Sala de prensa',
    links: 'Enlaces',
    home: 'Inicio',
    phases: 'Fases',
    footer: 'Pie de página',
    trail: 'Usted está aquí',
    main: 'Principal',
    cookieSettings: 'Configuración de cookies',
    skipToMessage: 'Ir al mensaje',
    pageTitle: 'Mensaje del Secretario General de la UIT – CMSI',
  },
  fr: {
    basic: 'Informations de base',
    geneva: 'Première phase\u00a0: Genève',
    genevaPages: ['Déclaration de principes', 'Plan d’action', 'Documents du Sommet'],
    tunis: 'Deuxième phase\u00a0: Tunis',
    tunisPages: [
      'Engagement de Tunis',
      'Agenda de Tunis pour la société de l’information',
      'Processus préparatoire',
    ],
    stocktaking: 'Inventaire',
    newsroom: 'Salle de presse',
    links: 'Liens',
    home: 'Accueil',
    phases: 'Phases',
    footer: 'Pied de page',
    trail: 'Vous êtes ici',
    main: 'Principale',
    cookieSettings: 'Paramètres des cookies',
    skipToMessage: 'Aller au message',
    pageTitle: 'Message du Secrétaire général de l’UIT – SMSI',
  },
  ru: {
    basic: 'Основная информация',
    geneva: 'Первый этап: Женева',
    genevaPages: ['Декларация принципов', 'План действий', 'Документы Встречи на высшем уровне'],
    tunis: 'Второй этап: Тунис',
    tunisPages: [
      'Тунисское обязательство',
      'Тунисская программа для информационного общества',
      'Подготовительный процесс',
    ],
    stocktaking: 'Подведение итогов',
    newsroom: 'Пресс-центр',
    links: 'Ссылки',
    home: 'Главная',
    phases: 'Этапы',
    footer: 'Нижний колонтитул',
    trail: 'Вы здесь',
    main: 'Основная',
    cookieSettings: 'Настройки файлов cookie',
    skipToMessage: 'Перейти к посланию',
    pageTitle: 'Послание Генерального секретаря МСЭ – ВВУИО',
  },
  'zh-Hans': {
    basic: '基本信息',
    geneva: '第一阶段：日内瓦',
    genevaPages: ['原则宣言', '行动计划', '峰会文件'],
    tunis: '第二阶段：突尼斯',
    tunisPages: ['突尼斯承诺', '信息社会突尼斯议程', '筹备进程'],
    stocktaking: '盘点',
    newsroom: '新闻中心',
    links: '链接',
    home: '首页',
    phases: '阶段',
    footer: '页脚',
    trail: '当前位置',
    main: '主要',
    cookieSettings: 'Cookie设置',
    skipToMessage: '跳至致辞',
    pageTitle: '国际电联秘书长致辞 – 信息社会世界峰会',
  },
};

/** The demo bar's labels in `locale` (English when the locale has none). */
export function bar(locale: unknown): Bar {
  return BARS[(locale as Code) in BARS ? (locale as Code) : 'en'];
}

/** The bar as data, for the `items` property. */
export function barItems(locale: unknown, current = '/newsroom'): WsisNavItem[] {
  const b = bar(locale);
  const mark = (item: WsisNavItem): WsisNavItem => ({
    ...item,
    current: item.href === current,
    children: item.children?.map(mark),
  });
  return [
    { label: b.basic, href: '/basic' },
    {
      label: b.geneva,
      href: '/geneva',
      children: [
        { label: b.genevaPages[0], href: '/geneva/declaration' },
        { label: b.genevaPages[1], href: '/geneva/plan' },
        { label: b.genevaPages[2], href: '/geneva/documents' },
      ],
    },
    {
      label: b.tunis,
      href: '/tunis',
      children: [
        { label: b.tunisPages[0], href: '/tunis/commitment' },
        { label: b.tunisPages[1], href: '/tunis/agenda' },
        { label: b.tunisPages[2], href: '/tunis/prepcom' },
      ],
    },
    { label: b.stocktaking, href: '/stocktaking' },
    { label: b.newsroom, href: '/newsroom' },
    { label: b.links, href: '/links' },
  ].map(mark);
}

/**
 * The original page's bar written as plain links, in the story's language. With `serverItems`, the
 * same links are also passed as `items`, which is what a server render needs (it cannot read the
 * light DOM) to put the finished bar in its HTML; in the browser the element reads the light DOM.
 */
export function lightBar(
  locale: unknown,
  label = '',
  currentFromLocation = false,
  serverItems = false,
  slot?: string,
) {
  const b = bar(locale);
  return html`<wsis-nav
    slot=${ifDefined(slot)}
    label=${label}
    ?current-from-location=${currentFromLocation}
    .items=${serverItems ? barItems(locale) : undefined}
  >
    <ul>
      <li><a href="/basic">${b.basic}</a></li>
      <li>
        <a href="/geneva">${b.geneva}</a>
        <ul>
          <li><a href="/geneva/declaration">${b.genevaPages[0]}</a></li>
          <li><a href="/geneva/plan">${b.genevaPages[1]}</a></li>
          <li><a href="/geneva/documents">${b.genevaPages[2]}</a></li>
        </ul>
      </li>
      <li>
        <a href="/tunis">${b.tunis}</a>
        <ul>
          <li><a href="/tunis/commitment">${b.tunisPages[0]}</a></li>
          <li><a href="/tunis/agenda">${b.tunisPages[1]}</a></li>
          <li><a href="/tunis/prepcom">${b.tunisPages[2]}</a></li>
        </ul>
      </li>
      <li><a href="/stocktaking">${b.stocktaking}</a></li>
      <li><a href="/newsroom" aria-current="page">${b.newsroom}</a></li>
      <li><a href="/links">${b.links}</a></li>
    </ul>
  </wsis-nav>`;
}

/** A site's own plain navigation (not `<wsis-nav>`): the bar's top-level links, in the story's language. */
export function plainNav(locale: unknown, slot?: string) {
  const b = bar(locale);
  return html`<nav slot=${ifDefined(slot)} class="demo-plain-nav" aria-label=${b.main}>
    <ul>
      <li><a href="#basic">${b.basic}</a></li>
      <li><a href="#geneva">${b.geneva}</a></li>
      <li><a href="#tunis">${b.tunis}</a></li>
      <li><a href="#stocktaking">${b.stocktaking}</a></li>
      <li><a href="#newsroom" aria-current="page">${b.newsroom}</a></li>
      <li><a href="#links">${b.links}</a></li>
    </ul>
  </nav>`;
}

/**
 * The footer's link group as the 2004 page had it, written as a site does: a plain
 * `<nav aria-label="Footer">` with a list (no "|" separators for screen readers to read out), in the
 * story's language.
 */
export function footerNav(locale: unknown) {
  const b = bar(locale);
  return html`<nav class="demo-footer-nav" aria-label=${b.footer}>
    <ul>
      <li><a href="/basic">${b.basic}</a></li>
      <li><a href="/geneva">${b.geneva}</a></li>
      <li><a href="/tunis">${b.tunis}</a></li>
      <li><a href="/stocktaking">${b.stocktaking}</a></li>
      <li><a href="/newsroom">${b.newsroom}</a></li>
      <li><a href="/links">${b.links}</a></li>
    </ul>
  </nav>`;
}
