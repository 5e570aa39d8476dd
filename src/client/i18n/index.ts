import { markRaw } from 'vue'
import { createI18n } from 'vue-i18n'
import zhCN from './locales/zh-CN.json'
import { isString, load, save } from '../lib/persistence.ts'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const isLocale = (raw: unknown): Locale | undefined =>
  (LOCALES as readonly string[]).includes(isString(raw) ?? '') ? (raw as Locale) : undefined

/**
 * The build turns every message into an AST (see vite.config.ts). Two things make t() cheap:
 * a cacheKey, so vue-i18n builds each message function once rather than on every call, and
 * markRaw, because vue-i18n keeps messages in a deep ref and walking an AST through reactive
 * proxies was the costliest part of the first render. Plain strings (in unit tests) pass through.
 */
export function prepare<T extends object>(tree: T, locale: string, path = ''): T {
  for (const [key, value] of Object.entries(tree)) {
    if (!value || typeof value !== 'object') continue
    if ('t' in value || 'type' in value) markRaw(Object.assign(value, { cacheKey: `${locale}:${path}${key}` }))
    else prepare(value, locale, `${path}${key}.`)
  }
  return tree
}

export type MessageSchema = typeof zhCN

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  // English arrives on first use (setLocale), so only the default is here at start.
  messages: { 'zh-CN': prepare(zhCN, 'zh-CN') } as Record<Locale, MessageSchema>,
  missingWarn: false,
  fallbackWarn: false,
})

/** Switches the UI language; English is fetched on first use so the default locale ships alone. */
export async function setLocale(locale: Locale): Promise<void> {
  const global = i18n.global
  if (!global.availableLocales.includes(locale)) {
    const messages = (await import('./locales/en.json')).default
    global.setLocaleMessage(locale, prepare(messages, locale) as MessageSchema)
  }
  global.locale.value = locale
  document.documentElement.lang = locale
  save('locale', locale)
}

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale
}

/** The locale the person chose last time, if it is not the default. */
export function savedLocale(): Locale | undefined {
  const saved = load('locale', isLocale)
  return saved === 'zh-CN' ? undefined : saved
}
