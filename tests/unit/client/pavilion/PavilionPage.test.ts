import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import PavilionPage from '../../../../src/client/pages/PavilionPage.vue'
import { fetchPavilion, fetchPavilions } from '../../../../src/client/api/pavilions.ts'
import { ApiError } from '../../../../src/client/api/http.ts'
import { usePavilionsStore } from '../../../../src/client/stores/pavilions.ts'
import { mountWithApp } from '../support/mount.ts'
import { PAVILIONS, hangzhou, maker } from './fixtures.ts'

vi.mock('../../../../src/client/api/pavilions.ts', () => ({ fetchPavilion: vi.fn(), fetchPavilions: vi.fn() }))
const detailMock = vi.mocked(fetchPavilion)
vi.mocked(fetchPavilions).mockResolvedValue(PAVILIONS)
// Unmounting stops the page's frame-by-frame rendering before the test environment goes away.
enableAutoUnmount(afterEach)

/** happy-dom lays nothing out, so every observed rail counts as on screen at once. */
class OnScreen {
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {}
  observe(): void {
    this.callback([{ isIntersecting: true }])
  }
  disconnect(): void {}
}
vi.stubGlobal('IntersectionObserver', OnScreen)

async function open(pinia = createPinia()) {
  const wrapper = mountWithApp(PavilionPage, { props: { id: 'hangzhou' }, pinia })
  await flushPromises()
  return wrapper
}

/** The page draws its rails over a few frames once the banner is in; wait until all are there. */
async function allSections(wrapper: Awaited<ReturnType<typeof open>>, count: number): Promise<void> {
  await wrapper.get('.pavilion-banner__bg').trigger('load')
  await vi.waitFor(() => expect(wrapper.findAll('.rail')).toHaveLength(count))
}

describe('PavilionPage', () => {
  beforeEach(() => {
    detailMock.mockReset()
  })

  it('shows the banner and intro first, then the manufacturers, each linking to its page', async () => {
    detailMock.mockResolvedValue(hangzhou())
    const wrapper = await open()
    expect(detailMock).toHaveBeenCalledWith('hangzhou')
    expect(wrapper.get('h1').text()).toBe('杭州馆')
    const banner = wrapper.get('.pavilion-banner__bg')
    expect(banner.attributes('src')).toBe('/images/pavilions/hangzhou.svg')
    expect(banner.attributes('alt')).toBe('')
    expect(wrapper.get('.pavilion-banner').text()).toContain('918 件商品')
    expect(wrapper.text()).toContain('杭州以数字经济闻名。')
    // Nothing heavy competes with the banner's first paint.
    expect(wrapper.find('.maker').exists()).toBe(false)
    await allSections(wrapper, 3)
    const makers = wrapper.findAll('.maker')
    expect(makers.map((m) => m.attributes('href'))).toEqual(['/suppliers/1', '/suppliers/27'])
    expect(makers[1]!.text()).toContain('小型企业')
  })

  it('draws a rail per section, in order, each with a see-all link to the pavilion’s search list', async () => {
    detailMock.mockResolvedValue(hangzhou())
    const wrapper = await open()
    await allSections(wrapper, 3)
    expect(wrapper.findAll('.rail__title').map((h) => h.text())).toEqual(['办公设备', '办公耗材', '农副产品'])
    const more = wrapper.findAll('.rail__more')
    expect(more.map((a) => a.attributes('href'))).toEqual([
      '/search?pavilionId=hangzhou&categoryId=13',
      '/search?pavilionId=hangzhou&categoryId=29',
      '/search?pavilionId=hangzhou&categoryId=166',
    ])
    expect(more[0]!.text()).toBe('查看全部')
    expect(more[0]!.attributes('aria-label')).toBe('查看全部办公设备，共 141 件')
    expect(wrapper.findAll('.rail')[0]!.findAll('.product-card').map((a) => a.attributes('href'))).toEqual(['/products/1', '/products/2'])
    expect(wrapper.get('a[href="/search?pavilionId=hangzhou"]').text()).toBe('查看本馆全部 918 件商品')
  })

  it('draws the banner’s picture from the id at once, then the name from the tab’s list, with skeletons while the pavilion loads', async () => {
    detailMock.mockReturnValue(new Promise(() => {}))
    const pinia = createPinia()
    const wrapper = mountWithApp(PavilionPage, { props: { id: 'hangzhou' }, pinia })
    expect(wrapper.get('.pavilion-banner__bg').attributes('src')).toBe('/images/pavilions/hangzhou.svg')
    expect(wrapper.get('h1').text()).toBe('地方馆')
    expect(wrapper.find('.page-skeleton').exists()).toBe(true)
    await usePavilionsStore(pinia).loadList()
    await flushPromises()
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual(['杭州馆'])
    expect(wrapper.get('.pavilion-banner').text()).toContain('杭州馆标语')
    expect(wrapper.find('.page-skeleton').exists()).toBe(true)
  })

  it('says so for an unknown pavilion and offers the list of pavilions', async () => {
    detailMock.mockRejectedValue(new ApiError('PAVILION_NOT_FOUND', '地方馆不存在', 404))
    const wrapper = await open()
    expect(wrapper.text()).toContain('地方馆不存在')
    expect(wrapper.get('a[href="/pavilions"]').text()).toBe('浏览全部地方馆')
    expect(wrapper.find('.pavilion-banner').exists()).toBe(false)
  })

  it('offers a retry when loading fails, and shows the pavilion once it works', async () => {
    detailMock.mockRejectedValueOnce(new ApiError('HTTP_503', '服务暂时不可用', 503)).mockResolvedValueOnce(hangzhou())
    const wrapper = await open()
    expect(wrapper.get('[role="alert"]').text()).toContain('加载失败')
    await wrapper.findAll('button').find((b) => b.text() === '重试')!.trigger('click')
    await flushPromises()
    expect(detailMock).toHaveBeenCalledTimes(2)
    expect(wrapper.get('h1').text()).toBe('杭州馆')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('shows a manufacturer’s name as text, never as markup', async () => {
    detailMock.mockResolvedValue({ ...hangzhou(), manufacturers: [maker({ name: '<img src=x onerror=alert(1)>厂' })] })
    const wrapper = await open()
    await allSections(wrapper, 3)
    expect(wrapper.find('.maker img').exists()).toBe(false)
    expect(wrapper.get('.maker__name').text()).toBe('<img src=x onerror=alert(1)>厂')
  })
})
