import { beforeAll, describe, expect, it } from 'vitest'
import OrderRatingInput from '../../../../src/client/components/order/OrderRatingInput.vue'
import { loadOrderingMessages } from '../../../../src/client/i18n/ordering.ts'
import { mountWithApp } from '../support/mount.ts'

beforeAll(() => loadOrderingMessages())

const mountInput = () => mountWithApp(OrderRatingInput)

describe('OrderRatingInput', () => {
  it('needs a score before it can be sent', async () => {
    const wrapper = mountInput()
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeDefined()
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
  })

  it('offers five stars, each named for screen readers, and lights up to the one chosen', async () => {
    const wrapper = mountInput()
    const stars = wrapper.findAll('input[type="radio"]')
    expect(stars).toHaveLength(5)
    expect(wrapper.findAll('.rating__star span.sr-only').map((s) => s.text())).toEqual(['1 星', '2 星', '3 星', '4 星', '5 星'])
    await stars[3]!.setValue(true)
    expect(wrapper.findAll('.rating__star.is-on')).toHaveLength(4)
    expect(wrapper.get('.rating__word').text()).toBe('满意')
  })

  it('sends the score with the comment trimmed', async () => {
    const wrapper = mountInput()
    await wrapper.findAll('input[type="radio"]')[4]!.setValue(true)
    await wrapper.get('textarea').setValue('  送货及时，包装完好  ')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([[{ score: 5, comment: '送货及时，包装完好' }]])
  })

  it('sends no comment field when none was written', async () => {
    const wrapper = mountInput()
    await wrapper.findAll('input[type="radio"]')[0]!.setValue(true)
    await wrapper.get('textarea').setValue('   ')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([[{ score: 1 }]])
  })

  it('holds back a comment over 500 characters, as the server would refuse it', async () => {
    const wrapper = mountInput()
    await wrapper.findAll('input[type="radio"]')[2]!.setValue(true)
    await wrapper.get('textarea').setValue('好'.repeat(501))
    expect(wrapper.get('textarea').attributes('aria-invalid')).toBe('true')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
  })
})
