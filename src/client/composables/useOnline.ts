import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/** navigator.onLine as a ref; onBack runs when the connection returns. */
export function useOnline(onBack?: () => void): Ref<boolean> {
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
  const up = (): void => {
    online.value = true
    onBack?.()
  }
  const down = (): void => {
    online.value = false
  }
  onMounted(() => {
    window.addEventListener('online', up)
    window.addEventListener('offline', down)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('online', up)
    window.removeEventListener('offline', down)
  })
  return online
}
