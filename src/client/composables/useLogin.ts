import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Me } from '../../shared/contract/session.ts'
import { ApiError } from '../api/http.ts'
import { useSessionStore } from '../stores/session.ts'

/** The sign-in form's submit, with each failure put in words the person can act on. */
export function useLogin() {
  const session = useSessionStore()
  const { t } = useI18n()
  const busy = ref(false)
  const error = ref<{ title: string; hint?: string } | null>(null)

  function explain(e: unknown): { title: string; hint?: string } {
    if (!(e instanceof ApiError)) return { title: t('error.generic') }
    if (e.isNetwork) return { title: t('error.offline'), hint: t('error.offlineHint') }
    if (e.code === 'INVALID_CREDENTIALS') return { title: t('account.login.wrong'), hint: t('account.login.wrongHint') }
    // The server names the wait ("请 42 秒后再试"); the hint says why there is one.
    if (e.status === 429) return { title: e.message, hint: t('account.login.limitedHint') }
    return { title: e.message || t('error.generic') }
  }

  async function submit(username: string, password: string): Promise<Me | null> {
    if (busy.value) return null
    if (!username.trim() || !password) {
      error.value = { title: t('account.login.required') }
      return null
    }
    busy.value = true
    error.value = null
    try {
      return await session.login({ username: username.trim(), password })
    } catch (e) {
      error.value = explain(e)
      return null
    } finally {
      busy.value = false
    }
  }

  return { busy, error, submit }
}
