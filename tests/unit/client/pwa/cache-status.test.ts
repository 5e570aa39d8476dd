import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { createCacheStatusBoard } from '../../../../src/client/pwa/cache-status.ts'
import { imagesIn } from '../../../../src/client/pwa/protocol.ts'

describe('offline badge data', () => {
  it('shows the age of the oldest cached copy the current page got offline', () => {
    const route = ref('/products/7')
    const board = createCacheStatusBoard(route)
    board.take([
      { url: '/api/products/7', offline: true, cachedAt: 2000 },
      { url: '/api/regions', offline: true, cachedAt: 1000 },
      { url: '/api/categories', offline: false, cachedAt: null },
    ])
    expect(board.offlineSince.value).toBe(1000)
  })

  it('clears once the same data comes from the network again', () => {
    const board = createCacheStatusBoard(ref('/'))
    board.take([{ url: '/api/products?badges=sme', offline: true, cachedAt: 1000 }])
    board.take([{ url: '/api/products?badges=sme', offline: false, cachedAt: null }])
    expect(board.offlineSince.value).toBeNull()
  })

  it('keeps each page to its own data, and remembers it on the way back', () => {
    const route = ref('/search?q=打印机')
    const board = createCacheStatusBoard(route)
    board.take([{ url: '/api/products?q=打印机', offline: true, cachedAt: 1000 }])
    route.value = '/products/7'
    expect(board.offlineSince.value).toBeNull()
    route.value = '/search?q=打印机'
    expect(board.offlineSince.value).toBe(1000)
  })
})

describe('pictures of a saved page', () => {
  it('finds every /images/ path in the data, however deep', () => {
    const pavilion = { banner: '/images/pavilions/hz.svg', sections: [{ items: [{ image: '/images/p/printer-1.svg' }] }], intro: 'text' }
    expect([...imagesIn(pavilion)].sort()).toEqual(['/images/p/printer-1.svg', '/images/pavilions/hz.svg'])
  })
})
