import { computed, type ComputedRef, type Ref } from 'vue'
import { ApiError } from '../api/http.ts'

export interface ErrorKind {
  /** No answer from the server: offline, dropped or timed out. */
  network: boolean
  notFound: boolean
  /** The server's own message, when it sent one. */
  message: string | undefined
}

/** What a failed load means for the person, so components never need to know the API's error type. */
export function useErrorKind(error: Ref<unknown> | (() => unknown)): ComputedRef<ErrorKind> {
  return computed(() => {
    const e = typeof error === 'function' ? error() : error.value
    const api = e instanceof ApiError ? e : null
    return { network: api?.isNetwork ?? false, notFound: api?.isNotFound ?? false, message: api?.message }
  })
}
