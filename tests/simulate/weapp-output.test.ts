import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { packageBytes, WEAPP } from '../support/weapp'

interface AppJson {
  pages: string[]
  subPackages: { root: string; pages: string[] }[]
  tabBar: { list: { pagePath: string }[] }
}

/**
 * The weapp build as WeChat DevTools would open it: every page of app.json present with its
 * files, the app and each page registering themselves when loaded, the main package in bounds.
 */
describe('built weapp output', () => {
  const app: AppJson = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8'))
  const allPages = [...app.pages, ...app.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]

  it('is where project.config.json points', () => {
    const project = JSON.parse(readFileSync(resolve(__dirname, '../../project.config.json'), 'utf8'))
    expect(resolve(__dirname, '../..', project.miniprogramRoot)).toBe(WEAPP)
  })

  it('has every page of app.json with its js, json and wxml', () => {
    expect(allPages).toEqual(expect.arrayContaining(['pages/deputy/index', 'pages/submit/index', 'packages/deputy/inbox/index']))
    for (const page of allPages) {
      for (const ext of ['js', 'json', 'wxml']) expect(existsSync(join(WEAPP, `${page}.${ext}`)) ? page : `${page}.${ext} missing`).toBe(page)
    }
    for (const tab of app.tabBar.list) expect(app.pages).toContain(tab.pagePath)
  })

  it('registers the App and every page when the mini-program loads it', () => {
    const registered = { app: null as unknown, pages: 0 }
    const noop = () => undefined
    const g = globalThis as Record<string, unknown>
    // The least of the mini-program runtime that Taro's output touches while loading.
    g.wx = new Proxy(
      { getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, pixelRatio: 2 }), getStorageSync: () => '' },
      { get: (t: Record<string, unknown>, k: string) => (k in t || k === 'webpackJsonp' ? t[k] : noop) },
    )
    g.App = (o: unknown) => (registered.app = o)
    g.Page = () => registered.pages++
    g.Component = noop
    g.getApp = () => registered.app
    g.getCurrentPages = () => []
    g.requirePlugin = noop
    const load = createRequire(join(WEAPP, 'app.js'))
    load('./app.js')
    for (const page of allPages) load(`./${page}.js`)
    expect(registered.app).not.toBeNull()
    expect(registered.pages).toBe(allPages.length)
  })

  it('keeps the main package under WeChat’s 2 MB limit', () => {
    const main = packageBytes(WEAPP, app.subPackages.map((s) => join(WEAPP, s.root)))
    expect(main).toBeLessThan(2 * 1024 * 1024)
  })
})
