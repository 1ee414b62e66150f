import { defineConfig } from '@tarojs/cli'

// The baseline: a bare Taro page built with the same toolchain and modes as the product.
export default defineConfig<'webpack5'>({
  projectName: 'bare',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: `dist/${process.env.TARO_ENV}`,
  framework: 'react',
  compiler: 'webpack5',
  logger: { quiet: true, stats: false },
  mini: {},
  h5: { publicPath: '/', staticDirectory: 'static', router: { mode: 'browser' } },
})
