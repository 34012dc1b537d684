import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resources } from '../../shared/i18n/resources';
import type { Language, Preferences } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  app: { name: 'Kube Planner', isPackaged: true },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  shell: { openExternal: vi.fn(async () => undefined) },
}));

vi.mock('electron', () => electron);

const { KUBERNETES_DOCS_URL, buildMenuTemplate, installApplicationMenu } = await import('./menu');

const noActions = { chooseLanguage: vi.fn(), openDocumentation: vi.fn() };

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function findItem(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = allItems(template).find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no menu item "${label}"`);
  return item;
}

function languageItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return allItems(template).filter((item) => item.type === 'radio');
}

/** The last template handed to Menu.buildFromTemplate, i.e. the menu the user now sees. */
function shownTemplate(): MenuItemConstructorOptions[] {
  return electron.Menu.buildFromTemplate.mock.lastCall?.[0] as MenuItemConstructorOptions[];
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe('buildMenuTemplate', () => {
  it.each<[Language, string[]]>([
    ['en', ['File', 'Edit', 'View', 'Window', 'Help']],
    ['zh-CN', ['文件', '编辑', '视图', '窗口', '帮助']],
  ])('labels the %s menu bar in that language', (language, topLevel) => {
    expect(buildMenuTemplate(language, noActions, 'linux').map((item) => item.label)).toEqual(topLevel);
  });

  it.each<Language>(['en', 'zh-CN'])('takes every %s label from the shared menu strings', (language) => {
    const strings = new Set<string>(Object.values(resources[language].menu));
    const languageNames = new Set(['English', '简体中文']);
    const labels = allItems(buildMenuTemplate(language, noActions, 'linux'))
      .filter((item) => item.type !== 'separator')
      .map((item) => item.label ?? '');
    expect(labels.length).toBeGreaterThan(15);
    for (const label of labels) expect(strings.has(label) || languageNames.has(label), label).toBe(true);
  });

  it('gives macOS its app menu with About and Quit first', () => {
    const [appMenu] = buildMenuTemplate('zh-CN', noActions, 'darwin');
    expect(appMenu?.label).toBe('Kube Planner');
    expect((appMenu?.submenu as MenuItemConstructorOptions[]).map((item) => item.role ?? item.type)).toEqual([
      'about',
      'separator',
      'quit',
    ]);
  });

  it('offers each language in its own name, checking the current one', () => {
    const items = languageItems(buildMenuTemplate('zh-CN', noActions, 'linux'));
    expect(items.map((item) => [item.label, item.checked])).toEqual([
      ['English', false],
      ['简体中文', true],
    ]);
  });

  it('wires the language items and the documentation link to their actions', () => {
    const actions = { chooseLanguage: vi.fn(), openDocumentation: vi.fn() };
    const template = buildMenuTemplate('en', actions, 'linux');
    findItem(template, '简体中文').click?.({} as never, undefined, {} as never);
    expect(actions.chooseLanguage).toHaveBeenCalledExactlyOnceWith('zh-CN');
    findItem(template, 'Kubernetes Documentation').click?.({} as never, undefined, {} as never);
    expect(actions.openDocumentation).toHaveBeenCalledOnce();
  });
});

describe('installApplicationMenu', () => {
  function fakeHandlers(saved: Partial<Preferences> | Error) {
    return {
      loadPreferences: vi.fn(async () => {
        if (saved instanceof Error) throw saved;
        return { theme: 'system' as const, ...saved };
      }),
      savePreferences: vi.fn(async (changes: Partial<Preferences>) => ({ theme: 'system' as const, ...changes })),
    };
  }

  it('shows the saved language, else the OS locale', async () => {
    await installApplicationMenu({ handlers: fakeHandlers({ language: 'zh-CN' }), locale: 'en-US', onLanguageChosen: vi.fn() });
    expect(shownTemplate()[0]?.label).toBe('文件');
    await installApplicationMenu({ handlers: fakeHandlers({}), locale: 'zh-TW', onLanguageChosen: vi.fn() });
    expect(shownTemplate()[0]?.label).toBe('文件');
    await installApplicationMenu({ handlers: fakeHandlers({}), locale: 'de-DE', onLanguageChosen: vi.fn() });
    expect(shownTemplate()[0]?.label).toBe('File');
    await installApplicationMenu({ handlers: fakeHandlers(new Error('corrupt')), locale: 'en-US', onLanguageChosen: vi.fn() });
    expect(shownTemplate()[0]?.label).toBe('File');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(4);
  });

  it('saves a language picked from the menu, rebuilds the menu in it and tells the window', async () => {
    const handlers = fakeHandlers({ language: 'en' });
    const onLanguageChosen = vi.fn();
    await installApplicationMenu({ handlers, locale: 'en-US', onLanguageChosen });
    findItem(shownTemplate(), '简体中文').click?.({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(onLanguageChosen).toHaveBeenCalledWith('zh-CN'));
    expect(handlers.savePreferences).toHaveBeenCalledExactlyOnceWith({ language: 'zh-CN' });
    expect(shownTemplate()[0]?.label).toBe('文件');
  });

  it('rebuilds the menu on request when the page switched language itself', async () => {
    const menu = await installApplicationMenu({ handlers: fakeHandlers({}), locale: 'en-US', onLanguageChosen: vi.fn() });
    menu.showLanguage('zh-CN');
    expect(shownTemplate()[0]?.label).toBe('文件');
  });

  it('opens the Kubernetes documentation through the allow-listed opener', async () => {
    await installApplicationMenu({ handlers: fakeHandlers({}), locale: 'en-US', onLanguageChosen: vi.fn() });
    findItem(shownTemplate(), 'Kubernetes Documentation').click?.({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(KUBERNETES_DOCS_URL));
  });
});
