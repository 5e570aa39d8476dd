import { computed, ref } from 'vue'
import type { AddressInput } from '../../shared/contract/session.ts'
import { addAddress, setDefaultAddress, updateAddress } from '../api/me.ts'
import { useSessionStore } from '../stores/session.ts'

/** The unit's address book in 我的: add, edit and choose the default one-tap orders ship to. */
export function useAddressBook() {
  const session = useSessionStore()
  const saving = ref(false)
  const error = ref<string | null>(null)
  const addresses = computed(() => session.purchaser?.addresses ?? [])

  async function run(work: () => Promise<unknown>): Promise<boolean> {
    saving.value = true
    error.value = null
    try {
      await work()
      // The user record carries the address book and the default, so it is the one to refresh.
      await session.refresh()
      return true
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      return false
    } finally {
      saving.value = false
    }
  }

  /** Adds an address (id undefined) or replaces one. */
  function save(id: number | undefined, input: AddressInput): Promise<boolean> {
    return run(() => (id === undefined ? addAddress(input) : updateAddress(id, input)))
  }

  function makeDefault(id: number): Promise<boolean> {
    return run(() => setDefaultAddress(id))
  }

  return { addresses, saving, error, save, makeDefault }
}
