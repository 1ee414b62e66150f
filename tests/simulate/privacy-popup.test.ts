import { JSDOM } from 'jsdom'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { WEAPP } from '../support/weapp'

// miniprogram-simulate renders into a DOM: jsdom's, set up before it loads.
const { window } = new JSDOM('<!doctype html><html><body></body></html>')
Object.assign(globalThis, { window, document: window.document, Event: window.Event, CustomEvent: window.CustomEvent, Node: window.Node, HTMLElement: window.HTMLElement })
/** The part of miniprogram-simulate used here (its own typings declare the mini-program's globals, `require` among them). */
interface Rendered {
  attach(parent: unknown): void
  detach(): void
  querySelector(selector: string): { dispatchEvent(name: string): void } | undefined
  dom?: { textContent: string | null }
}
interface Simulate {
  load(path: string, options?: object): string
  render(id: string): Rendered
  sleep(ms: number): Promise<void>
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulate: Simulate = require('miniprogram-simulate')

type Answer = { event: 'agree' | 'disagree'; buttonId?: string }

/**
 * The privacy prompt as WeChat runs it: the built native component, loaded from the weapp
 * output after its app (which brings the shared webpack runtime), with `wx` standing in for
 * the privacy APIs.
 */
describe('用户隐私保护提示 (the native privacy component)', () => {
  let needs: ((resolve: (a: Answer) => void, info: { referrer: string }) => void) | undefined
  let opened = 0
  let id: string

  beforeAll(() => {
    const g = globalThis as Record<string, any>
    const noop = () => undefined
    g.wx = new Proxy(
      {
        getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, pixelRatio: 2 }),
        getStorageSync: () => '',
        onNeedPrivacyAuthorization: (listener: typeof needs) => (needs = listener),
        getPrivacySetting: ({ success }: { success: (r: unknown) => void }) => success({ needAuthorization: true, privacyContractName: '《码上说事小程序隐私保护指引》' }),
        openPrivacyContract: () => opened++,
      },
      { get: (t: Record<string, unknown>, k: string) => (k in t || k === 'webpackJsonp' ? t[k] : noop) },
    )
    g.App = noop
    g.Page = noop
    g.getApp = () => ({})
    g.getCurrentPages = () => []
    g.requirePlugin = noop
    // The app chunk registers the webpack runtime the component's chunk runs in.
    const nativeComponent = g.Component
    g.Component = noop
    createRequire(join(WEAPP, 'app.js'))('./app.js')
    g.Component = nativeComponent
    id = simulate.load(join(WEAPP, 'services/native/privacy-popup/index'))
  })

  const ask = (referrer: string) => {
    const answers: Answer[] = []
    needs!((a) => answers.push(a), { referrer })
    return answers
  }

  it('shows nothing until WeChat asks, then says what is needed and why, with the policy a tap away', async () => {
    const comp = simulate.render(id)
    comp.attach(document.createElement('parent-wrapper'))
    expect(comp.querySelector('.privacy')).toBeUndefined()
    const answers = ask('chooseLocation')
    expect(comp.querySelector('.privacy')).toBeDefined()
    expect(comp.dom!.textContent).toContain('位置')
    expect(comp.dom!.textContent).toContain('《码上说事小程序隐私保护指引》')
    comp.querySelector('.privacy__link')!.dispatchEvent('tap')
    await simulate.sleep(0)
    expect(opened).toBe(1)
    expect(answers).toEqual([])
  })

  it('answers agree from the agree button, and hides', async () => {
    const comp = simulate.render(id)
    comp.attach(document.createElement('parent-wrapper'))
    const answers = ask('chooseMedia')
    expect(comp.dom!.textContent).toContain('相册和相机')
    comp.querySelector('#agree-btn')!.dispatchEvent('agreeprivacyauthorization')
    await simulate.sleep(0)
    expect(answers).toEqual([{ buttonId: 'agree-btn', event: 'agree' }])
    expect(comp.querySelector('.privacy')).toBeUndefined()
  })

  it('answers disagree from 不同意, and when the page goes away unanswered', async () => {
    const comp = simulate.render(id)
    comp.attach(document.createElement('parent-wrapper'))
    const refused = ask('getPhoneNumber')
    comp.querySelector('#disagree-btn')!.dispatchEvent('tap')
    await simulate.sleep(0)
    expect(refused).toEqual([{ event: 'disagree' }])

    const left = ask('getLocation')
    comp.detach()
    expect(left).toEqual([{ event: 'disagree' }])
  })
})
