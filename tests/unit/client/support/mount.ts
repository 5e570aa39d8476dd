import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { List, Popup, PullRefresh, Swipe, SwipeItem } from 'vant'
import type { Component } from 'vue'
import { i18n } from '../../../../src/client/i18n/index.ts'

/** A router that accepts any path, so RouterLinks render real hrefs without real pages. */
export function testRouter(): Router {
  return createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { render: () => null } }] })
}

/**
 * Mounts a component the way the app runs it: with i18n (zh-CN), Pinia, a router, and the Vant
 * components that the build would auto-import (the unit project has no auto-import plugin).
 */
export function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { pinia?: Pinia; router?: Router } = {},
) {
  const pinia = options.pinia ?? createPinia()
  setActivePinia(pinia)
  const router = options.router ?? testRouter()
  return mount(component, {
    ...options,
    global: {
      ...options.global,
      plugins: [i18n, pinia, router, ...(options.global?.plugins ?? [])],
      components: { VanPopup: Popup, VanList: List, VanPullRefresh: PullRefresh, VanSwipe: Swipe, VanSwipeItem: SwipeItem, ...options.global?.components },
    },
  } as ComponentMountingOptions<C>)
}
