export default defineAppConfig({ pages: ['pages/index/index'], animation: false })
