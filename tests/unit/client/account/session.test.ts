import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSessionStore } from '../../../../src/client/stores/session.ts'
import { useRegionStore } from '../../../../src/client/stores/region.ts'
import { fetchMe, logIn, logOut } from '../../../../src/client/api/session.ts'
import { ApiError } from '../../../../src/client/api/http.ts'
import { load } from '../../../../src/client/lib/persistence.ts'
import { purchaser, supplierMe } from '../order/fixtures.ts'

vi.mock('../../../../src/client/api/session.ts', () => ({ fetchMe: vi.fn(), logIn: vi.fn(), logOut: vi.fn() }))

const signedIn = (): unknown => load('signedIn', (raw) => raw)

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.mocked(fetchMe).mockReset()
  vi.mocked(logIn).mockReset()
  vi.mocked(logOut).mockReset()
})

describe('session store', () => {
  it('asks nobody about a visitor who never signed in on this device', async () => {
    const session = useSessionStore()
    await session.ensure()
    expect(fetchMe).not.toHaveBeenCalled()
    expect(session.me).toBeNull()
    expect(session.status).toBe('ready')
  })

  it('signs in, remembers that it did, and takes the unit’s region for delivery notes', async () => {
    vi.mocked(logIn).mockResolvedValue(purchaser())
    const session = useSessionStore()
    await session.login({ username: 'buyer1', password: 'demo123' })
    expect(session.role).toBe('purchaser')
    expect(signedIn()).toBe(true)
    expect(useRegionStore().code).toBe('330106')
  })

  it('checks a remembered sign-in once, even when asked twice at start', async () => {
    localStorage.setItem('yuncai:signedIn', 'true')
    vi.mocked(fetchMe).mockResolvedValue(supplierMe())
    const session = useSessionStore()
    await Promise.all([session.ensure(), session.ensure()])
    expect(fetchMe).toHaveBeenCalledTimes(1)
    expect(session.supplier?.supplier.name).toBe('杭州云采办公设备制造有限公司')
  })

  it('treats a 401 as signed out and forgets the hint', async () => {
    localStorage.setItem('yuncai:signedIn', 'true')
    vi.mocked(fetchMe).mockRejectedValue(new ApiError('UNAUTHENTICATED', '请先登录', 401))
    const session = useSessionStore()
    await session.ensure()
    expect(session.me).toBeNull()
    expect(signedIn()).toBeUndefined()
  })

  it('keeps the user when the check fails for want of a connection', async () => {
    vi.mocked(logIn).mockResolvedValue(purchaser())
    const session = useSessionStore()
    await session.login({ username: 'buyer1', password: 'demo123' })
    vi.mocked(fetchMe).mockRejectedValue(new ApiError('NETWORK_ERROR', 'offline', 0))
    await session.refresh()
    expect(session.role).toBe('purchaser')
  })

  it('signs out on this device even when the server cannot be reached, and tells the other stores', async () => {
    vi.mocked(logIn).mockResolvedValue(purchaser())
    vi.mocked(logOut).mockRejectedValue(new ApiError('NETWORK_ERROR', 'offline', 0))
    const session = useSessionStore()
    const hook = vi.fn()
    session.onSignOut(hook)
    await session.login({ username: 'buyer1', password: 'demo123' })
    await session.logout()
    expect(session.me).toBeNull()
    expect(hook).toHaveBeenCalledTimes(1)
    expect(signedIn()).toBeUndefined()
  })
})
