import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { VantResolver } from '@vant/auto-import-resolver'
import type { ComponentResolver } from 'unplugin-vue-components/types'
import { baseCompile } from '@intlify/message-compiler'
import { pwa } from './vite.pwa.ts'

const root = (path: string): string => fileURLToPath(new URL(path, import.meta.url))
const apiTarget = process.env['API_PROXY_TARGET'] ?? 'http://127.0.0.1:8091'

/**
 * Vant's own style entry for a component pulls in the icon font (45 kB of base64) even when no icon
 * is drawn. We draw our own inline SVG icons, so import each component's CSS without the font.
 */
function vantStyles(dir: string): string[] {
  const entry = readFileSync(root(`./node_modules/vant/es/${dir}/style/index.mjs`), 'utf8')
  return [...entry.matchAll(/import "([^"]+\.css)"/g)]
    .map((m) => (m[1] as string).replace(/^\.\.\/\.\.\//, 'vant/es/').replace(/^\.\.\//, `vant/es/${dir}/`))
    .filter((css) => !css.includes('/icon/'))
}

function vantWithoutIconFont(): ComponentResolver {
  const vant = VantResolver({ importStyle: false })
  return {
    type: 'component',
    resolve(name) {
      const hit = vant.resolve(name)
      if (!hit || !name.startsWith('Van')) return hit
      const dir = name.slice(3).replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
      return { ...hit, sideEffects: vantStyles(dir) }
    },
  }
}

/**
 * Compiles the locale JSON files to vue-i18n's message AST at build time, so the app ships the
 * runtime-only vue-i18n (no message compiler, and no `new Function`, which the CSP forbids).
 * The output is still JSON, so Vite's JSON plugin turns it into a module as usual.
 */
function precompileMessages(): Plugin {
  const compile = (value: unknown): unknown => {
    if (typeof value === 'string') return baseCompile(value, { jit: true, location: false, minify: true }).ast
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compile(v)]))
    }
    return value
  }
  return {
    name: 'yuncai:precompile-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]client[\\/]i18n[\\/]locales[\\/][\w-]+\.json$/.test(id)) return null
      return { code: JSON.stringify(compile(JSON.parse(code))), map: null }
    },
  }
}

/**
 * vue-i18n reads `currentInstance` off `import * as Vue from 'vue'` with a dynamic key, which makes
 * the bundler keep every export of Vue (SSR, hydration, custom elements…): about 10 kB gzip of the
 * initial script. Vue 3.5 has no such export, so the lookup always ends in getCurrentInstance().
 */
function treeShakeVueInI18n(): Plugin {
  return {
    name: 'yuncai:tree-shake-vue-in-i18n',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]vue-i18n[\\/]dist[\\/]vue-i18n\.runtime\.mjs$/.test(id)) return null
      const patched = code
        .replace("import * as Vue from 'vue';", "import { getCurrentInstance as vueCurrentInstance } from 'vue';")
        .replace(/const key = 'currentInstance';\s*if \(key in Vue\) \{\s*return Vue\[key\];\s*\}\s*else \{\s*return Vue\.getCurrentInstance\(\);\s*\}/, 'return vueCurrentInstance();')
      if (patched.includes('Vue.') || patched.includes('in Vue')) this.error('vue-i18n changed: update treeShakeVueInI18n()')
      return { code: patched, map: null }
    },
  }
}

/**
 * The small presentational components that most pages draw (bar, icons, buttons, empty and error
 * states, product cards and rails), none of which needs Vant. As one file rather than a chunk
 * and a stylesheet each, a page's code no longer queues in waves behind HTTP/1.1's six connections.
 */
const SHARED_UI = [
  'app/AppNavBar.vue',
  'app/AppIcon.vue',
  'app/icons.ts',
  'app/AppButton.vue',
  'app/AppEmptyState.vue',
  'app/AppErrorState.vue',
  'app/AppImage.vue',
  'catalogue/ProductRail.vue',
  'catalogue/ProductCard.vue',
  'catalogue/ProductCardSkeleton.vue',
  'catalogue/PriceTag.vue',
  'catalogue/PolicyBadgeList.vue',
  'catalogue/badge-tones.ts',
].map((file) => `/src/client/components/${file}`)

/** A component's script, template and style (`AppIcon.vue?vue&type=style…`) all go with it. */
const isSharedUi = (id: string): boolean => {
  const path = (id.split('?')[0] ?? id).replaceAll('\\', '/')
  return SHARED_UI.some((file) => path.endsWith(file))
}

/**
 * Writes .br and .gz twins of every text asset at build time, at maximum quality, so the server can
 * send them as they are (@fastify/static `preCompressed`) instead of compressing on each request.
 */
function precompress(): Plugin {
  let outDir = 'dist'
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })
  return {
    name: 'yuncai:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!/\.(?:js|css|html|svg|json|webmanifest|txt)$/.test(file) || statSync(file).size < 512) continue
        const body = readFileSync(file)
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }))
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }))
      }
    },
  }
}

export default defineConfig(({ command }) => ({
  plugins: [
    treeShakeVueInI18n(),
    precompileMessages(),
    vue(),
    // The type file is written while developing only: a build must not touch sources (the server
    // rebuilds the client whenever a source is newer than dist/).
    Components({ dirs: [], dts: command === 'serve' && 'src/client/components.d.ts', resolvers: [vantWithoutIconFont()] }),
    precompress(),
    // The manifest and the service worker (src/sw): see vite.pwa.ts.
    ...pwa(),
  ],
  resolve: {
    alias: { 'vue-i18n': root('./node_modules/vue-i18n/dist/vue-i18n.runtime.esm-bundler.js') },
  },
  define: {
    // Builds started from a test runner inherit NODE_ENV=test, which would ship Vue's dev build.
    ...(command === 'build' && { 'process.env.NODE_ENV': JSON.stringify('production') }),
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_JIT_COMPILATION__: 'true',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
  },
  build: {
    target: 'es2022',
    // Every browser we support has modulepreload; the polyfill would only add bytes to the entry.
    modulePreload: { polyfill: false },
    cssCodeSplit: true,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Few, larger chunks: on HTTP/1.1 and a phone's round-trip time, ten small chunks cost
        // a second wave of connections. The shell is one file; the code pages share is another;
        // the small components most pages draw are a third; Vant, which the home page does not
        // use, is a fourth.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 3 },
            { name: 'vant', test: /node_modules[\\/](?:vant|@vant)[\\/]/, priority: 2 },
            // Without their dependencies (the API client, formatting), which stay in 'common': that
            // one never has to wait for this one.
            { name: 'ui', test: isSharedUi, priority: 1.5, includeDependenciesRecursively: false },
            // Shared logic; shared components other than the ones above stay in chunks of their own,
            // so one that needs Vant does not pull Vant into every page.
            { name: 'common', test: /[\\/]src[\\/](?:client[\\/](?:api|lib|stores|composables|i18n)|shared)[\\/]/, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/images': { target: apiTarget, changeOrigin: true },
    },
  },
}))
