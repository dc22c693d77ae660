import { addons } from 'storybook/manager-api';
import { theme } from './theme.js';

// The branded manager: the library's title and logo in the sidebar, its name in the browser tab.
addons.setConfig({
  theme,
  sidebar: { showRoots: true },
});

/** Storybook writes "<story> ⋅ Storybook" into the tab's title at each navigation. */
const retitle = (): void => {
  const title = document.title.replace(/(^|\s\u22C5\s)Storybook$/, (_, sep: string) => `${sep}${theme.brandTitle ?? ''}`);
  if (title !== document.title) document.title = title;
};
new MutationObserver(retitle).observe(document.head, { childList: true, subtree: true, characterData: true });
retitle();
