import { useI18n } from 'vue-i18n'
import zhCN from '../i18n/locales/pwa-zh-CN.json'
import en from '../i18n/locales/pwa-en.json'

/**
 * The PWA's own messages ("pwa" section), in files of their own rather than in the main locale
 * files: those ship in the initial script, while every PWA text shows after the first page has
 * loaded (the prompts, the badge) or on a page loaded on demand (the save button). The build
 * precompiles them like the main ones (vite.config.ts, locales/*.json).
 */
export function usePwaI18n() {
  return useI18n({ useScope: 'local', inheritLocale: true, messages: { 'zh-CN': zhCN, en } })
}
