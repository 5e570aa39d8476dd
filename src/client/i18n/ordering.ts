import { toRaw, watch } from 'vue'
import { currentLocale, i18n, prepare, type Locale, type MessageSchema } from './index.ts'

/**
 * The copy of sign-in, orders, 我的 and the supplier desk ("account", "order" and "supplierDesk")
 * lives in files of its own: the main locale files ship in the initial script, and none of these
 * texts is needed before one of those pages (or the order sheet) opens. Route guards and the lazy
 * components wait for loadOrderingMessages(); the product page's buy bar uses the small "buy"
 * section of the main files, so it renders at once.
 */
const FILES: Record<Locale, () => Promise<{ default: object }>> = {
  'zh-CN': () => import('./locales/ordering-zh-CN.json'),
  en: () => import('./locales/ordering-en.json'),
}

const loaded = new Map<Locale, Promise<void>>()

/** Adds the sections to a locale's messages (the current one by default); loads each file once. */
export function loadOrderingMessages(locale: Locale = currentLocale()): Promise<void> {
  let pending = loaded.get(locale)
  if (!pending) {
    pending = FILES[locale]().then(({ default: messages }) => {
      const global = i18n.global
      // Top-level sections are disjoint, so a shallow merge keeps the main messages as they are
      // (and their raw, precompiled ASTs un-proxied, which is what prepare() is for).
      const merged = { ...toRaw(global.getLocaleMessage(locale)), ...prepare(messages, locale) }
      global.setLocaleMessage(locale, merged as MessageSchema)
    })
    pending.catch(() => loaded.delete(locale))
    loaded.set(locale, pending)
  }
  return pending
}

// A switch of language after these pages were used brings their texts along in the new language.
// setLocale() has loaded the main file by the time the locale changes, so the merge keeps it.
watch(i18n.global.locale, (locale) => {
  if (loaded.size > 0) void loadOrderingMessages(locale as Locale)
})
