import { onBeforeUnmount, onMounted, ref, watch, type Ref, type WatchSource } from 'vue'

/** Resolves just after the next frame has been painted. */
export const nextPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))

/**
 * A counter that goes up by one after each painted frame, until `stages`. A page renders what is
 * on screen first and the rest in later stages, so its first render is a few short tasks rather
 * than one long one that blocks a tap on a slow phone. With `restartOn`, the count starts again
 * from 0 whenever that source changes (a page whose content arrives later).
 */
export function useRenderStages(stages: number, restartOn?: WatchSource<unknown>): Ref<number> {
  const stage = ref(0)
  let run = 0

  async function advance(): Promise<void> {
    const own = ++run
    stage.value = 0
    while (stage.value < stages) {
      await nextPaint()
      if (own !== run) return
      stage.value++
    }
  }

  onMounted(() => void advance())
  // A page left mid-way stops counting (bumping run ends the loop at its next frame).
  onBeforeUnmount(() => void run++)
  if (restartOn) watch(restartOn, () => void advance())
  return stage
}
