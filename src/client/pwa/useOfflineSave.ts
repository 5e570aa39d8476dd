import { onMounted, ref, watch, type Ref } from 'vue'
import { canSaveOffline, isSavedOffline, removeFromOffline, saveForOffline } from './offline-save.ts'

export type SaveState = 'unsupported' | 'idle' | 'saving' | 'saved' | 'failed'

/** The 离线可用 toggle of one page: its API URLs saved (with their pictures) or not. */
export function useOfflineSave(urls: () => string[]): { state: Ref<SaveState>; toggle: () => Promise<void> } {
  const state = ref<SaveState>('unsupported')

  async function check(): Promise<void> {
    if (!canSaveOffline()) return
    state.value = (await isSavedOffline(urls())) ? 'saved' : 'idle'
  }

  async function toggle(): Promise<void> {
    if (state.value === 'saving' || state.value === 'unsupported') return
    if (state.value === 'saved') {
      await removeFromOffline(urls())
      state.value = 'idle'
      return
    }
    state.value = 'saving'
    const result = await saveForOffline(urls())
    state.value = result.ok ? 'saved' : 'failed'
  }

  onMounted(() => void check())
  watch(() => urls().join(' '), () => void check())
  return { state, toggle }
}
