import { Menu, type MenuItemConstructorOptions, app } from 'electron';
import { languageForLocale, resources } from '../../shared/i18n/resources';
import { type Language, languageSchema } from '../../shared/ipc/contract';
import type { Handlers } from '../core/dispatch';
import { openExternalSafely } from './security';

export const KUBERNETES_DOCS_URL = 'https://kubernetes.io/docs/';

export type MenuActions = {
  chooseLanguage: (language: Language) => void;
  openDocumentation: () => void;
};

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu in one language. Roles give each item its platform behaviour and shortcut;
 * the labels come from the shared i18n strings, so menu and page always speak the same language.
 */
export function buildMenuTemplate(
  language: Language,
  actions: MenuActions,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const strings = resources[language].menu;
  const isMac = platform === 'darwin';

  // Each language is named in itself, so a user who cannot read the current one still finds theirs.
  const languageItems = languageSchema.options.map(
    (option): MenuItemConstructorOptions => ({
      label: resources[option].common.languages[option],
      type: 'radio',
      checked: option === language,
      click: () => actions.chooseLanguage(option),
    }),
  );

  const macAppMenu: MenuItemConstructorOptions[] = isMac
    ? [{ label: app.name, submenu: [{ role: 'about', label: strings.about }, separator, { role: 'quit', label: strings.quit }] }]
    : [];

  return [
    ...macAppMenu,
    {
      label: strings.file,
      submenu: [isMac ? { role: 'close', label: strings.close } : { role: 'quit', label: strings.quit }],
    },
    {
      label: strings.edit,
      submenu: [
        { role: 'undo', label: strings.undo },
        { role: 'redo', label: strings.redo },
        separator,
        { role: 'cut', label: strings.cut },
        { role: 'copy', label: strings.copy },
        { role: 'paste', label: strings.paste },
        { role: 'selectAll', label: strings.selectAll },
      ],
    },
    {
      label: strings.view,
      submenu: [
        { role: 'reload', label: strings.reload },
        separator,
        { role: 'resetZoom', label: strings.resetZoom },
        { role: 'zoomIn', label: strings.zoomIn },
        { role: 'zoomOut', label: strings.zoomOut },
        separator,
        { role: 'togglefullscreen', label: strings.toggleFullScreen },
        separator,
        { label: strings.language, submenu: languageItems },
      ],
    },
    {
      label: strings.window,
      submenu: [
        { role: 'minimize', label: strings.minimize },
        { role: 'close', label: strings.close },
      ],
    },
    {
      role: 'help',
      label: strings.help,
      submenu: [
        { label: strings.learnKubernetes, click: actions.openDocumentation },
        ...(isMac ? [] : [separator, { role: 'about', label: strings.about } satisfies MenuItemConstructorOptions]),
      ],
    },
  ];
}

export type ApplicationMenuOptions = {
  handlers: Pick<Handlers, 'loadPreferences' | 'savePreferences'>;
  /** The OS locale: the language until the user picks one. */
  locale: string;
  /** Runs once a language picked from the menu is saved and the menu rebuilt, so the window can follow. */
  onLanguageChosen: (language: Language) => void;
};

export type ApplicationMenu = {
  /** Rebuilds the menu in this language, e.g. after the page switched language itself. */
  showLanguage: (language: Language) => void;
};

/**
 * Shows the menu in the saved language (or the OS locale's) and saves the user's choice from its
 * Language submenu.
 */
export async function installApplicationMenu({
  handlers,
  locale,
  onLanguageChosen,
}: ApplicationMenuOptions): Promise<ApplicationMenu> {
  const showLanguage = (language: Language): void => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language, actions)));
  };

  const actions: MenuActions = {
    chooseLanguage: (language) => {
      handlers.savePreferences({ language }).then(
        () => {
          showLanguage(language);
          onLanguageChosen(language);
        },
        (error: unknown) => console.error('Could not save the language:', error),
      );
    },
    openDocumentation: () => {
      openExternalSafely(KUBERNETES_DOCS_URL).catch((error: unknown) =>
        console.error(`Could not open ${KUBERNETES_DOCS_URL}:`, error),
      );
    },
  };

  // An unreadable preferences file is reported by the page when it loads them; the menu just
  // falls back to the OS language.
  const saved = await handlers.loadPreferences({}).catch(() => null);
  showLanguage(saved?.language ?? languageForLocale(locale));
  return { showLanguage };
}
