import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router/index.ts'
import { i18n, savedLocale, setLocale } from './i18n/index.ts'
import './styles/base.css'

const app = createApp(App).use(createPinia()).use(router).use(i18n)
const locale = savedLocale()

// Mount once the first page's code is here, so the HTML shell never gives way to a blank frame.
// No top-level await: page chunks import from this one, and would wait on it forever.
void Promise.all([locale && setLocale(locale), router.isReady()]).then(() => app.mount('#app'))
