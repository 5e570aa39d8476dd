import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

/**
 * The release a build belongs to: VITE_APP_VERSION when set (a deploy, or the update test that
 * rebuilds with a new one), else package.json's version. It lands in a <meta> in index.html, so the
 * precached shell (and with it sw.js) changes whenever the version does.
 */
export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }
  return process.env['VITE_APP_VERSION'] || pkg.version
}

function versionMeta(version: string): Plugin {
  return {
    name: 'yuncai:app-version',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'app-version', content: version }, injectTo: 'head' }],
  }
}

const RED = '#d9251c'
const BACKGROUND = '#f5f6f8'

/**
 * The installable PWA: the web app manifest and the service worker built from src/sw/sw.ts
 * (injectManifest). The app registers the worker itself, lazily (src/client/pwa/register.ts), so
 * nothing is injected into the page but the manifest link.
 */
export function pwa(): Plugin[] {
  return [
    versionMeta(appVersion()),
    ...VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      // The icons are fetched by the browser when it installs; precaching them is dead weight.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: '云采超市 · 政府采购网上超市',
        short_name: '云采超市',
        description: '浙江政府采购网上超市移动端：厂家直销、电商比价、政策产品，一键单位直购，离线也能浏览。',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: RED,
        background_color: BACKGROUND,
        categories: ['shopping', 'business'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [
          { name: '搜索商品', short_name: '搜索', url: '/search', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
          { name: '我的订单', short_name: '订单', url: '/orders', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
        ],
      },
      injectManifest: {
        // The shell only: scripts, styles, the page and the favicon. The .br/.gz twins are the same
        // bytes for the server to send, and images come from /images at run time.
        globPatterns: ['**/*.{js,css,html,svg}'],
        globIgnores: ['**/*.br', '**/*.gz', 'sw.js'],
        // A classic worker: module service workers are not in every browser the units use.
        rollupFormat: 'iife',
      },
    }),
  ]
}
